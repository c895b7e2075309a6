import { B62, B64URL, DIGITS, LOWER, Rng83, UPPER } from './blind-set-83-rng';
import { crc32b62, luhn, mod97 } from './blind-set-83-format';

/** One planted value. */
export interface V83 { value: string; kind: string; group: 'credential' | 'personal' | 'financial' }

const FIRST = ['Maren', 'Tobias', 'Aisha', 'Liam', 'Sofía', 'Kenji', 'Priya', 'Olusegun', 'Hanna', 'Mateo', 'Chiara', 'Dmitri', 'Grace', 'Yusuf', 'Ingrid', 'Rafael', 'Nadia', 'Callum', 'Mei', 'Bastien', 'Zoë', 'Ewan', 'Leila', 'Joaquín'];
const LAST = ['Lindqvist', 'Okafor', 'Brennan', 'Nakamura', 'Castellanos', 'Whitfield', 'Petrova', 'Hargreaves', 'Delacroix', 'Moreau', 'Adeyemi', 'Kowalczyk', 'Fitzgerald', 'Sandoval', 'Haddad', 'Vasquez', 'Thorsen', 'Ramanathan', 'Gallagher', 'Lefebvre'];
const MAILS = ['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', 'yahoo.co.uk', 'icloud.com', 'gmx.de', 'hotmail.fr'];
const STREETS = ['Maple Avenue', 'Harbour Road', 'Kastanienallee', 'Rue des Lilas', 'Willow Crescent', 'Calle de Alcalá', 'Ocean View Drive', 'Birchwood Lane'];
const CITIES = ['Portland, OR 97214', 'Leeds LS6 2AB', 'Berlin 10437', 'Lyon 69003', 'Austin, TX 78704', 'Madrid 28014', 'Denver, CO 80205', 'Galway H91 E2K3'];
const V4 = [24, 31, 37, 46, 62, 71, 73, 77, 81, 86, 92, 98, 109, 151, 176, 188, 212, 217];
const V6 = ['2a02:c7c', '2601:1c0', '2a01:e0a', '2003:e5', '2603:8080', '2a00:23c7', '2806:2f0'];

/** Draws values and records the ones that are planted leaks. */
export class K83 {
  vals: V83[] = [];
  constructor(public r: Rng83) {}
  private put(value: string, kind: string, group: V83['group']): string { this.vals.push({ value, kind, group }); return value; }
  c(value: string, kind: string): string { return this.put(value, kind, 'credential'); }
  p(value: string, kind: string): string { return this.put(value, kind, 'personal'); }
  f(value: string, kind: string): string { return this.put(value, kind, 'financial'); }

  // ---- raw draws (not recorded) ----
  first(): string { return this.r.pick(FIRST); }
  last(): string { return this.r.pick(LAST); }
  acct(): string { return String(this.r.int(1, 9)) + this.r.digits(11); }
  reqId(): string { return this.r.uuid(); }
  ts(): string { return `2026-${String(this.r.int(1, 11)).padStart(2, '0')}-${String(this.r.int(10, 28))}T${String(this.r.int(10, 23))}:${String(this.r.int(10, 59))}:${String(this.r.int(10, 59))}.${this.r.digits(3)}Z`; }
  region(): string { return this.r.pick(['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2']); }
  akidRaw(prefix = 'AKIA'): string { return prefix + this.r.chars(UPPER + '234567', 16); }

