import { B62, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { b62crc43, luhn43, mod97 } from './blind-set-43-checks';

/** One planted value: the exact text, what it is, and its group. */
export interface Planted43 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A positive template: `area/template`, and a maker that writes one case's text through a recording context. */
export interface Tpl43 {
  id: string;
  make: (c: Ctx43) => string;
}

/** A negative template: `area/template`, and a maker of one clean text. */
export interface NegTpl43 {
  id: string;
  make: (r: Rng9) => string;
}

const FIRST = ['Maria', 'Jamal', 'Priya', 'Tomasz', 'Aaliyah', 'Diego', 'Mei-Ling', 'Oluwaseun', 'Brianna', 'Nguyen Van', 'Fatima', 'Connor', 'Ximena', 'Dmitri', 'Keisha', 'Rahul', 'Siobhan', 'Mateo', 'Hannah', 'Tyrone', 'Ingrid', 'Kwame', 'Lucía', 'Yusuf', 'Brooke', 'Anh', 'Esperanza', 'Gregory', 'Leilani', 'Marcus', 'Svetlana', 'Desmond', 'Camila', 'Haruto', 'Precious', 'Everett'];
const LAST = ['Gonzalez', 'Washington', 'Raghunathan', 'Kowalczyk', 'Okonkwo', 'Hernández', 'Chen', 'Adeyemi', 'McAllister', 'Tran', 'Al-Rashid', 'Fitzgerald', 'Ramírez', 'Volkov', 'Jefferson', 'Banerjee', "O'Sullivan", 'Castillo', 'Lindqvist', 'Boateng', 'Nakamura', 'Whitfield', 'Delacroix', 'Yazzie', 'Haddad', 'Pham', 'Abernathy', 'Mbeki', 'Szabo', 'Kealoha', 'Dubois', 'Petrosyan', 'Running Bear', 'Vasquez', 'Holloway', 'Ogunleye'];
const STREETS = ['Maple Ave', 'W Lincoln Hwy', 'Cedar Ridge Dr', 'N 14th St', 'Old Mill Rd', 'Pinecrest Ct', 'E Washington Blvd', 'Magnolia Ln', 'Harbor View Ter', 'Sycamore St', 'S Halsted St', 'Prairie Wind Cir', 'Juniper Way', 'Bayou Oaks Dr', 'Kalanianaole Hwy'];
const CITIES: [string, string, string][] = [['Springfield', 'IL', '627'], ['Tacoma', 'WA', '984'], ['Fresno', 'CA', '937'], ['Dayton', 'OH', '454'], ['Albuquerque', 'NM', '871'], ['Savannah', 'GA', '314'], ['Lowell', 'MA', '018'], ['Boise', 'ID', '837'], ['Tulsa', 'OK', '741'], ['Hilo', 'HI', '967'], ['Durham', 'NC', '277'], ['Lansing', 'MI', '489'], ['El Paso', 'TX', '799'], ['Provo', 'UT', '846'], ['Baton Rouge', 'LA', '708']];
const MAILDOMS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'protonmail.com', 'comcast.net', 'student.dpsk12.net', 'my.cuny.edu', 'alumni.gatech.edu', 'mail.ccsd.us'];
const AREA = ['217', '253', '559', '937', '505', '912', '978', '208', '918', '808', '919', '517', '915', '801', '225', '312', '646', '713', '404', '602'];

const b64lines = (b: Buffer) => b.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');

/** A recording context: every helper that makes a value also plants it. */
export class Ctx43 {
  readonly values: Planted43[] = [];
  constructor(readonly r: Rng9) {}

