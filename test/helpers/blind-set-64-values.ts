import { B62, B64, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** One planted value of blind set 64. */
export interface Val64 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A person's name in its parts, drawn from one origin. */
export interface Name64 {
  given: string;
  family: string;
  full: string;
}

/** A postal address in its parts (the street line is the planted value). */
export interface Addr64 {
  street: string;
  city: string;
  region: string;
  postal: string;
  country: string;
}

const ORIGINS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['José', 'María', 'Alejandro', 'Lucía', 'Ximena', 'Íñigo'], ['García Márquez', 'Núñez', 'Fernández', 'Ibáñez', 'Castañeda']],
  [['Anaïs', 'Hélène', 'François', 'Benoît', 'Margaux'], ['Lefèvre', 'Dubois', 'Rousseau', 'Beaulieu', 'Chevalier']],
  [['Jürgen', 'Katrin', 'Matthias', 'Anneliese', 'Lukas'], ['Müller', 'Schröder', 'Weißmann', 'Hoffmann', 'Köhler']],
  [['Łukasz', 'Małgorzata', 'Zbigniew', 'Agnieszka'], ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Dąbrowska']],
  [['Minh', 'Thảo', 'Quang', 'Hương'], ['Nguyễn', 'Trần', 'Phạm', 'Hoàng']],
  [['Xiaoling', 'Wei', 'Jianhong', 'Meiying'], ['Zhang', 'Chen', 'Huang', 'Zhou']],
  [['Priya', 'Arjun', 'Lakshmi', 'Venkat', 'Ananya'], ['Raghunathan', 'Venkatesan', 'Iyer', 'Chatterjee', 'Deshpande']],
  [['Chukwuemeka', 'Adaeze', 'Oluwaseun', 'Ngozi'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun']],
  [['Youssef', 'Fatima', 'Karim', 'Layla'], ['El-Amrani', 'Haddad', 'Benali', 'Mansour']],
  [['Haruto', 'Yui', 'Sota', 'Akane'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Kobayashi']],
  [['Ji-woo', 'Seo-yeon', 'Min-jun', 'Hye-jin'], ['Park', 'Kim', 'Choi', 'Jeong']],
  [['Çağrı', 'Elif', 'Emre', 'Gülşen'], ['Yılmaz', 'Öztürk', 'Kaya', 'Şahin']],
  [['Søren', 'Astrid', 'Björn', 'Ingrid'], ['Kjær', 'Lindqvist', 'Åkesson', 'Halvorsen']],
  [['Siobhán', 'Ciarán', 'Aoife', 'Pádraig'], ['Ó Súilleabháin', 'Mac Giolla', 'Fitzgerald', 'Brennan']],
  [['João', 'Conceição', 'Thiago', 'Luana'], ['Gonçalves', 'Araújo', 'Magalhães', 'Carvalho']],
  [['Emily', 'Marcus', 'Rebecca', 'Tyrone', 'Dakota'], ['Whitfield', 'Henderson', 'Washington', 'Sullivan', 'Blackwood']],
];

const DOMAINS = ['northwindtraders.com', 'brightlane-health.com', 'kestrelpay.io', 'altamira-logistics.eu', 'fjordline-analytics.no', 'corvidlabs.co.uk', 'meridian-kapital.de', 'sakura-robotics.jp', 'harbourview-ins.ca', 'lumenstack.io', 'pinecrest-edu.org', 'tidewater-energy.com'];
const STREETS = ['Maple Avenue', 'Oak Street', 'Cedar Lane', 'Willow Creek Road', 'Harbor Boulevard', 'Elm Court', 'Sycamore Drive', 'Pleasant Valley Road', 'Magnolia Way', 'Birchwood Terrace'];
const CITIES: readonly (readonly [string, string, string])[] = [['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Denver', 'CO', '802'], ['Tacoma', 'WA', '984'], ['Madison', 'WI', '537'], ['Scottsdale', 'AZ', '852']];
const FIRST_OCTETS = [24, 31, 37, 46, 52, 62, 66, 73, 81, 86, 89, 92, 98, 104, 109, 145, 151, 176, 185, 188, 195, 212, 217];
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** ASCII fold for e-mail local parts. */
export function fold64(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

export function luhnDigit64(body: string): string {
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
}

export function mod97_64(s: string): number {
  const num = s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of num) r = (r * 10 + Number(ch)) % 97;
  return r;
}

export function crc32_64(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function base62_64(n: number, width: number): string {
  let out = '';
  const A = DIGITS + UPPER + LOWER;
  while (n > 0) {
    out = A[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** The context a template draws from: fresh values (recorded as planted) and neutral filler (not recorded). */
export class Ctx64 {
  readonly vals: Val64[] = [];

  constructor(readonly r: Rng9) {}

  /** Runs a generator without planting its value (filler that is real but not measured). */
  quiet<T>(f: () => T): T {
    const n = this.vals.length;
    const v = f();
    this.vals.length = n;
    return v;
  }

  put(kind: string, group: Val64['group'], value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }

  cred(kind: string, value: string): string {
    return this.put(kind, 'credential', value);
  }

  // ---------- neutral filler ----------
  uuid(): string {
    return this.r.uuid();
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  ts(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `2026-${p(this.r.int(1, 12))}-${p(this.r.int(1, 28))}T${p(this.r.int(0, 23))}:${p(this.r.int(0, 59))}:${p(this.r.int(0, 59))}.${p(this.r.int(0, 999), 3)}Z`;
  }
  epoch(): number {
    return 1767225600 + this.r.int(0, 30000000);
  }
  privIp(): string {
    return `10.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`;
  }
  oktaId(prefix = '00u'): string {
    return prefix + this.r.b62(17);
  }
  tenant(): string {
    return this.r.pick(['northwind', 'brightlane', 'kestrelpay', 'altamira', 'fjordline', 'corvidlabs', 'meridian', 'harbourview', 'lumenstack', 'tidewater']);
  }
  domain(): string {
    return this.r.pick(DOMAINS);
  }
  empNo(): string {
    return this.r.pick(['E', 'W', '']) + this.r.digits(6);
  }
  clientId(): string {
    return '0oa' + this.r.b62(17);
  }

  // ---------- personal ----------
  nameRaw(): Name64 {
    const [gs, fs] = this.r.pick(ORIGINS);
    const given = this.r.pick(gs);
    const family = this.r.pick(fs);
    return { given, family, full: `${given} ${family}` };
  }
  name(): Name64 {
    const n = this.nameRaw();
    this.put('full_name', 'personal', n.full);
    return n;
  }
  emailOf(n: Name64, domain = this.domain()): string {
    const g = fold64(n.given);
    const f = fold64(n.family);
    const local = this.r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}`, `${g}.${f}${this.r.int(1, 99)}`]);
    return this.put('email', 'personal', `${local}@${domain}`);
  }
  email(): string {
    return this.emailOf(this.nameRaw());
  }
  personalEmail(n: Name64): string {
    return this.emailOf(n, this.r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'web.de', 'orange.fr']));
  }
  /** A phone number; `e164` forces the compact international layout. */
  phone(style?: 'e164' | 'us' | 'intl'): string {
    const r = this.r;
    const area = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
    const exch = `${r.int(2, 9)}${r.pick(['0', '1', '2', '3', '4', '6', '7', '8', '9'])}${r.int(0, 9)}`;
    const line = r.digits(4);
    const s = style ?? r.pick(['e164', 'us', 'intl'] as const);
    let v: string;
    if (s === 'e164') v = r.pick([`+1${area}${exch}${line}`, `+447${r.int(400, 999)}${r.digits(6)}`, `+336${r.digits(8)}`, `+4915${r.int(1, 9)}${r.digits(8)}`, `+919${r.digits(9)}`, `+614${r.digits(8)}`]);
    else if (s === 'us') v = r.pick([`(${area}) ${exch}-${line}`, `${area}-${exch}-${line}`, `${area}.${exch}.${line}`, `+1 ${area}-${exch}-${line}`]);
    else
      v = r.pick([
        `+44 7${r.int(400, 999)} ${r.digits(6)}`,
        `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        `+49 151 ${r.digits(8)}`,
        `+91 ${r.int(70, 99)}${r.digits(3)} ${r.digits(5)}`,
        `+81 90-${r.digits(4)}-${r.digits(4)}`,
        `+55 11 9${r.digits(4)}-${r.digits(4)}`,
        `+1 (${area}) ${exch}-${line}`,
      ]);
    return this.put('phone', 'personal', v);
  }
  addr(): Addr64 {
    const r = this.r;
    const [city, region, zip3] = r.pick(CITIES);
    const street = `${r.int(12, 9899)} ${r.pick(STREETS)}${r.pick(['', '', ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', ''])}`, ` Suite ${r.int(100, 450)}`])}`;
    this.put('street_address', 'personal', street);
    return { street, city, region, postal: zip3 + r.digits(2), country: 'US' };
  }
  dob(fmt: 'iso' | 'us' | 'eu' = 'iso'): string {
    const y = this.r.int(1956, 2003);
    const m = String(this.r.int(1, 12)).padStart(2, '0');
    const d = String(this.r.int(1, 28)).padStart(2, '0');
    return this.put('dob', 'personal', fmt === 'iso' ? `${y}-${m}-${d}` : fmt === 'us' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`);
  }
  ssn(dashed = true): string {
    const r = this.r;
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = String(r.int(1, 99)).padStart(2, '0');
    const s = String(r.int(1, 9999)).padStart(4, '0');
    return this.put('ssn', 'personal', dashed ? `${a}-${g}-${s}` : `${a}${g}${s}`);
  }
  nino(spaced = false): string {
    const r = this.r;
    let p = '';
    do p = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
    const d = r.digits(6);
    const sfx = r.chars('ABCD', 1);
    return this.put('nino', 'personal', spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${sfx}` : `${p}${d}${sfx}`);
  }
  sin(spaced = true): string {
    const body = String(this.r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + this.r.digits(7);
    const v = body + luhnDigit64(body);
    return this.put('sin', 'personal', spaced ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v);
  }
  bsn(): string {
    for (;;) {
      const d = String(this.r.int(1, 6)) + this.r.digits(7);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const c = s % 11;
      if (c < 10) return this.put('bsn', 'personal', d + c);
    }
  }
  passport(): string {
    return this.put('passport', 'personal', this.r.pick([`${this.r.chars('ACDEFGHJKLMN', 1)}${this.r.digits(8)}`, `${this.r.int(1, 9)}${this.r.digits(8)}`]));
  }
  ip(): string {
    const r = this.r;
    return this.put('ip_address', 'personal', `${r.pick(FIRST_OCTETS)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`);
  }

  // ---------- financial ----------
  card(sep: '' | ' ' | '-' = ''): string {
    const r = this.r;
    const [pre, len] = r.pick([['4', 16], ['51', 16], ['53', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16]] as const);
    const body = pre + r.digits(len - 1 - pre.length);
    const n = body + luhnDigit64(body);
    const groups = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)];
    return this.put('card', 'financial', groups.join(sep));
  }
  iban(cc?: string, grouped = false): string {
    const r = this.r;
    const c = cc ?? r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'CH', 'IT']);
    const bban: Record<string, () => string> = {
      DE: () => r.digits(18),
      GB: () => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
      FR: () => r.digits(10) + r.chars(DIGITS + UPPER, 11) + r.digits(2),
      NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10),
      ES: () => r.digits(20),
      CH: () => r.digits(5) + r.chars(DIGITS + UPPER, 12),
      IT: () => r.chars(UPPER, 1) + r.digits(10) + r.chars(DIGITS + UPPER, 12),
    };
    const b = bban[c]!();
    const chk = String(98 - mod97_64(b + c + '00')).padStart(2, '0');
    const iban = c + chk + b;
    return this.put('iban', 'financial', grouped ? iban.replace(/(.{4})/g, '$1 ').trim() : iban);
  }
  routing(): string {
    const r = this.r;
    const d = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32])).padStart(2, '0') + r.digits(6);
    const n = d.split('').map(Number);
    const s = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]!);
    return this.put('aba_routing', 'financial', d + ((10 - (s % 10)) % 10));
  }
  acct(): string {
    return this.put('bank_account', 'financial', String(this.r.int(1, 9)) + this.r.digits(this.r.int(8, 11)));
  }
  sortCode(): string {
    const r = this.r;
    return this.put('sort_code', 'financial', `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`);
  }
  ukAcct(): string {
    return this.put('bank_account', 'financial', String(this.r.int(1, 9)) + this.r.digits(7));
  }

  // ---------- credentials ----------
  pw(n?: number): string {
    return this.cred('password', this.r.password(n ?? this.r.int(12, 20)));
  }
  urlPw(n?: number): string {
    return this.cred('password', this.r.urlPassword(n ?? this.r.int(12, 20)));
  }
  oktaToken(): string {
    return this.cred('okta_api_token', '00' + this.r.chars(B62 + '-_', 40));
  }
  oktaSecret(): string {
    return this.cred('okta_client_secret', this.r.chars(B64URL, 40));
  }
  oktaSession(): string {
    return this.cred('okta_session_token', '20111' + this.r.chars(B64URL, 52));
  }
  auth0Secret(): string {
    return this.cred('auth0_client_secret', this.r.chars(B64URL, 64));
  }
  auth0Refresh(): string {
    return this.cred('refresh_token', 'v1.M' + this.r.chars(B64URL, 127));
  }
  opaque(kind: string, bytes = 32): string {
    return this.cred(kind, this.r.b64url(bytes));
  }
  azSecret(): string {
    const r = this.r;
    const A = B62 + '_~.-';
    return this.cred('azure_client_secret', r.chars(B62, 3) + r.int(0, 9) + 'Q~' + r.chars(A, 33) + r.chars(B62, 1));
  }
  azRefresh(): string {
    return this.cred('refresh_token', '0.A' + this.r.chars(B64URL, 3) + this.r.b64url(240));
  }
  kcSecret(): string {
    return this.cred('keycloak_client_secret', this.r.b62(32));
  }
  akid(temp = false): string {
    return this.cred('aws_access_key_id', (temp ? 'ASIA' : 'AKIA') + this.r.chars(B32.slice(0, 26) + '234567', 16));
  }
  awsSecret(): string {
    return this.cred('aws_secret_key', this.r.chars(B62 + '+/', 40));
  }
  awsSession(): string {
    return this.cred('aws_session_token', 'IQoJb3JpZ2luX2VjE' + this.r.chars(B62 + '+/', 300) + '==');
  }
  cognitoSecret(): string {
    return this.cred('cognito_client_secret', this.r.chars(LOWER + DIGITS, 52));
  }
  gSecret(): string {
    return this.cred('google_client_secret', 'GOCSPX-' + this.r.chars(B62 + '-_', 28));
  }
  gRefresh(): string {
    return this.cred('google_refresh_token', '1//0' + this.r.pick(['5', '6', '9', 'g', 'e', 'd']) + this.r.chars(B64URL, 98));
  }
  gAccess(): string {
    return this.cred('google_access_token', 'ya29.a0A' + this.r.chars(B64URL, 170));
  }
  duoSkey(): string {
    return this.cred('duo_secret_key', this.r.b62(40));
  }
  twilioToken(): string {
    return this.cred('twilio_auth_token', this.r.hex(32));
  }
  sgKey(): string {
    return this.cred('sendgrid_api_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  ghp(prefix = 'ghp_'): string {
    const body = this.r.chars(B62, 30);
    return this.cred('github_token', prefix + body + base62_64(crc32_64(body), 6));
  }
  slack(prefix = 'xoxp'): string {
    const r = this.r;
    return this.cred('slack_token', `${prefix}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`);
  }
  hexKey(kind: string, n = 40): string {
    return this.cred(kind, this.r.chars(HEX, n));
  }
  b62Key(kind: string, n = 40): string {
    return this.cred(kind, this.r.b62(n));
  }
  totp(n = 32): string {
    return this.cred('totp_seed', this.r.chars(B32, n));
  }
  recovery(style: 'hex' | 'auth0' | 'digits' | 'okta'): string {
    const r = this.r;
    const v = style === 'hex' ? `${r.hex(5)}-${r.hex(5)}` : style === 'auth0' ? r.chars(UPPER + DIGITS, 24) : style === 'digits' ? `${r.digits(4)} ${r.digits(4)}` : `${r.chars(LOWER + DIGITS, 4)}-${r.chars(LOWER + DIGITS, 4)}-${r.chars(LOWER + DIGITS, 4)}`;
    return this.cred('recovery_code', v);
  }
  basic(id: string, secret: string): string {
    return this.cred('basic_auth_b64', Buffer.from(`${id}:${secret}`).toString('base64'));
  }
  unicodePwd(): string {
    return this.cred('ad_unicode_pwd', Buffer.from(`"${this.r.password(14)}"`, 'utf16le').toString('base64'));
  }
  /** A JWT with the given claims; `sig` 256 bytes (RS256) or 32 (HS256). */
  jwt(claims: Record<string, unknown>, alg: 'RS256' | 'HS256' = 'RS256', kind = 'jwt', header: Record<string, unknown> = {}): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: this.r.b64url(24) } : {}), ...header })).toString('base64url');
    const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return this.cred(kind, `${h}.${p}.${this.r.b64url(alg === 'RS256' ? 256 : 32)}`);
  }
  /** Raw DER bytes of a private key: pkcs8 (RSA), pkcs1 (RSA) or ec (P-256 SEC1). */
  der(type: 'pkcs8' | 'pkcs1' | 'ec'): Buffer {
    if (type === 'ec') return Buffer.concat([Buffer.from('30770201010420', 'hex'), this.r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), this.r.bytes(64)]);
    if (type === 'pkcs1') return Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), this.r.bytes(1192 - 12)]);
    return Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), this.r.bytes(1217 - 38)]);
  }
  /** A PEM private key (multi-line), or with JSON-escaped `\n` when `escaped`. */
  pem(type: 'pkcs8' | 'pkcs1' | 'ec' = 'pkcs8', escaped = false): string {
    const label = type === 'pkcs8' ? 'PRIVATE KEY' : type === 'pkcs1' ? 'RSA PRIVATE KEY' : 'EC PRIVATE KEY';
    const body = this.der(type).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
    const pem = `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
    return this.cred('private_key', escaped ? pem.replace(/\n/g, '\\n') : pem);
  }
  /** A private key's base64 body on one line (Keycloak realm exports, SAML IdP configs). */
  keyB64(type: 'pkcs8' | 'pkcs1' = 'pkcs8'): string {
    return this.cred('private_key_b64', this.der(type).toString('base64'));
  }
  b64Secret(kind: string, bytes = 32): string {
    return this.cred(kind, this.r.chars(B64, 0) + this.r.b64(bytes));
  }
}

/** One template: its source, its name, and how it renders a text from a context. */
export interface Tpl64 {
  src: string;
  t: string;
  make: (c: Ctx64) => string;
}

/** Compact and indented JSON. */
export const j64 = (o: unknown): string => JSON.stringify(o);
export const jp64 = (o: unknown): string => JSON.stringify(o, null, 2);

/** A browser user agent. */
export const UA64 = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'okta-sdk-java/8.2.5 java/17.0.9 Linux/5.15.0-1051-aws'];