  // ---- credentials ----
  akid(prefix = 'AKIA'): string { return this.c(this.akidRaw(prefix), 'aws-access-key-id'); }
  awsSecret(): string { return this.c(this.r.chars(B62 + '+/', 39) + this.r.chars(B62, 1), 'aws-secret-key'); }
  sts(): string {
    const v = this.r.next() < 0.6 ? 'IQoJb3JpZ2luX2Vj' + this.r.b64(this.r.int(300, 520)) : 'FwoGZXIvYXdzE' + this.r.chars(B62, 3) + this.r.b64(this.r.int(220, 300));
    return this.c(v, 'aws-session-token');
  }
  pemRaw(): string {
    const der = Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8', 'hex'), this.r.bytes(1192)]);
    return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`;
  }
  /** A PKCS#8 key as it shows after `depth` levels of JSON string escaping (0: raw lines). */
  pem(depth = 1): string { let v = this.pemRaw(); for (let i = 0; i < depth; i++) v = JSON.stringify(v).slice(1, -1); return this.c(v, 'private-key'); }
  keyId(): string { return this.c(this.r.hex(40), 'gcp-private-key-id'); }
  accountKey(): string { return this.c(this.r.b64(64), 'azure-storage-key'); }
  sasSig(): string { return this.c(encodeURIComponent(this.r.b64(32)), 'sas-signature'); }
  clientSecret(): string { return this.c(this.r.chars(B62, 3) + this.r.digits(1) + 'Q~' + this.r.chars(B62 + '_.~-', 33) + this.r.chars(B62, 1), 'azure-client-secret'); }
  heroku(): string { return this.c(this.r.uuid(), 'heroku-api-key'); }
  vercel(): string { return this.c(this.r.b62(24), 'vercel-token'); }
  netlify(): string { return this.c('nfp_' + this.r.b62(36), 'netlify-token'); }
  cfToken(): string { return this.c(this.r.chars(B62 + '_-', 39) + this.r.b62(1), 'cloudflare-api-token'); }
  cfGlobal(): string { return this.c(this.r.hex(37), 'cloudflare-global-key'); }
  fly(): string { return this.c(`fm2_${this.r.b64(this.r.int(180, 260))},fm2_${this.r.b64(this.r.int(120, 180))}`, 'fly-token'); }
  pw(n = 18): string { return this.c(this.r.urlPassword(n), 'password'); }
  pwAny(n = 16): string { return this.c(this.r.password(n), 'password'); }
  webhook(): string { return this.c('whsec_' + this.r.b62(32), 'webhook-secret'); }
  hexSecret(kind: string, n = 40): string { return this.c(this.r.hex(n), kind); }
  gh(prefix = 'ghp_'): string { const body = this.r.b62(30); return this.c(prefix + body + crc32b62(body), 'github-token'); }
  glpat(): string { return this.c('glpat-' + this.r.chars(B62 + '-_', 19) + this.r.b62(1), 'gitlab-token'); }
  stripe(): string { return this.c('sk_live_' + this.r.b62(this.r.pick([24, 99])), 'stripe-secret'); }
  sendgrid(): string { return this.c(`SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 42)}${this.r.b62(1)}`, 'sendgrid-key'); }
  slackHook(): string { return this.c(`https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`, 'slack-webhook'); }
  cookie(n = 32): string { return this.c(this.r.b64url(n), 'session-cookie'); }
  b64of(secret: string): string { return this.c(Buffer.from(secret).toString('base64'), 'k8s-secret-b64'); }
  jwt(claims: Record<string, unknown>, alg = 'HS256'): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return this.c(`${enc({ alg, typ: 'JWT' })}.${enc(claims)}.${this.r.b64url(alg === 'RS256' ? 256 : 32)}`, 'jwt');
  }

  // ---- personal ----
  name(): string { return this.p(`${this.first()} ${this.last()}`, 'name'); }
  emailStr(first = this.first(), last = this.last()): string {
    const local = this.r.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${this.r.digits(2)}`, `${last}.${first[0]}`]).normalize('NFD').toLowerCase().replace(/[^a-z0-9.]/g, '');
    return `${local}@${this.r.pick(MAILS)}`;
  }
  email(first = this.first(), last = this.last()): string { return this.p(this.emailStr(first, last), 'email'); }
  /** A percent-encoded email or name as it shows inside a URL (recorded encoded). */
  emailU(): string { return this.p(encodeURIComponent(this.emailStr()), 'email'); }
  nameU(plus = false): string { const e = encodeURIComponent(`${this.first()} ${this.last()}`); return this.p(plus ? e.replace(/%20/g, '+') : e, 'name'); }
  ip(): string { return this.p(`${this.r.pick(V4)}.${this.r.int(1, 254)}.${this.r.int(1, 254)}.${this.r.int(1, 254)}`, 'ip'); }
  ip6(): string { const g = () => this.r.hex(4).replace(/^0+(?=.)/, ''); return this.p(`${this.r.pick(V6)}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, 'ip'); }
  phone(): string {
    const d = () => String(this.r.int(2, 9));
    const v = this.r.pick([
      () => `+1${d()}${this.r.digits(2)}${d()}${this.r.digits(2)}${this.r.digits(4)}`,
      () => `+44 7${this.r.int(400, 999)} ${this.r.digits(6)}`,
      () => `+49 15${this.r.int(1, 9)} ${this.r.digits(8)}`,
      () => `(${d()}${this.r.digits(1)}${this.r.int(1, 8)}) ${d()}${this.r.int(10, 99)}-${this.r.int(2000, 9999)}`,
    ])();
    return this.p(v.includes('555') ? v.replace('555', '556') : v, 'phone');
  }
  address(): string { return this.p(`${this.r.int(3, 2480)} ${this.r.pick(STREETS)}, ${this.r.pick(CITIES)}`, 'address'); }
  dob(): string { return this.p(`${this.r.int(1952, 2005)}-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`, 'dob'); }
  ssn(): string { return this.p(`${this.r.int(101, 665)}-${this.r.int(10, 99)}-${this.r.int(1001, 9999)}`, 'ssn'); }

  // ---- financial ----
  card(): string {
    const [pre, len] = this.r.pick([['4', 16], ['5' + this.r.int(1, 5), 16], ['2' + this.r.int(221, 720), 16], ['3' + this.r.pick(['4', '7']), 15], ['6011', 16]] as [string, number][]);
    let s = pre + this.r.digits(len - pre.length - 1);
    if (/^4(111|242|000)/.test(s)) s = '4539' + s.slice(4);
    for (let c = 0; c < 10; c++) if (luhn(s + c)) return this.f(s + c, 'card');
    return '';
  }
  iban(): string {
    const [cc, bban] = this.r.pick([
      ['DE', () => this.r.digits(18)], ['GB', () => this.r.pick(['NWBK', 'BARC', 'HBUK', 'MIDL']) + this.r.digits(14)],
      ['FR', () => this.r.digits(10) + this.r.chars(UPPER + DIGITS, 11) + this.r.digits(2)], ['NL', () => this.r.pick(['ABNA', 'INGB', 'RABO']) + this.r.digits(10)],
      ['ES', () => this.r.digits(20)], ['IT', () => this.r.chars(UPPER, 1) + this.r.digits(10) + this.r.digits(12)],
    ] as [string, () => string][]);
    const b = bban();
    const check = 98 - mod97(b + cc + '00');
    return this.f(cc + String(check).padStart(2, '0') + b, 'iban');
  }
  routing(): string {
    const d = (String(this.r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31])).padStart(2, '0') + this.r.digits(6)).split('').map(Number);
    const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
    return this.f(d.join('') + String((10 - (s % 10)) % 10), 'routing');
  }
  account(): string { return this.f(String(this.r.int(1, 9)) + this.r.digits(this.r.int(8, 11)), 'bank-account'); }
  cvc(): string { return this.f(String(this.r.int(100, 999)), 'cvc'); }
  lower(n: number): string { return this.r.chars(LOWER, n); }
}