  /** Plants `value` as `kind` in `group` and returns it. */
  v(kind: string, group: Planted43['group'], value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }
  cred(kind: string, value: string): string {
    return this.v(kind, 'credential', value);
  }
  pii(kind: string, value: string): string {
    return this.v(kind, 'personal', value);
  }
  fin(kind: string, value: string): string {
    return this.v(kind, 'financial', value);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  // ---- raw (unplanted) pieces ----
  first(): string {
    return this.r.pick(FIRST);
  }
  last(): string {
    return this.r.pick(LAST);
  }
  fullName(): string {
    return `${this.first()} ${this.last()}`;
  }
  rawEmail(name = this.fullName()): string {
    const [f, l] = [name.split(' ')[0]!, name.split(' ').slice(-1)[0]!].map((s) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase());
    const local = this.r.pick([`${f}.${l}`, `${f![0]}${l}${this.r.int(1, 99)}`, `${l}${f}`, `${f}_${l}${this.r.int(70, 2009)}`]);
    return `${local}@${this.r.pick(MAILDOMS)}`;
  }
  rawPhone(style = this.r.int(0, 4)): string {
    const a = this.r.pick(AREA);
    const x = `${this.r.int(2, 9)}${this.r.digits(2)}`.replace(/^(\d)55$/, '$146');
    const n = this.r.digits(4);
    return [`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `+1 ${a} ${x} ${n}`, `${a}.${x}.${n}`, `+1${a}${x}${n}`][style]!;
  }
  rawSsn(dash = true): string {
    let area = this.r.int(1, 899);
    if (area === 666) area = 667;
    const s = `${String(area).padStart(3, '0')}${String(this.r.int(1, 99)).padStart(2, '0')}${String(this.r.int(1, 9999)).padStart(4, '0')}`;
    return dash ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
  }
  rawRouting(): string {
    const pre = this.r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '31', '32']);
    const d = (pre + this.r.digits(6)).split('').map(Number);
    const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
    return d.join('') + String((10 - (s % 10)) % 10);
  }

  // ---- personal ----
  name(): string {
    return this.pii('person_name', this.fullName());
  }
  email(name?: string): string {
    return this.pii('email', this.rawEmail(name));
  }
  phone(style?: number): string {
    return this.pii('phone', this.rawPhone(style));
  }
  street(): string {
    return `${this.r.int(12, 9870)} ${this.r.pick(STREETS)}${this.r.next() < 0.3 ? ` Apt ${this.r.int(2, 40)}${this.r.pick(['', 'B', 'C'])}` : ''}`;
  }
  /** A full one-line postal address. */
  address(): string {
    const [city, st, zip] = this.r.pick(CITIES);
    return this.pii('street_address', `${this.street()}, ${city}, ${st} ${zip}${this.r.digits(2)}`);
  }
  /** Street line only (city/state/zip go in separate fields). */
  streetOnly(): string {
    return this.pii('street_address', this.street());
  }
  city(): [string, string, string] {
    const [city, st, zip] = this.r.pick(CITIES);
    return [city, st, `${zip}${this.r.digits(2)}`];
  }
  dob(fmt = this.r.int(0, 3)): string {
    const y = this.r.int(1948, 2011);
    const m = this.r.int(1, 12);
    const d = this.r.int(1, 28);
    const p = (n: number) => String(n).padStart(2, '0');
    return this.pii('date_of_birth', [`${y}-${p(m)}-${p(d)}`, `${p(m)}/${p(d)}/${y}`, `${y}${p(m)}${p(d)}`, `${p(d)}.${p(m)}.${y}`][fmt]!);
  }
  ssn(dash = true): string {
    return this.pii('us_ssn', this.rawSsn(dash));
  }
  passport(): string {
    return this.pii('passport_number', this.r.next() < 0.5 ? this.r.digits(1).replace('0', '5') + this.r.digits(8) : this.r.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'N', 'P', 'Z']) + this.r.digits(8));
  }
  driverLicense(): [string, string] {
    const st = this.r.pick(['CA', 'TX', 'FL', 'NY', 'IL', 'WA', 'OH', 'PA']);
    const u = () => this.r.chars(UPPER, 1);
    const n = {
      CA: () => u() + this.r.digits(7),
      TX: () => String(this.r.int(1, 4)) + this.r.digits(7),
      FL: () => u() + this.r.digits(12),
      NY: () => this.r.digits(9).replace(/^0/, '7'),
      IL: () => u() + this.r.digits(11),
      WA: () => 'WDL' + this.r.chars(UPPER + DIGITS, 9),
      OH: () => this.r.chars(UPPER, 2) + this.r.digits(6),
      PA: () => this.r.digits(8).replace(/^0/, '2'),
    }[st]!();
    return [st, this.pii('driver_license', n)];
  }
  geo(): string {
    const lat = (this.r.int(25, 47) + this.r.next()).toFixed(6);
    const lon = (-this.r.int(71, 122) - this.r.next()).toFixed(6);
    return this.pii('geo_coordinates', `${lat},${lon}`);
  }
  ip(): string {
    for (;;) {
      const a = this.r.int(12, 223);
      const b = this.r.int(0, 255);
      if ([100, 127, 169, 172, 192, 198, 203].includes(a) || a === 10) continue;
      return this.pii('ip_address', `${a}.${b}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`);
    }
  }
  ipv6(): string {
    const g = () => this.r.hex(4).replace(/^0+(?=.)/, '');
    return this.pii('ip_address', `${this.r.pick(['2601', '2600', '2603', '2a02', '2607'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`);
  }
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const A = L + DIGITS;
    const r = this.r;
    return this.pii('medicare_mbi', `${r.int(1, 9)}${r.chars(L, 1)}${r.chars(A, 1)}${r.digits(1)}${r.chars(L, 1)}${r.chars(A, 1)}${r.digits(1)}${r.chars(L, 2)}${r.digits(2)}`);
  }
  sin(): string {
    for (;;) {
      const s = String(this.r.int(1, 7)) + this.r.digits(8);
      if (luhn43(s)) return this.pii('ca_sin', `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`);
    }
  }

  // ---- financial ----
  card(brand = this.r.pick(['visa', 'mc', 'amex', 'disc', 'visa'] as const), sep = ''): string {
    const pre = { visa: '4' + this.r.digits(5), mc: String(this.r.int(51, 55)) + this.r.digits(4), amex: this.r.pick(['34', '37']) + this.r.digits(4), disc: '6011' + this.r.digits(2) }[brand];
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + this.r.digits(len - 7);
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) d *= 2;
      sum += d > 9 ? d - 9 : d;
    }
    const full = body + String((10 - (sum % 10)) % 10);
    const out = sep ? (len === 15 ? `${full.slice(0, 4)}${sep}${full.slice(4, 10)}${sep}${full.slice(10)}` : full.replace(/(\d{4})(?=\d)/g, `$1${sep}`)) : full;
    return this.fin('card_number', out);
  }
  ebt(): string {
    for (;;) {
      const s = '5077' + this.r.digits(15);
      if (luhn43(s)) return this.fin('card_number', s);
    }
  }
  iban(cc = this.r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE', 'BE', 'IT'])): string {
    const r = this.r;
    const bban = { DE: () => r.digits(18), GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14), FR: () => r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2), NL: () => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10), ES: () => r.digits(20), IE: () => r.pick(['AIBK', 'BOFI']) + r.digits(14), BE: () => r.digits(12), IT: () => r.chars(UPPER, 1) + r.digits(10) + r.chars(UPPER + DIGITS, 12) }[cc]!();
    const check = 98 - mod97(bban + cc + '00');
    return this.fin('iban', cc + String(check).padStart(2, '0') + bban);
  }
  routing(): string {
    return this.fin('aba_routing', this.rawRouting());
  }
  account(): string {
    return this.fin('bank_account', this.r.digits(this.r.int(9, 12)).replace(/^0/, '4'));
  }
  ein(): string {
    const pre = this.r.pick(['27', '46', '81', '82', '84', '85', '86', '87', '88', '20', '26', '45', '47', '36', '13', '95', '61', '52']);
    return this.fin('us_ein', `${pre}-${this.r.digits(7)}`);
  }
  itin(): string {
    return this.fin('us_itin', `9${this.r.digits(2)}-${this.r.pick(['70', '71', '75', '78', '80', '83', '88', '90', '92', '94', '97'])}-${this.r.digits(4)}`);
  }

  // ---- credentials ----
  pw(n = this.r.int(12, 20)): string {
    return this.cred('password', this.r.password(n));
  }
  urlPw(n = this.r.int(12, 20)): string {
    return this.cred('password', this.r.urlPassword(n));
  }
  /** A passphrase-like password with a space or ; & # in it. */
  oddPw(): string {
    const r = this.r;
    return this.cred('password', `${r.chars(UPPER, 1)}${r.chars(LOWER, 5)}${r.pick([' ', ';', '&', '#', ' & '])}${r.chars(LOWER, 4)}${r.digits(3)}${r.pick(['!', '$', '%', '?'])}${r.chars(UPPER + LOWER, 3)}`);
  }
  hex(kind: string, n: number, upper = false): string {
    const h = this.r.hex(n);
    return this.cred(kind, upper ? h.toUpperCase() : h);
  }
  b62(kind: string, n: number, prefix = ''): string {
    return this.cred(kind, prefix + this.r.b62(n));
  }
  b64url(kind: string, n: number, prefix = ''): string {
    return this.cred(kind, prefix + this.r.chars(B64URL, n));
  }
  uuidSecret(kind: string): string {
    return this.cred(kind, this.r.uuid());
  }
  githubToken(prefix = 'ghp_'): string {
    const body = this.r.b62(30);
    return this.cred('github_token', prefix + body + b62crc43(body));
  }
  awsKeyId(pre = 'AKIA'): string {
    return this.cred('aws_access_key_id', pre + this.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
  }
  awsSecret(): string {
    return this.cred('aws_secret_access_key', this.r.chars(B62 + '+/', 40));
  }
  azureKey(): string {
    return this.cred('azure_storage_key', this.r.b64(64));
  }
  googleApiKey(): string {
    return this.cred('google_api_key', 'AIza' + this.r.chars(B64URL, 35));
  }
  googleSecret(): string {
    return this.cred('google_oauth_client_secret', 'GOCSPX-' + this.r.chars(B64URL, 28));
  }
  googleRefresh(): string {
    return this.cred('google_refresh_token', '1//0' + this.r.chars(B64URL, 99));
  }
  googleAccess(): string {
    return this.cred('google_access_token', 'ya29.' + this.r.chars(B64URL, 160));
  }
  msSecret(): string {
    return this.cred('azure_ad_client_secret', this.r.b62(3) + this.r.int(7, 8) + 'Q~' + this.r.chars(B62 + '~_.-', 34));
  }
  slackWebhook(): string {
    return this.cred('slack_webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`);
  }
  teamsWebhook(tenant: string): string {
    const r = this.r;
    return this.cred('teams_webhook', `https://${tenant}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.chars(B64URL, 43)}`);
  }
  stripeSecret(kind: 'sk' | 'rk' = 'sk'): string {
    return this.cred('stripe_secret_key', `${kind}_live_51${this.r.b62(this.r.pick([22, 97]))}`);
  }
  stripeWhsec(): string {
    return this.cred('stripe_webhook_secret', 'whsec_' + this.r.b62(32));
  }
  sendgrid(): string {
    return this.cred('sendgrid_api_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  twilioToken(): string {
    return this.cred('twilio_auth_token', this.r.hex(32));
  }
  slackToken(pre = 'xoxb'): string {
    return this.cred('slack_token', `${pre}-${this.r.digits(12).replace(/^0/, '3')}-${this.r.digits(13).replace(/^0/, '5')}-${this.r.b62(24)}`);
  }
  jwt(claims: Record<string, unknown>, alg: 'HS256' | 'RS256' = 'RS256', kind = 'jwt'): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: this.r.hex(16) } : {}) })).toString('base64url');
    const now = 1790000000 + this.r.int(0, 9000000);
    const p = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + 3600, jti: this.r.uuid() })).toString('base64url');
    return this.cred(kind, `${h}.${p}.${this.r.b64url(alg === 'RS256' ? 256 : 32)}`);
  }
  /** A PEM private key; `escaped` writes newlines as `\n` (JSON strings). */
  pem(type: 'rsa' | 'ec' | 'pkcs8' = 'pkcs8', escaped = false): string {
    let der: Buffer;
    let label: string;
    if (type === 'ec') {
      label = 'EC PRIVATE KEY';
      der = Buffer.concat([Buffer.from('30770201010420', 'hex'), this.r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'), this.r.bytes(64)]);
    } else if (type === 'rsa') {
      label = 'RSA PRIVATE KEY';
      der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), this.r.bytes(1180)]);
    } else {
      label = 'PRIVATE KEY';
      der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), this.r.bytes(1180)]);
    }
    const pem = `-----BEGIN ${label}-----\n${b64lines(der)}\n-----END ${label}-----`;
    return this.cred('private_key', escaped ? pem.replace(/\n/g, '\\n') : pem);
  }
}

export { B62, B64URL, DIGITS, HEX, LOWER, UPPER, Rng9 };
