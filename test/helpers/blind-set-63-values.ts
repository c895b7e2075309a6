import { B62, B64, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** One planted value of blind set 63. */
export type Group63 = 'credential' | 'personal' | 'financial';
export interface Val63 {
  value: string;
  kind: string;
  group: Group63;
}

/** A drawn person: never recorded by itself; templates record the parts they print. */
export interface Person63 {
  first: string;
  last: string;
  full: string;
  origin: 'us' | 'uk' | 'de' | 'fr' | 'es' | 'nl' | 'ca' | 'it' | 'vn' | 'ng' | 'se' | 'pl' | 'in';
}

/** A drawn postal address: `line1` is what templates record. */
export interface Address63 {
  line1: string;
  city: string;
  region: string;
  postal: string;
  country: string;
}

const NAMES: Record<Person63['origin'], { first: string[]; last: string[] }> = {
  us: { first: ['Madison', 'Tyler', 'Brianna', 'Jordan', 'Kayla', 'Marcus', 'Dakota', 'Latoya', 'Brandon', 'Shelby'], last: ['Whitfield', 'Hendricks', 'Okafor-Reyes', 'Blackwood', 'Castellano', 'Pruitt', 'Vanderhoef', 'Ellsworth'] },
  uk: { first: ['Harriet', 'Callum', 'Imogen', 'Rhys', 'Siobhan', 'Alistair', 'Niamh', 'Gareth'], last: ['Pemberton', 'Featherstone', 'MacAllister', 'Llewellyn', 'Ashworth', 'Cartwright', 'Haddington'] },
  de: { first: ['Jürgen', 'Lukas', 'Annika', 'Sören', 'Mareike', 'Björn', 'Friederike', 'Henrik'], last: ['Müller-Lüdenscheidt', 'Weißkopf', 'Schröder', 'Brandstätter', 'Kühnel', 'Oberhäuser', 'Grünewald'] },
  fr: { first: ['Hélène', 'Théo', 'Amélie', 'François', 'Léa', 'Jérôme', 'Océane', 'Benoît'], last: ['Lefèvre', 'Dubois-Carré', 'Mercier', 'Rousseau', 'Château', 'Fontaine', 'Delacroix'] },
  es: { first: ['María José', 'Íñigo', 'Ainhoa', 'Joaquín', 'Begoña', 'Andrés', 'Nuria', 'Álvaro'], last: ['Pérez Galdós', 'Ibáñez', 'Etxeberria', 'Muñoz', 'Castañeda', 'Olmedo', 'Zubizarreta'] },
  nl: { first: ['Maarten', 'Femke', 'Joost', 'Sanne', 'Thijs', 'Anouk', 'Wouter'], last: ['van der Berg', 'de Vries', 'Bakker', 'Visser', 'van Dijk', 'Hoekstra', 'Jansen'] },
  ca: { first: ['Gabrielle', 'Étienne', 'Keegan', 'Mackenzie', 'Rémi', 'Aurélie'], last: ['Tremblay', 'Gagnon', 'Bouchard', 'Fitzgerald', 'Pelletier', 'Lévesque'] },
  it: { first: ['Giulia', 'Lorenzo', 'Chiara', 'Niccolò', 'Federica', 'Matteo'], last: ['Esposito', 'Bianchi', 'Santangelo', 'Romano', 'Colombo', 'Ferraro'] },
  vn: { first: ['Nguyễn Thị', 'Trần Văn', 'Lê Thị', 'Phạm Minh', 'Hoàng Đức'], last: ['Hương', 'Khánh', 'Thảo', 'Quang', 'Phương'] },
  ng: { first: ['Oluwaseun', 'Chiamaka', 'Babatunde', 'Ngozi', 'Emeka', 'Folasade'], last: ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Oyelaran', 'Nwachukwu'] },
  se: { first: ['Åsa', 'Linnéa', 'Göran', 'Måns', 'Ingrid', 'Oskar'], last: ['Lindqvist', 'Söderström', 'Ekström', 'Åkesson', 'Nordgren', 'Holmberg'] },
  pl: { first: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Wojciech', 'Zbigniew', 'Łucja'], last: ['Wiśniewska', 'Kowalczyk', 'Dąbrowski', 'Szczepański', 'Zieliński', 'Jabłońska'] },
  in: { first: ['Priyanka', 'Aravind', 'Deepika', 'Siddharth', 'Lakshmi', 'Venkatesh'], last: ['Raghunathan', 'Chatterjee', 'Subramanian', 'Deshpande', 'Iyengar', 'Bhattacharya'] },
};

/** ASCII fold for e-mail local parts. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Python's `json.dumps` with `ensure_ascii=True`: non-ASCII as `\uXXXX`. */
export const asciiEsc = (s: string): string => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

const luhnDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

const mod97 = (s: string): number => {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
};

const crc32 = (s: string): number => {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
};

/** Base62 of a number, left-padded to `n` characters (GitHub token checksums). */
export const b62n = (x: number, n: number): string => {
  let out = '';
  let v = x;
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(n, '0');
};

export const ghChecksumOk = (tok: string): boolean => {
  const body = tok.slice(4, 34);
  return tok.length === 40 && b62n(crc32(body), 6) === tok.slice(34);
};

export { luhnDigit, mod97 };

const AWS_ID = UPPER + '234567';
const AZ_SECRET = B62 + '_~.-';

/**
 * The values generator of blind set 63: every credential, personal or financial value is drawn in its real
 * format and recorded when drawn; fillers (hosts, ids, timestamps) are not recorded.
 */
export class G63 {
  readonly r: Rng9;
  readonly vals: Val63[] = [];
  private readonly t0: number;

  constructor(seed: number) {
    this.r = new Rng9(seed);
    this.t0 = Date.UTC(2024, 0, 1) + this.r.int(0, 600) * 86400000 + this.r.int(0, 86399) * 1000;
  }

  rec(kind: string, group: Group63, value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  c(kind: string, value: string): string {
    return this.rec(kind, 'credential', value);
  }
  p(kind: string, value: string): string {
    return this.rec(kind, 'personal', value);
  }
  f(kind: string, value: string): string {
    return this.rec(kind, 'financial', value);
  }

  // ---------- fillers ----------
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  date(offsetSec = 0): Date {
    return new Date(this.t0 + offsetSec * 1000);
  }
  /** `2025-03-14T02:17:45.123Z` */
  iso(offsetSec = 0): string {
    return this.date(offsetSec).toISOString();
  }
  /** `2025-03-14 02:17:45,123` (Python logging). */
  pyts(offsetSec = 0): string {
    return this.iso(offsetSec).replace('T', ' ').replace('Z', '').replace('.', ',');
  }
  /** `[2025-03-14, 02:17:45 UTC]` (Airflow 2.x task log). */
  afts(offsetSec = 0): string {
    const s = this.iso(offsetSec);
    return `[${s.slice(0, 10)}, ${s.slice(11, 19)} UTC]`;
  }
  /** `2025-03-14 02:17:45.123` */
  sqlts(offsetSec = 0): string {
    return this.iso(offsetSec).replace('T', ' ').replace('Z', '');
  }
  /** `25/03/14 02:17:45` (Spark log4j). */
  sparkts(offsetSec = 0): string {
    const s = this.iso(offsetSec);
    return `${s.slice(2, 4)}/${s.slice(5, 7)}/${s.slice(8, 10)} ${s.slice(11, 19)}`;
  }
  ms(offsetSec = 0): number {
    return this.t0 + offsetSec * 1000 + this.int(0, 999);
  }
  privIp(): string {
    return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  awsRegion(): string {
    return this.pick(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ca-central-1']);
  }
  sfAccount(): string {
    return `${this.pick(['xy', 'ab', 'pq', 'kt', 'mz'])}${this.int(10000, 99999)}.${this.pick(['eu-central-1', 'us-east-2.aws', 'west-europe.azure', 'us-central1.gcp', 'ap-southeast-2'])}`;
  }
  dagId(): string {
    return this.pick(['stripe_to_snowflake', 'hubspot_contacts_daily', 'salesforce_sync_hourly', 'customers_cdc_merge', 'shopify_orders_elt', 'zendesk_tickets_load', 'finance_payouts_reconcile', 'crm_reverse_etl', 'gdpr_export_weekly', 'marketing_attribution']);
  }
  word(): string {
    return this.pick(['orders', 'customers', 'payments', 'invoices', 'contacts', 'accounts', 'tickets', 'subscriptions', 'refunds', 'payouts']);
  }

  // ---------- credentials ----------
  pw(n?: number): string {
    return this.c('password', this.r.password(n ?? this.int(14, 26)));
  }
  urlPw(n?: number): string {
    return this.c('password', this.r.urlPassword(n ?? this.int(14, 26)));
  }
  /** A password with URL-reserved characters, printed percent-encoded as Airflow's `get_uri()` and SQLAlchemy URLs do. */
  pwEnc(): string {
    const raw = this.r.b62(this.int(6, 10)) + this.pick(['@', '/', ':', '#', '?', '&', '%', '+']) + this.r.b62(this.int(5, 9)) + this.pick(['!', '$', '@', '=']) + this.r.digits(2);
    return this.c('password_urlenc', encodeURIComponent(raw).replace(/!/g, '%21'));
  }
  awsId(temp = false): string {
    return this.c('aws_access_key_id', (temp ? 'ASIA' : 'AKIA') + this.r.chars(AWS_ID, 16));
  }
  private awsSecretRaw(): string {
    return this.r.chars(B62 + '+/', 40);
  }
  awsSecret(): string {
    return this.c('aws_secret_access_key', this.awsSecretRaw());
  }
  /** An AWS secret key percent-encoded inside a URI (`/` as `%2F`, `+` as `%2B`). */
  awsSecretEnc(): string {
    let s = this.awsSecretRaw();
    if (!/[+/]/.test(s)) s = s.slice(0, 17) + '/' + s.slice(18);
    return this.c('aws_secret_access_key_urlenc', encodeURIComponent(s));
  }
  awsSession(): string {
    return this.c('aws_session_token', 'IQoJb3JpZ2luX2Vj' + this.r.chars('EFGH', 1) + this.r.chars(B62 + '+/', this.int(300, 380)) + '=');
  }
  fernet(): string {
    return this.c('fernet_key', this.r.bytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
  }
  appSecret(): string {
    return this.c('app_secret_key', this.r.b64(this.pick([16, 24, 32])));
  }
  private pemBody(kind: 'pkcs8' | 'enc' | 'rsa'): string {
    const head: Record<string, number[]> = {
      pkcs8: [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
      enc: [0x30, 0x82, 0x05, 0x1e, 0x30, 0x40, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d, 0x30, 0x33, 0x30, 0x1b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c, 0x30, 0x0e, 0x04, 0x08],
      rsa: [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
    };
    const total = kind === 'enc' ? 1314 : kind === 'pkcs8' ? 1218 : 1192;
    const h = head[kind]!;
    return Buffer.concat([Buffer.from(h), this.r.bytes(total - h.length)]).toString('base64');
  }
  /**
   * A PEM private key; `sep` joins its lines as printed: a real newline, `\n` inside a JSON string,
   * `\\n` inside JSON escaped again. Recorded without the trailing separator.
   */
  pem(label: 'PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY' | 'RSA PRIVATE KEY', sep: string, indent = ''): string {
    const body = this.pemBody(label === 'PRIVATE KEY' ? 'pkcs8' : label === 'ENCRYPTED PRIVATE KEY' ? 'enc' : 'rsa');
    const lines = body.match(/.{1,64}/g)!;
    const v = [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(sep + indent);
    return this.c('private_key_pem', v);
  }
  /** The base64 body of a PKCS#8 key on one line (Snowflake Kafka connector's `snowflake.private.key`). */
  keyBody(encrypted: boolean): string {
    return this.c('private_key_b64', this.pemBody(encrypted ? 'enc' : 'pkcs8'));
  }
  opensshKey(sep: string): string {
    const raw = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33, 0, 0, 0, 0x0b]), Buffer.from('ssh-ed25519'), this.r.bytes(250)]);
    const lines = raw.toString('base64').match(/.{1,70}/g)!;
    return this.c('private_key_pem', ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----'].join(sep));
  }
  databricks(): string {
    return this.c('databricks_token', 'dapi' + this.hex(32) + (this.r.next() < 0.35 ? '-' + this.int(2, 3) : ''));
  }
  databricksOauth(): string {
    return this.c('databricks_oauth_secret', 'dose' + this.hex(32));
  }
  stripe(restricted = false): string {
    const pre = restricted ? 'rk_live_' : 'sk_live_';
    const body = this.r.next() < 0.5 ? this.r.b62(24) : '51' + this.r.b62(12) + this.r.b62(85);
    return this.c('stripe_secret_key', pre + body);
  }
  whsec(): string {
    return this.c('stripe_webhook_secret', 'whsec_' + this.r.b62(32));
  }
  hubspot(): string {
    return this.c('hubspot_private_app_token', `pat-${this.pick(['na1', 'eu1', 'na2'])}-${this.uuid()}`);
  }
  sfRefresh(): string {
    return this.c('salesforce_refresh_token', '5Aep861' + this.r.chars(B62 + '._', this.int(76, 84)));
  }
  sfAccess(): string {
    return this.c('salesforce_access_token', `00D${this.r.b62(12)}!AQ${this.r.chars('0EIMQ', 1)}AQ${this.r.chars(B62 + '._', this.int(92, 104))}`);
  }
  sfConsumerSecret(): string {
    return this.c('salesforce_consumer_secret', this.r.chars('0123456789ABCDEF', 64));
  }
  shopify(kind: 'shpat' | 'shpss' | 'shpca' = 'shpat'): string {
    return this.c('shopify_token', `${kind}_${this.hex(32)}`);
  }
  zendesk(): string {
    return this.c('zendesk_api_token', this.r.b62(40));
  }
  ghp(prefix: 'ghp' | 'gho' | 'ghs' = 'ghp'): string {
    const body = this.r.b62(30);
    return this.c('github_token', `${prefix}_${body}${b62n(crc32(body), 6)}`);
  }
  githubPat(): string {
    return this.c('github_token', `github_pat_11${this.r.chars(UPPER + DIGITS, 20)}_${this.r.b62(59)}`);
  }
  glpat(): string {
    return this.c('gitlab_token', 'glpat-' + this.r.chars(B62 + '_-', 20));
  }
  slackWebhook(): string {
    return this.c('slack_webhook_url', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, this.int(8, 10))}/B${this.r.chars(UPPER + DIGITS, this.int(8, 10))}/${this.r.b62(24)}`);
  }
  slackBot(): string {
    return this.c('slack_token', `xoxb-${this.r.digits(12)}-${this.r.digits(13)}-${this.r.b62(24)}`);
  }
  jwt(claims: Record<string, unknown>, alg = 'RS256'): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return this.c('jwt', `${h}.${p}.${this.r.b64url(alg.startsWith('HS') ? 32 : 256)}`);
  }
  googleRefresh(): string {
    return this.c('google_refresh_token', '1//0' + this.r.chars(B64URL, this.int(96, 104)));
  }
  googleAccess(): string {
    return this.c('google_access_token', 'ya29.a0' + this.r.chars(B64URL, this.int(140, 200)));
  }
  gocspx(): string {
    return this.c('google_client_secret', 'GOCSPX-' + this.r.chars(B64URL, 28));
  }
  sendgrid(): string {
    return this.c('sendgrid_api_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  mailchimp(): string {
    return this.c('mailchimp_api_key', `${this.hex(32)}-us${this.int(1, 21)}`);
  }
  twilioAuth(): string {
    return this.c('twilio_auth_token', this.hex(32));
  }
  intercom(): string {
    const u = this.uuid().replace(/-/g, '_');
    return this.c('intercom_access_token', Buffer.from(`tok:${u}:1:0`).toString('base64'));
  }
  atlassian(): string {
    return this.c('atlassian_api_token', 'ATATT3xFfGF0' + this.r.chars(B64URL, this.int(160, 176)) + '=' + this.r.chars('0123456789ABCDEF', 8));
  }
  facebook(): string {
    return this.c('facebook_access_token', this.pick(['EAAB', 'EAAG', 'EAAI']) + this.r.b62(this.int(170, 200)));
  }
  square(): string {
    return this.c('square_access_token', 'EAAA' + this.r.chars(B64URL, 60));
  }
  confluentKey(): string {
    return this.r.chars(UPPER + DIGITS, 16);
  }
  confluentSecret(): string {
    return this.c('confluent_api_secret', this.r.next() < 0.5 ? 'cflt' + this.r.chars(B62 + '+/', 60) : this.r.chars(B62 + '+/', 64));
  }
  azureKey(): string {
    return this.c('azure_storage_key', this.r.b64(64));
  }
  azureClientSecret(): string {
    return this.c('azure_client_secret', this.r.chars(AZ_SECRET, 3) + this.r.digits(1) + 'Q~' + this.r.chars(AZ_SECRET, 34));
  }
  sasSig(): string {
    return this.c('azure_sas_signature', encodeURIComponent(this.r.b64(32)));
  }
  dbtCloud(): string {
    return this.c('dbt_cloud_token', 'dbtc_' + this.r.chars(B64URL, 52));
  }
  basic(user: string, secret: string): string {
    return this.c('basic_auth_b64', Buffer.from(`${user}:${secret}`).toString('base64'));
  }
  stitch(): string {
    return this.c('stitch_import_token', this.hex(64));
  }
  secret(kind: string, n = 32, alphabet: string = B62): string {
    return this.c(kind, this.r.chars(alphabet, n));
  }
  fivetranKey(): string {
    return this.r.b62(16);
  }
  fivetranSecret(): string {
    return this.c('fivetran_api_secret', this.r.b62(32));
  }
  googleAdsDevToken(): string {
    return this.c('google_ads_developer_token', this.r.chars(B64URL, 22));
  }
  datadog(): string {
    return this.c('datadog_api_key', this.hex(32));
  }
  okta(): string {
    return this.c('okta_api_token', '00' + this.r.chars(B62 + '-_', 40));
  }
  clickhouseCloudKey(): string {
    return this.c('clickhouse_cloud_key_secret', '4b1d' + this.r.chars(B62, 38));
  }
  npmLike(): string {
    return this.c('npm_token', 'npm_' + this.r.b62(36));
  }

  // ---------- personal ----------
  person(origin?: Person63['origin']): Person63 {
    const o = origin ?? this.pick(Object.keys(NAMES) as Person63['origin'][]);
    const n = NAMES[o];
    const first = this.pick(n.first);
    const last = this.pick(n.last);
    return { first, last, full: `${first} ${last}`, origin: o };
  }
  name(p: Person63): string {
    return this.p('person_name', p.full);
  }
  /** An e-mail address derived from a person (recorded). */
  email(p: Person63, company?: string): string {
    const f = fold(p.first.split(' ')[0]!);
    const l = fold(p.last.split(' ').pop()!);
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${this.int(1, 99)}`, `${f}${this.int(70, 99)}`, `${l}.${f}`]);
    const dom = company ?? this.pick(
      p.origin === 'de' ? ['gmx.de', 'web.de', 't-online.de', 'posteo.de'] : p.origin === 'fr' ? ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'] : p.origin === 'uk' ? ['btinternet.com', 'yahoo.co.uk', 'outlook.com'] : p.origin === 'es' ? ['telefonica.net', 'gmail.com', 'hotmail.es'] : p.origin === 'nl' ? ['ziggo.nl', 'kpnmail.nl', 'gmail.com'] : ['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com', 'hotmail.com'],
    );
    return this.p('email', `${local}@${dom}`);
  }
  phone(country?: 'us' | 'uk' | 'de' | 'fr' | 'es' | 'nl' | 'ca' | 'it', style: 'intl' | 'national' | 'e164' = this.pick(['intl', 'national', 'e164'])): string {
    const c = country ?? this.pick(['us', 'uk', 'de', 'fr', 'es', 'nl', 'ca', 'it'] as const);
    const d = (n: number) => this.r.digits(n);
    const nz = () => String(this.int(2, 9));
    let intl: string, nat: string, e164: string;
    switch (c) {
      case 'us':
      case 'ca': {
        const area = this.pick(c === 'us' ? ['212', '312', '415', '617', '702', '206', '303', '512', '404', '646', '718', '919'] : ['416', '514', '604', '613', '403', '902']);
        let ex = nz() + d(2);
        if (ex === '555') ex = '556';
        const ln = d(4);
        intl = `+1 ${area}-${ex}-${ln}`;
        nat = this.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`, `${area}.${ex}.${ln}`]);
        e164 = `+1${area}${ex}${ln}`;
        break;
      }
      case 'uk': {
        const m = `7${this.pick(['4', '5', '8', '9'])}${d(2)}`;
        const rest = d(6);
        intl = `+44 ${m} ${rest}`;
        nat = `0${m} ${rest}`;
        e164 = `+44${m}${rest}`;
        break;
      }
      case 'de': {
        const pre = this.pick(['151', '160', '170', '176', '30', '89', '40']);
        const rest = d(pre.length === 2 ? 8 : 8);
        intl = `+49 ${pre} ${rest}`;
        nat = `0${pre} ${rest}`;
        e164 = `+49${pre}${rest}`;
        break;
      }
      case 'fr': {
        const a = this.pick(['6', '7', '1', '4']);
        const g = [d(2), d(2), d(2), d(2)];
        intl = `+33 ${a} ${g.join(' ')}`;
        nat = `0${a} ${g.join(' ')}`;
        e164 = `+33${a}${g.join('')}`;
        break;
      }
      case 'es': {
        const a = this.pick(['6', '7', '9']) + d(2);
        const g = [d(3), d(3)];
        intl = `+34 ${a} ${g.join(' ')}`;
        nat = `${a} ${g.join(' ')}`;
        e164 = `+34${a}${g.join('')}`;
        break;
      }
      case 'nl': {
        const rest = d(8);
        intl = `+31 6 ${rest}`;
        nat = `06-${rest}`;
        e164 = `+316${rest}`;
        break;
      }
      default: {
        const rest = '3' + this.int(20, 49) + ' ' + d(3) + ' ' + d(4);
        intl = `+39 ${rest}`;
        nat = rest;
        e164 = `+39${rest.replace(/ /g, '')}`;
      }
    }
    return this.p('phone', style === 'intl' ? intl : style === 'national' ? nat : e164);
  }
  address(country?: string): Address63 {
    const c = country ?? this.pick(['US', 'UK', 'DE', 'FR', 'ES', 'CA', 'NL']);
    const n = this.int(2, 2980);
    switch (c) {
      case 'US':
        return { line1: `${n} ${this.pick(['Maple Avenue', 'W Fullerton Pkwy', 'Sycamore Lane', 'NE 45th Street', 'Old Mill Road', 'Bayshore Blvd'])}${this.r.next() < 0.3 ? ` Apt ${this.int(1, 40)}${this.pick(['A', 'B', 'C'])}` : ''}`, city: this.pick(['Chicago', 'Austin', 'Seattle', 'Raleigh', 'Tampa']), region: this.pick(['IL', 'TX', 'WA', 'NC', 'FL']), postal: String(this.int(10001, 98999)), country: 'US' };
      case 'UK':
        return { line1: `${this.int(2, 180)} ${this.pick(['Wellington Road', 'Gloucester Crescent', 'Abbey Lane', 'Kingsway Gardens', 'Mill Hill Close'])}`, city: this.pick(['Leeds', 'Bristol', 'Manchester', 'Cardiff']), region: '', postal: `${this.pick(['LS6', 'BS8', 'M20', 'CF10'])} ${this.int(1, 9)}${this.r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`, country: 'GB' };
      case 'DE':
        return { line1: `${this.pick(['Kastanienallee', 'Schönhauser Straße', 'Bergmannstraße', 'Am Großen Wannsee', 'Lindenstraße'])} ${this.int(1, 140)}${this.r.next() < 0.2 ? 'a' : ''}`, city: this.pick(['Berlin', 'München', 'Köln', 'Düsseldorf']), region: '', postal: String(this.int(10115, 99998)), country: 'DE' };
      case 'FR':
        return { line1: `${this.int(1, 140)} ${this.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Haussmann', 'rue de la Pompe', 'quai de Bercy'])}`, city: this.pick(['Paris', 'Lyon', 'Nantes', 'Lille']), region: '', postal: String(this.int(13001, 95999)), country: 'FR' };
      case 'ES':
        return { line1: `Calle ${this.pick(['de Alcalá', 'Mayor', 'del Arenal', 'de Serrano'])} ${this.int(1, 200)}, ${this.int(1, 9)}º ${this.pick(['A', 'B', 'C', 'D'])}`, city: this.pick(['Madrid', 'Bilbao', 'Sevilla']), region: '', postal: String(this.int(28001, 48999)), country: 'ES' };
      case 'CA':
        return { line1: `${n} ${this.pick(['rue Sainte-Catherine Ouest', 'Queen Street West', 'Granville Street', 'Bank Street'])}`, city: this.pick(['Montréal', 'Toronto', 'Vancouver', 'Ottawa']), region: this.pick(['QC', 'ON', 'BC']), postal: `${this.r.chars('ABCEGHJKLMNPRSTVXY', 1)}${this.int(1, 9)}${this.r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)} ${this.int(1, 9)}${this.r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)}${this.int(1, 9)}`, country: 'CA' };
      default:
        return { line1: `${this.pick(['Prinsengracht', 'Keizersgracht', 'Oudegracht', 'Vondelstraat'])} ${this.int(1, 700)}${this.r.next() < 0.3 ? '-' + this.pick(['I', 'II', 'huis']) : ''}`, city: this.pick(['Amsterdam', 'Utrecht', 'Rotterdam']), region: '', postal: `${this.int(1011, 3584)} ${this.r.chars('ABCDEHJKLMNPRSTVWXZ', 2)}`, country: 'NL' };
    }
  }
  street(a: Address63): string {
    return this.p('street_address', a.line1);
  }
  dob(style: 'iso' | 'us' | 'eu' | 'de' = 'iso'): string {
    const y = this.int(1946, 2004);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const p2 = (x: number) => String(x).padStart(2, '0');
    const v = style === 'iso' ? `${y}-${p2(m)}-${p2(d)}` : style === 'us' ? `${p2(m)}/${p2(d)}/${y}` : style === 'eu' ? `${p2(d)}/${p2(m)}/${y}` : `${p2(d)}.${p2(m)}.${y}`;
    return this.p('date_of_birth', v);
  }
  /** A birth date as Debezium prints an `io.debezium.time.Date`: days since 1970-01-01. */
  dobDays(): string {
    return this.p('date_of_birth_epoch_days', String(this.int(-4000, 12400)));
  }
  ssn(dashed = true): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const v = `${String(area).padStart(3, '0')}${String(this.int(1, 99)).padStart(2, '0')}${String(this.int(1, 9999)).padStart(4, '0')}`;
    return this.p('us_ssn', dashed ? `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}` : v);
  }
  nino(spaced = false): string {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let pre = '';
    do pre = this.r.chars(first, 1) + this.r.chars(second, 1);
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
    const d = this.r.digits(6);
    const suf = this.r.chars('ABCD', 1);
    return this.p('uk_nino', spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`);
  }
  sin(style: 'space' | 'dash' | 'plain' = 'space'): string {
    const body = this.r.chars('1234567', 1) + this.r.digits(7);
    const v = body + luhnDigit(body);
    return this.p('ca_sin', style === 'plain' ? v : `${v.slice(0, 3)}${style === 'space' ? ' ' : '-'}${v.slice(3, 6)}${style === 'space' ? ' ' : '-'}${v.slice(6)}`);
  }
  bsn(): string {
    for (;;) {
      const d = this.r.chars('123456789', 1) + this.r.digits(7);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const last = s % 11;
      if (last <= 9) return this.p('nl_bsn', d + String(last));
    }
  }
  dni(): string {
    const n = this.int(10000000, 79999999);
    return this.p('es_dni', `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`);
  }
  passport(country: 'US' | 'UK' | 'DE' | 'FR' = this.pick(['US', 'UK', 'DE', 'FR'])): string {
    const v = country === 'US' ? this.r.chars('ACEF', 1) + this.r.digits(8) : country === 'UK' ? String(this.int(1, 9)) + this.r.digits(8) : country === 'DE' ? this.r.chars('CFGHJK', 1) + this.r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8) : this.r.digits(2) + this.r.chars(UPPER, 2) + this.r.digits(5);
    return this.p('passport_number', v);
  }
  ip(): string {
    const a = this.pick([23, 24, 31, 37, 46, 62, 71, 77, 81, 86, 88, 92, 98, 104, 109, 151, 173, 176, 185, 188, 195, 212]);
    return this.p('ip_address', `${a}.${this.int(1, 254)}.${this.int(0, 255)}.${this.int(1, 254)}`);
  }
  ipv6(): string {
    const h = () => this.hex(4).replace(/^0+(?=.)/, '');
    return this.p('ip_address', `${this.pick(['2a02', '2600', '2a01', '2003', '2605'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`);
  }

  // ---------- financial ----------
  card(style: 'plain' | 'space' | 'dash' = 'plain', brand: 'visa' | 'mc' | 'amex' | 'disc' = this.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc'])): string {
    const pre = brand === 'visa' ? '4' + this.r.digits(5) : brand === 'mc' ? this.pick(['51', '52', '53', '54', '55']) + this.r.digits(4) : brand === 'amex' ? this.pick(['34', '37']) + this.r.digits(4) : '6011' + this.r.digits(2);
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + this.r.digits(len - 1 - pre.length);
    const v = body + luhnDigit(body);
    let out = v;
    if (style !== 'plain') {
      const sep = style === 'space' ? ' ' : '-';
      out = brand === 'amex' ? `${v.slice(0, 4)}${sep}${v.slice(4, 10)}${sep}${v.slice(10)}` : v.match(/.{4}/g)!.join(sep);
    }
    return this.f('card_number', out);
  }
  iban(country: 'DE' | 'GB' | 'FR' | 'NL' | 'BE' | 'CH' | 'ES' = this.pick(['DE', 'GB', 'FR', 'NL', 'BE', 'CH', 'ES']), grouped = false): string {
    let bban: string;
    switch (country) {
      case 'DE':
        bban = String(this.int(10000000, 87099999)) + this.r.digits(10);
        break;
      case 'GB':
        bban = this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + this.r.digits(6) + this.r.digits(8);
        break;
      case 'FR': {
        const bank = this.r.digits(5);
        const branch = this.r.digits(5);
        const acct = this.r.digits(11);
        const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acct)) % 97);
        bban = bank + branch + acct + String(key).padStart(2, '0');
        break;
      }
      case 'NL':
        bban = this.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + this.r.digits(10);
        break;
      case 'BE': {
        const b = this.r.digits(10);
        const k = Number(b) % 97 || 97;
        bban = b + String(k).padStart(2, '0');
        break;
      }
      case 'CH':
        bban = this.r.digits(5) + this.r.digits(12);
        break;
      default:
        bban = this.r.digits(20);
    }
    const chk = 98 - mod97(bban + country + '00');
    const v = country + String(chk).padStart(2, '0') + bban;
    return this.f('iban', grouped ? v.match(/.{1,4}/g)!.join(' ') : v);
  }
  routing(): string {
    const d = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']) + this.r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
    return this.f('aba_routing_number', d + String((10 - (s % 10)) % 10));
  }
  account(): string {
    return this.f('bank_account_number', String(this.int(1, 9)) + this.r.digits(this.int(7, 11)));
  }
  sortCode(): string {
    const d = this.r.digits(6);
    return this.f('uk_sort_code', `${String(this.int(10, 99))}-${d.slice(2, 4)}-${d.slice(4)}`);
  }
  ukAccount(): string {
    return this.f('bank_account_number', String(this.int(1, 9)) + this.r.digits(7));
  }
}

export { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER };

/** One positive template: its source, its name, and the text it builds while the generator records the values. */
export interface Tpl63 {
  s: string;
  t: string;
  f: (g: G63) => string;
}
