import { B62, DIGITS, HEX, LOWER, Rng75, UPPER } from './blind-set-75-rng';

/** One planted value. */
export interface Planted75 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const FIRST = ['Alice', 'Bogdan', 'Chiara', 'Dmitri', 'Eun-ji', 'Fatima', 'Gonzalo', 'Hiroshi', 'Ingrid', 'Jamal', 'Katarzyna', 'Liam', 'Mei', 'Nnamdi', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Siobhan', 'Tomás', 'Ulrike', 'Vikram', 'Wanjiru', 'Xavier', 'Yusuf', 'Zoë', 'Amara', 'Björn', 'Camille', 'Deepika'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Kowalczyk', 'Haddad', 'Fernández', 'Petrov', 'Brennan', 'Castellanos', 'Szabó', 'Adeyemi', 'Van der Berg', "O'Sullivan", 'Rahman', 'Dubois', 'Yilmaz', 'Ivanova', 'Gallagher', 'Mendoza', 'Schäfer', 'Tanaka', 'Achterberg', 'Nguyen', 'Abernathy'];
const DOMAINS = ['corp.io', 'gmail.com', 'outlook.com', 'fastmail.fm', 'acme-health.org', 'northwind.co.uk', 'proton.me', 'yahoo.co.jp', 'web.de', 'icloud.com'];
const STREETS = ['Maple Avenue', 'Rue de la Roquette', 'Hauptstraße', 'Elm Street', 'Calle de Alcalá', 'Baker Street', 'Keizersgracht', 'Ocean Drive', 'Via Garibaldi', 'Oak Lane'];
const CITIES = ['Springfield, IL 62704', '75011 Paris', '10115 Berlin', 'Portland, OR 97214', '28014 Madrid', 'London NW1 6XE', '1016 DX Amsterdam', 'Miami Beach, FL 33139', '20121 Milano', 'Austin, TX 78704'];

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC32 of a string's bytes. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Six base62 characters of a CRC32 (GitHub and npm token tails). */
export function crcTail(s: string): string {
  let n = crc32(s);
  let out = '';
  for (let i = 0; i < 6; i++) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

/** Luhn check digit for a digit string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** mod 97 of a long digit string. */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

const IBAN_SPEC: Record<string, [number, string]> = { DE: [18, 'd'], GB: [18, 'a'], FR: [23, 'd'], NL: [14, 'n'], ES: [20, 'd'], IT: [23, 'i'], BE: [12, 'd'] };

/** A person's and an account's values, drawn from a case's stream. */
export class Gen75 {
  readonly vals: Planted75[] = [];
  constructor(readonly r: Rng75) {}

  /** Records a planted value and returns it for the text. */
  v(value: string, kind: string, group: Planted75['group']): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  c(value: string, kind: string): string {
    return this.v(value, kind, 'credential');
  }
  p(value: string, kind: string): string {
    return this.v(value, kind, 'personal');
  }
  f(value: string, kind: string): string {
    return this.v(value, kind, 'financial');
  }

  first(): string {
    return this.r.pick(FIRST);
  }
  last(): string {
    return this.r.pick(LAST);
  }
  name(): string {
    return `${this.first()} ${this.last()}`;
  }
  /** An ASCII mailbox for a person. */
  email(name = this.name()): string {
    const ascii = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ').filter(Boolean);
    const local = this.r.pick([`${ascii[0]}.${ascii[ascii.length - 1]}`, `${ascii[0]![0]}${ascii[ascii.length - 1]}`, `${ascii[0]}${this.r.int(7, 99)}`, `${ascii[0]}_${ascii[ascii.length - 1]}`]);
    return `${local}@${this.r.pick(DOMAINS)}`;
  }
  phone(): string {
    return this.r.pick([
      () => `+1 ${this.r.int(201, 989)}-${this.r.int(201, 989)}-${this.r.digits(4)}`,
      () => `+44 7${this.r.digits(3)} ${this.r.digits(6)}`,
      () => `(${this.r.int(201, 989)}) ${this.r.int(201, 989)}-${this.r.digits(4)}`,
      () => `+49 151 ${this.r.digits(8)}`,
      () => `+33 6 ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)}`,
    ])();
  }
  e164(): string {
    return `+1${this.r.int(201, 989)}${this.r.int(201, 989)}${this.r.digits(4)}`;
  }
  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${String(this.r.int(1, 99)).padStart(2, '0')}-${String(this.r.int(1, 9999)).padStart(4, '0')}`;
  }
  nino(): string {
    return `${this.r.pick(['AB', 'JC', 'NE', 'PR', 'SK', 'WL', 'EH'])}${this.r.digits(6)}${this.r.pick(['A', 'B', 'C', 'D'])}`;
  }
  dni(): string {
    const n = this.r.int(10000000, 99999999);
    return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
  }
  bsn(): string {
    for (;;) {
      const d = this.r.digits(8);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const last = s % 11;
      if (last < 10 && d[0] !== '0') return d + String(last);
    }
  }
  dob(): string {
    return `${this.r.int(1948, 2004)}-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }
  address(): string {
    return `${this.r.int(2, 980)} ${this.r.pick(STREETS)}, ${this.r.pick(CITIES)}`;
  }
  passport(): string {
    return this.r.pick([() => this.r.digits(9).replace(/^0/, '5'), () => `C${this.r.chars(UPPER.replace(/[IO]/g, '') + DIGITS, 8)}`, () => `${this.r.chars(UPPER, 2)}${this.r.digits(7)}`])();
  }
  /** A public IPv4 address (not private, not RFC 5737). */
  userIp(): string {
    return `${this.r.pick([73, 81, 86, 92, 109, 151, 176, 188, 212, 217])}.${this.r.int(1, 254)}.${this.r.int(1, 254)}.${this.r.int(1, 254)}`;
  }

  card(): string {
    const body = this.r.pick([() => '4' + this.r.digits(14), () => `5${this.r.int(1, 5)}` + this.r.digits(13), () => '6011' + this.r.digits(11), () => `22${this.r.int(21, 70)}` + this.r.digits(11)])();
    return body + luhnDigit(body);
  }
  amex(): string {
    const body = this.r.pick(['34', '37']) + this.r.digits(12);
    return body + luhnDigit(body);
  }
  /** A card number grouped by 4 with `sep`. */
  cardGrouped(sep = ' '): string {
    return this.card().replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }
  cvc(): string {
    return this.r.digits(3).replace(/^0/, '7');
  }
  iban(cc = this.r.pick(Object.keys(IBAN_SPEC))): string {
    const [len, style] = IBAN_SPEC[cc]!;
    const bban = style === 'a' ? this.r.chars(UPPER, 4) + this.r.digits(len - 4) : style === 'i' ? this.r.chars(UPPER, 1) + this.r.digits(len - 1) : this.r.digits(len);
    const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    return `${cc}${String(98 - mod97(num)).padStart(2, '0')}${bban}`;
  }
  ibanSpaced(cc?: string): string {
    return this.iban(cc).replace(/(.{4})(?=.)/g, '$1 ');
  }
  routing(): string {
    const d = this.r.pick(['0', '1', '2', '3']) + this.r.digits(7);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
    return d + String((10 - (s % 10)) % 10);
  }
  account(): string {
    return this.r.digits(this.r.int(9, 12)).replace(/^0/, '4');
  }

  password(n = this.r.int(12, 20)): string {
    return this.r.password(n);
  }
  /** A password with characters that need escaping in URLs, JSON and HTML. */
  hostilePassword(): string {
    const core = this.r.chars(LOWER + UPPER + DIGITS, this.r.int(10, 16));
    const sp = this.r.pick(['&', '=', '+', '/', '"', '%', '@', '#', '<', '?', ':']);
    const sp2 = this.r.pick(['!', '$', '\'', '>', ';', '=', '&']);
    return `${core.slice(0, 3)}${sp}${core.slice(3, 8)}${sp2}${core.slice(8)}`;
  }
  ghp(prefix = 'ghp'): string {
    const body = this.r.b62(30);
    return `${prefix}_${body}${crcTail(body)}`;
  }
  npm(): string {
    const body = this.r.b62(30);
    return `npm_${body}${crcTail(body)}`;
  }
  glpat(): string {
    return `glpat-${this.r.chars(B62 + '-_', 20)}`;
  }
  slackBot(): string {
    return `xox${this.r.pick(['b', 'p'])}-${this.r.digits(12).replace(/^0/, '1')}-${this.r.digits(13).replace(/^0/, '2')}-${this.r.b62(24)}`;
  }
  slackHook(): string {
    return `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`;
  }
  discordHook(): string {
    return `https://discord.com/api/webhooks/${this.r.digits(18).replace(/^0/, '1')}/${this.r.chars(B62 + '-_', 68)}`;
  }
  akia(): string {
    return `${this.r.pick(['AKIA', 'ASIA'])}${this.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  }
  awsSecret(): string {
    return this.r.chars(B62 + '+/', 40);
  }
  stripe(): string {
    return `${this.r.pick(['sk_live_', 'rk_live_'])}${this.r.b62(this.r.pick([24, 99]))}`;
  }
  whsec(): string {
    return `whsec_${this.r.b64(24).replace(/[+/=]/g, 'x')}`;
  }
  sendgrid(): string {
    return `SG.${this.r.b64url(16)}.${this.r.b64url(32)}`;
  }
  ddApi(): string {
    return this.r.hex(32);
  }
  ddApp(): string {
    return this.r.hex(40);
  }
  twilioToken(): string {
    return this.r.hex(32);
  }
  openai(): string {
    return `sk-proj-${this.r.chars(B62 + '-_', 74)}T3BlbkFJ${this.r.chars(B62 + '-_', 74)}`;
  }
  anthropic(): string {
    return `sk-ant-api03-${this.r.chars(B62 + '-_', 93)}AA`;
  }
  telegram(): string {
    return `${this.r.int(100000000, 7999999999)}:AA${this.r.chars(B62 + '-_', 33)}`;
  }
  shopify(): string {
    return `shpat_${this.r.hex(32)}`;
  }
  googleOauth(): string {
    return `ya29.a0${this.r.chars(B62 + '-_', 150)}`;
  }
  azureKey(): string {
    return this.r.b64(64);
  }
  sessionId(): string {
    return this.r.b64url(this.r.pick([24, 32, 48]));
  }
  /** A JWT whose payload names a person. */
  jwt(claims: Record<string, unknown>, alg = 'HS256'): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc({ alg, typ: 'JWT', kid: this.r.hex(8) })}.${enc({ iss: 'https://auth.tenant-io.net/', iat: 1796000000 + this.r.int(0, 9999999), exp: 1797000000 + this.r.int(0, 9999999), ...claims })}.${this.r.b64url(alg.startsWith('RS') ? 256 : 32)}`;
  }
  /** A DER-like PKCS#8 private key body in base64 (starts 0x30 0x82). */
  keyBody(n = this.r.int(600, 1210)): string {
    const b = this.r.bytes(n);
    b[0] = 0x30;
    b[1] = 0x82;
    b[2] = (n - 4) >> 8;
    b[3] = (n - 4) & 0xff;
    return b.toString('base64');
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  upperHex(n: number): string {
    return this.r.chars(HEX.toUpperCase(), n);
  }
}

/** Folds a string at `w` columns with `nl`. */
export const fold = (s: string, w: number, nl = '\n'): string => (s.match(new RegExp(`.{1,${w}}`, 'g')) ?? []).join(nl);

/** A PEM private key block (folded at 64) with the given line break. */
export function pem(body: string, label = 'PRIVATE KEY', nl = '\n'): string {
  return `-----BEGIN ${label}-----${nl}${fold(body, 64, nl)}${nl}-----END ${label}-----`;
}
