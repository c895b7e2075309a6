import { B62, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { CITIES, crc32, base62, FIRST, ibanCheck, LAST, luhnComplete, MAILDOM, STREETS } from './blind-set-40-checks';

export { crc32, base62, ibanCheck, luhnOk } from './blind-set-40-checks';

/** One planted value. */
export interface Val40 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const PUB_OCTET = [23, 31, 37, 45, 51, 62, 77, 81, 84, 89, 91, 93, 95, 103, 109, 112, 131, 139, 145, 151, 154, 176, 178, 185, 188, 194, 212, 213, 217];
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ULID = '0123456789abcdefghjkmnpqrstvwxyz';
const ALNUM_UP = UPPER + DIGITS;
const ALNUM_LOW = LOWER + DIGITS;

export interface Person {
  first: string;
  last: string;
  full: string;
  local: string;
}

/** Collects planted values and generates them from one seeded stream. */
export class Ctx {
  readonly vals: Val40[] = [];
  constructor(readonly r: Rng9) {}

  C(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  P(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  F(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  // ---------- unrecorded raw material ----------
  person(): Person {
    const first = this.r.pick(FIRST);
    const last = this.r.pick(LAST);
    const norm = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
    const local = this.r.pick([`${norm(first)}.${norm(last)}`, `${norm(first)[0]}${norm(last)}${this.r.int(1, 99)}`, `${norm(first)}_${norm(last)}`, `${norm(last)}.${norm(first)}${this.r.int(70, 99)}`]);
    return { first, last, full: `${first} ${last}`, local };
  }
  ts(): string {
    return `2026-${String(this.r.int(1, 11)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}T${String(this.r.int(0, 23)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}.${this.r.digits(3)}Z`;
  }
  host(): string {
    return this.r.pick(['ip-10-0-3-17', 'web-7f9c', 'checkout-api-5d8b7', 'worker-02', 'ingest-node-3', 'k8s-pool-b-x7q2', 'edge-fra-1', 'payments-6c4d9f']);
  }
  traceId(): string {
    return this.r.hex(32);
  }
  spanId(): string {
    return this.r.hex(16);
  }
  privIp(): string {
    return `10.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`;
  }
  pw(n = 18): string {
    return this.r.password(n);
  }

  // ---------- personal ----------
  name(p = this.person()): string {
    return this.P('person-name', p.full);
  }
  email(p = this.person()): string {
    return this.P('email', `${p.local}@${this.r.pick(MAILDOM)}`);
  }
  phone(): string {
    const r = this.r;
    const v = r.pick([
      () => `+1 (${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`,
      () => `+1${r.int(201, 989)}${r.int(201, 989)}${r.digits(4)}`,
      () => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
      () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+91 9${r.digits(9)}`,
      () => `+55 11 9${r.digits(4)}-${r.digits(4)}`,
      () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      () => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    ])();
    return this.P('phone', v);
  }
  ip(): string {
    return this.P('ipv4', `${this.r.pick(PUB_OCTET)}.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`);
  }
  ip6(): string {
    return this.P('ipv6', `2a0${this.r.int(1, 9)}:${this.r.hex(4).replace(/^0+/, '') || 'c'}:${this.r.hex(3)}:${this.r.hex(4)}::${this.r.hex(3)}:${this.r.hex(4)}`);
  }
  addr(): string {
    const i = this.r.int(0, STREETS.length - 1);
    return this.P('street-address', `${this.r.int(2, 480)} ${STREETS[i]}, ${CITIES[i]}`);
  }
  dob(): string {
    const y = this.r.int(1948, 2004), m = this.r.int(1, 12), d = this.r.int(1, 28);
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return this.P('date-of-birth', this.r.next() < 0.7 ? iso : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
  }
  deviceId(): string {
    return this.P('device-id', this.r.uuid().toUpperCase());
  }
  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return this.P('us-ssn', `${String(a).padStart(3, '0')}-${String(this.r.int(1, 99)).padStart(2, '0')}-${String(this.r.int(1, 9999)).padStart(4, '0')}`);
  }
  bsn(): string {
    for (;;) {
      const d = this.r.int(1, 9) + this.r.digits(7);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const c = s % 11;
      if (c < 10) return this.P('nl-bsn', d + c);
    }
  }
  cpf(): string {
    const b = this.r.digits(9).split('').map(Number);
    const dv = (xs: number[]) => { let s = 0; xs.forEach((x, i) => (s += x * (xs.length + 1 - i))); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
    b.push(dv(b));
    b.push(dv(b));
    const s = b.join('');
    return this.P('br-cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`);
  }
  sin(): string {
    const s = luhnComplete(this.r.pick(['1', '2', '4', '5', '6', '7']) + this.r.digits(7));
    return this.P('ca-sin', `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`);
  }
  dni(): string {
    const n = this.r.int(10000000, 79999999);
    return this.P('es-dni', `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`);
  }
  nino(): string {
    const L = 'ABCEGHJKLMNPRSTWXYZ';
    return this.P('uk-nino', `${this.r.pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'Y'])}${this.r.pick(L.split(''))} ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.pick(['A', 'B', 'C', 'D'])}`);
  }
  pesel(): string {
    const y = this.r.int(50, 99), m = this.r.int(1, 12), d = this.r.int(1, 28);
    const b = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${this.r.digits(4)}`;
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let s = 0;
    for (let i = 0; i < 10; i++) s += Number(b[i]) * w[i]!;
    return this.P('pl-pesel', b + ((10 - (s % 10)) % 10));
  }
  nationalId(): string {
    return this.r.pick([() => this.ssn(), () => this.bsn(), () => this.cpf(), () => this.sin(), () => this.dni(), () => this.nino(), () => this.pesel()])();
  }
  passport(): string {
    return this.P('passport-number', this.r.pick([() => this.r.digits(9), () => 'C' + this.r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8), () => this.r.chars(UPPER, 2) + this.r.digits(7)])());
  }

  // ---------- financial ----------
  cardDigits(): string {
    const r = this.r;
    const [pre, len] = r.pick<[string, number]>([['4', 16], ['4', 16], ['5' + r.int(1, 5), 16], ['2' + r.int(221, 720), 16], ['3' + r.pick(['4', '7']), 15], ['6011', 16], ['35' + r.int(28, 89), 16], ['36', 14], ['62' + r.digits(2), 16], ['4', 19]]);
    return luhnComplete(pre + r.digits(len - pre.length - 1));
  }
  card(sep?: string): string {
    const d = this.cardDigits();
    const s = sep ?? this.r.pick(['', '', ' ', '-']);
    const out = s === '' ? d : d.length === 15 ? `${d.slice(0, 4)}${s}${d.slice(4, 10)}${s}${d.slice(10)}` : d.match(/.{1,4}/g)!.join(s);
    return this.F('card-number', out);
  }
  cvv(): string {
    return this.F('card-cvv', this.r.digits(3));
  }
  iban(spaced = this.r.next() < 0.4): string {
    return this.ibanOf(spaced);
  }
  private ibanOf(spaced: boolean): string {
    const r = this.r;
    const opts: [string, () => string][] = [
      ['DE', () => r.digits(18)], ['GB', () => r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + r.digits(14)], ['FR', () => r.digits(10) + r.chars(ALNUM_UP, 11) + r.digits(2)],
      ['NL', () => r.pick(['ABNA', 'INGB', 'RABO', 'KNAB']) + r.digits(10)], ['ES', () => r.digits(20)], ['IT', () => r.chars(UPPER, 1) + r.digits(10) + r.chars(ALNUM_UP, 12)],
      ['BE', () => r.digits(12)], ['CH', () => r.digits(5) + r.chars(ALNUM_UP, 12)], ['PL', () => r.digits(24)], ['SE', () => r.digits(20)], ['AT', () => r.digits(16)], ['IE', () => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
    ];
    const [cc, gen] = r.pick(opts);
    const bban = gen();
    const iban = cc + ibanCheck(cc, bban) + bban;
    return this.F('iban', spaced ? iban.match(/.{1,4}/g)!.join(' ') : iban);
  }
  routing(): string {
    for (;;) {
      const d = String(this.r.pick([0, 1, 2, 3])) + this.r.int(1, 9) + this.r.digits(6);
      const w = [3, 7, 1, 3, 7, 1, 3, 7];
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
      const c = (10 - (s % 10)) % 10;
      if (Number(d.slice(0, 2)) <= 12 || (Number(d.slice(0, 2)) >= 21 && Number(d.slice(0, 2)) <= 32)) return this.F('aba-routing', d + c);
    }
  }
  acct(): string {
    return this.F('bank-account', String(this.r.int(1, 9)) + this.r.digits(this.r.int(8, 11)));
  }
  sortCode(): string {
    return this.F('uk-sort-code', `${this.r.int(10, 99)}-${this.r.digits(2)}-${this.r.digits(2)}`);
  }
  ukAcct(): string {
    return this.F('bank-account', String(this.r.int(1, 9)) + this.r.digits(7));
  }

  // ---------- credentials ----------
  ghTok(prefix = 'ghp_'): string {
    const body = this.r.b62(30);
    return this.C('github-token', prefix + body + base62(crc32(body), 6));
  }
  npmTok(): string {
    const body = this.r.b62(30);
    return this.C('npm-token', 'npm_' + body + base62(crc32(body), 6));
  }
  ddApi(): string { return this.C('datadog-api-key', this.r.hex(32)); }
  ddApp(): string { return this.C('datadog-app-key', this.r.hex(40)); }
  hex32(kind: string): string { return this.C(kind, this.r.hex(32)); }
  uuidKey(kind: string, upper = false): string { const u = this.r.uuid(); return this.C(kind, upper ? u.toUpperCase() : u); }
  nrLicense(): string { return this.C('newrelic-license-key', this.r.hex(36) + 'NRAL'); }
  nrUser(): string { return this.C('newrelic-user-key', 'NRAK-' + this.r.chars(ALNUM_UP, 27)); }
  nrInsert(): string { return this.C('newrelic-insert-key', 'NRII-' + this.r.chars(B64URL, 32)); }
  dtTok(kind = 'dt0c01'): string { return this.C('dynatrace-token', `${kind}.${this.r.chars(ALNUM_UP, 24)}.${this.r.chars(ALNUM_UP, 64)}`); }
  sentryOrg(org: string): string {
    const payload = Buffer.from(JSON.stringify({ iat: this.r.int(1.70e9, 1.79e9) + this.r.int(1, 999) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org })).toString('base64').replace(/=+$/, '');
    return this.C('sentry-org-token', `sntrys_${payload}_${this.r.b64url(32)}`);
  }
  sentryUser(): string { return this.C('sentry-user-token', 'sntryu_' + this.r.hex(64)); }
  hcIngest(): string { return this.C('honeycomb-ingest-key', `hc${this.r.pick(['a', 'x'])}ik_01${this.r.chars(ULID, 24)}${this.r.chars(ALNUM_LOW, 32)}`); }
  hcConfig(): string { return this.C('honeycomb-config-key', this.r.b62(22)); }
  glsa(): string { const b = this.r.b62(32); return this.C('grafana-service-account-token', `glsa_${b}_${crc32('glsa_' + b).toString(16).padStart(8, '0')}`); }
  glc(stack: string): string {
    const j = { o: String(this.r.int(100000, 999999)), n: `stack-${this.r.int(100000, 999999)}-${stack}`, k: this.r.b62(24), m: { r: this.r.pick(['prod-us-east-0', 'prod-eu-west-2', 'prod-ap-southeast-1']) } };
    return this.C('grafana-cloud-token', 'glc_' + Buffer.from(JSON.stringify(j)).toString('base64'));
  }
  grafanaLegacy(): string { return this.C('grafana-api-key', Buffer.from(JSON.stringify({ k: this.r.b62(32), n: this.r.pick(['alerts', 'ci-deploy', 'dashboards-sync']), id: this.r.int(1, 40) })).toString('base64')); }
  awsId(): string { return this.C('aws-access-key-id', this.r.pick(['AKIA', 'ASIA']) + this.r.chars(B32, 16)); }
  awsSecret(): string { return this.C('aws-secret-access-key', this.r.chars(UPPER + LOWER + DIGITS + '+/', 40)); }
  slackBot(): string { return this.C('slack-bot-token', `xoxb-${this.r.int(1, 9)}${this.r.digits(this.r.int(9, 12))}-${this.r.int(1, 9)}${this.r.digits(12)}-${this.r.b62(24)}`); }
  slackUser(): string { return this.C('slack-user-token', `xoxp-${this.r.int(1, 9)}${this.r.digits(10)}-${this.r.int(1, 9)}${this.r.digits(11)}-${this.r.int(1, 9)}${this.r.digits(12)}-${this.r.hex(32)}`); }
  slackApp(): string { return this.C('slack-app-token', `xapp-1-A${this.r.chars(ALNUM_UP, 10)}-${this.r.int(1, 9)}${this.r.digits(12)}-${this.r.hex(64)}`); }
  slackHook(): string { return this.C('slack-webhook-url', `https://hooks.slack.com/services/T${this.r.chars(ALNUM_UP, 8)}/B${this.r.chars(ALNUM_UP, 10)}/${this.r.b62(24)}`); }
  discordHook(): string { return this.C('discord-webhook-url', `https://discord.com/api/webhooks/${this.r.int(1, 9)}${this.r.digits(18)}/${this.r.chars(B64URL, 68)}`); }
  teamsSecret(): string { return this.C('teams-webhook-secret', this.r.hex(32)); }
  telegram(): string { return this.C('telegram-bot-token', `${this.r.int(1, 9)}${this.r.digits(9)}:AA${this.r.chars(B64URL, 33)}`); }
  pdApi(): string { return this.C('pagerduty-api-key', this.r.pick(['u+', '']) + this.r.chars(B62 + '_-', 20).slice(0, 20)); }
  twilioTok(): string { return this.C('twilio-auth-token', this.r.hex(32)); }
  twilioKey(): string { return this.C('twilio-api-key-sid', 'SK' + this.r.hex(32)); }
  sendgrid(): string { return this.C('sendgrid-api-key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`); }
  mailgun(): string { return this.C('mailgun-api-key', this.r.pick([() => 'key-' + this.r.hex(32), () => `${this.r.hex(32)}-${this.r.hex(8)}-${this.r.hex(8)}`])()); }
  stripe(): string { return this.C('stripe-secret-key', this.r.pick(['sk_live_', 'rk_live_']) + this.r.b62(this.r.pick([24, 99]))); }
  whsec(): string { return this.C('stripe-webhook-secret', 'whsec_' + this.r.b64(24).replace(/[+/=]/g, 'Q')); }
  jwt(claims: Record<string, unknown> = {}): string {
    const alg = this.r.pick(['HS256', 'RS256', 'ES256']);
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'HS256' ? {} : { kid: this.r.hex(12) }) })).toString('base64url');
    const now = this.r.int(1.76e9, 1.79e9);
    const p = Buffer.from(JSON.stringify({ sub: this.r.uuid(), iat: now, exp: now + 3600, ...claims })).toString('base64url');
    return this.C('jwt', `${h}.${p}.${this.r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32)}`);
  }
  basic(user: string, pass = this.pw()): string { return this.C('basic-auth-base64', Buffer.from(`${user}:${pass}`).toString('base64')); }
  password(n = 18): string { return this.C('password', this.r.password(n)); }
  urlPassword(n = 18): string { return this.C('password', this.r.urlPassword(n)); }
  azureShared(): string { return this.C('azure-shared-key', this.r.b64(64)); }
  elasticApiKey(): string { return this.C('elastic-api-key', Buffer.from(`${this.r.chars(B64URL, 20)}:${this.r.chars(B64URL, 22)}`).toString('base64')); }
  sumoKey(): string { return this.C('sumologic-access-key', this.r.b62(64)); }
  axiom(): string { return this.C('axiom-token', this.r.pick(['xaat-', 'xapt-']) + this.r.uuid()); }
  honeybadger(): string { return this.C('honeybadger-token', 'hbp_' + this.r.b62(36)); }
  logzio(): string { return this.C('logzio-token', this.r.chars(UPPER + LOWER, 32)); }
  sfx(): string { return this.C('splunk-observability-token', this.r.chars(B64URL, 22)); }
  pemEc(): string {
    const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), this.r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), this.r.bytes(64)]);
    const b = der.toString('base64').match(/.{1,64}/g)!.join('\n');
    return this.C('private-key', `-----BEGIN EC PRIVATE KEY-----\n${b}\n-----END EC PRIVATE KEY-----`);
  }
  pemRsaBody(): string {
    const der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7', 'hex'), this.r.bytes(1191)]);
    return der.toString('base64').match(/.{1,64}/g)!.join('\n');
  }
  tokenOf(kind: string, alphabet: string, n: number, prefix = ''): string { return this.C(kind, prefix + this.r.chars(alphabet, n)); }
}

export { B62, B64URL, DIGITS, HEX, LOWER, UPPER, ALNUM_UP, ALNUM_LOW };
