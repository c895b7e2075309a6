import { B62, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** One planted value of a positive case. */
export interface Planted48 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Amelia', 'Rahul', 'Sofia', 'Mateo', 'Yuki', 'Chioma', 'Lars', 'Fatima', 'Gregory', 'Ingrid', 'Tomasz', 'Priya', 'Olumide', 'Camille', 'Diego', 'Hannah', 'Kwame', 'Mei-Ling', 'Siobhan', 'Rafael', 'Elif', 'Anders', 'Nadia', 'Jonathan', 'Beatriz', 'Hiroshi', 'Aisling', 'Marcus', 'Zanele', 'Victor'];
const LAST = ['Okonkwo', 'Fitzgerald', 'Nakamura', 'Hernandez', 'Lindqvist', 'Kowalczyk', 'Rahman', 'Delacroix', 'Castellano', 'Brennan', 'Abernathy', 'Sørensen', 'Mukherjee', 'Van der Berg', 'Oyelaran', 'Papadopoulos', 'MacLeod', 'Whitfield', 'Yilmaz', 'Ferreira', 'Haugen', 'Goldstein', 'Takahashi', 'Moreau', 'Iyer', 'Kaczmarek', 'Delgado', 'Thornbury', 'Achterberg', 'Quiroga'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.fr', 'web.de', 'protonmail.com', 'gmx.net', 'live.com', 'me.com'];
const STREETS: readonly [string, string, string, string][] = [
  ['Maple Avenue', 'Denver', 'CO', 'US'], ['W Belmont Ave', 'Chicago', 'IL', 'US'], ['Hollis Street', 'Oakland', 'CA', 'US'], ['NE 45th St', 'Seattle', 'WA', 'US'],
  ['Brunswick Road', 'Bristol', '', 'GB'], ['Camden High Street', 'London', '', 'GB'], ['Kastanienallee', 'Berlin', '', 'DE'], ['Rue de la Roquette', 'Paris', '', 'FR'],
  ['Calle de Alcalá', 'Madrid', '', 'ES'], ['Prinsengracht', 'Amsterdam', '', 'NL'], ['Via Tortona', 'Milano', '', 'IT'], ['King Street West', 'Toronto', 'ON', 'CA'],
];
const PUB_IP_FIRST = [24, 31, 46, 66, 71, 73, 77, 81, 86, 91, 98, 104, 109, 151, 174, 185, 188, 201, 212, 217];
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The Luhn check digit for a string of digits. */
export function luhnDigit(body: string): string {
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

/** mod 97 of an IBAN's rearranged digits. */
export function ibanMod(rearranged: string): number {
  let rem = 0;
  for (const ch of rearranged) {
    const s = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of s) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** Draws the values of one case and records the ones it plants. */
export class Ctx48 {
  readonly r: Rng9;
  readonly values: Planted48[] = [];
  private first = '';
  private last = '';

  constructor(seed: number) {
    this.r = new Rng9(seed);
    this.person();
  }

  put(kind: string, group: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }
  cred(kind: string, value: string): string {
    return this.put(kind, 'credential', value);
  }
  pers(kind: string, value: string): string {
    return this.put(kind, 'personal', value);
  }
  fin(kind: string, value: string): string {
    return this.put(kind, 'financial', value);
  }

  // ---- people -------------------------------------------------------------
  /** Draws a new current person (not planted). */
  person(): void {
    this.first = this.r.pick(FIRST);
    this.last = this.r.pick(LAST);
  }
  get firstName(): string {
    return this.first;
  }
  get lastName(): string {
    return this.last;
  }
  given(): string {
    return this.pers('person-name', this.first);
  }
  surname(): string {
    return this.pers('person-name', this.last);
  }
  /** The current person's name, planted; `style` picks the layout. */
  name(style: 'full' | 'gds' | 'lastfirst' | 'upper' = 'full'): string {
    const l = this.last;
    const v = style === 'gds' ? `${l.toUpperCase().replace(/[^A-Z]/g, '')}/${this.first.toUpperCase().replace(/[^A-Z]/g, '')}` : style === 'lastfirst' ? `${l}, ${this.first}` : style === 'upper' ? `${this.first} ${l}`.toUpperCase() : `${this.first} ${l}`;
    return this.pers('person-name', v);
  }
  email(): string {
    const f = this.first.toLowerCase().replace(/[^a-z]/g, '');
    const l = this.last.toLowerCase().replace(/[^a-z]/g, '');
    const local = this.r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${this.r.int(1, 99)}`, `${l}.${f}`, `${f}_${l[0]}`]);
    return this.pers('email', `${local}@${this.r.pick(MAIL)}`);
  }
  phone(): string {
    const r = this.r;
    const v = r.pick([
      () => `+1 ${r.pick(['312', '415', '646', '720', '206', '617'])}-${r.int(201, 989)}-${r.digits(4)}`,
      () => `(${r.pick(['303', '213', '404', '512'])}) ${r.int(201, 989)}-${r.digits(4)}`,
      () => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
      () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      () => `+31 6 ${r.digits(8)}`,
      () => `+91 9${r.digits(4)} ${r.digits(5)}`,
      () => `+1${r.pick(['416', '604', '312', '917'])}${r.int(201, 989)}${r.digits(4)}`,
    ])();
    return this.pers('phone', v);
  }
  address(): string {
    const r = this.r;
    const [st, city, state, cc] = r.pick(STREETS);
    const no = r.int(3, 2890);
    const v =
      cc === 'US' ? `${no} ${st}${r.next() < 0.4 ? `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}` : ''}, ${city}, ${state} ${r.int(10001, 98199)}`
      : cc === 'GB' ? `${r.int(1, 220)} ${st}, ${city} ${r.pick(['BS6', 'NW1', 'BS8', 'N1'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`
      : cc === 'CA' ? `${no} ${st}, ${city}, ${state} M5V ${r.int(1, 9)}${r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)}${r.int(1, 9)}`
      : cc === 'FR' ? `${r.int(1, 190)} ${st}, 750${pad(r.int(1, 20))} ${city}`
      : `${st} ${r.int(1, 190)}, ${r.digits(1)}${r.int(1000, 9999)} ${city}`;
    return this.pers('address', v);
  }
  dob(style: 'iso' | 'gds' | 'us' = 'iso'): string {
    const y = this.r.int(1948, 2004);
    const m = this.r.int(1, 12);
    const d = this.r.int(1, 28);
    const v = style === 'gds' ? `${pad(d)}${MON[m - 1]}${pad(y % 100)}` : style === 'us' ? `${pad(m)}/${pad(d)}/${y}` : `${y}-${pad(m)}-${pad(d)}`;
    return this.pers('date-of-birth', v);
  }
  passport(): string {
    const r = this.r;
    const v = r.pick([() => r.int(5, 6) + r.digits(8), () => `${r.pick(['A', 'C', 'X'])}${r.digits(8)}`, () => r.chars('CFGHJKLMNPRTVWXYZ', 1) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8), () => `${r.digits(2)}${r.chars(UPPER, 2)}${r.digits(5)}`, () => `${r.chars('JKLMNPRSTUVZ', 1)}${r.digits(7)}`])();
    return this.pers('passport-number', v);
  }
  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return this.pers('ssn', `${pad(a, 3)}-${pad(this.r.int(1, 99))}-${pad(this.r.int(1, 9999), 4)}`);
  }
  nino(): string {
    const L1 = 'ABCEGHJKLMNOPRSTWXYZ';
    const L2 = 'ABCEGHJKLMNPRSTWXYZ';
    let p = '';
    do p = this.r.chars(L1, 1) + this.r.chars(L2, 1);
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
    return this.pers('uk-nino', `${p}${this.r.digits(6)}${this.r.chars('ABCD', 1)}`);
  }
  dni(): string {
    const n = this.r.int(10000000, 99999999);
    return this.pers('es-dni', `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`);
  }
  driverLicense(): string {
    const r = this.r;
    return this.pers('drivers-license', r.pick([() => `${r.chars(UPPER, 1)}${r.digits(7)}`, () => `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`, () => r.digits(9), () => `${this.last.toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5)}${r.digits(6)}${this.first[0]!.toUpperCase()}${r.chars(UPPER, 1)}9${r.digits(1)}${r.chars(UPPER, 2)}`])());
  }
  ktn(): string {
    return this.pers('known-traveler-number', this.r.pick(['TT', '98', '15']) + this.r.digits(7));
  }
  ip(): string {
    const r = this.r;
    return this.pers('ip-address', r.next() < 0.8 ? `${r.pick(PUB_IP_FIRST)}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}` : `2a02:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}`);
  }
  geo(): string {
    const lat = (this.r.int(-4000, 6000) / 100 + this.r.next() / 100).toFixed(6);
    const lon = (this.r.int(-12000, 14000) / 100 + this.r.next() / 100).toFixed(6);
    return this.pers('geolocation', `${lat},${lon}`);
  }
  loyalty(kind: 'ff' | 'hotel'): string {
    return this.pers('loyalty-number', kind === 'ff' ? this.r.digits(this.r.pick([9, 10, 11])) : this.r.pick(['', 'MB']) + this.r.digits(9));
  }

  // ---- financial ----------------------------------------------------------
  cardRaw(brand?: 'visa' | 'mc' | 'amex' | 'disc' | 'jcb'): string {
    const r = this.r;
    const b = brand ?? r.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc', 'jcb'] as const);
    const pre = b === 'visa' ? '4' : b === 'mc' ? r.pick(['51', '53', '55', String(r.int(2221, 2720))]) : b === 'amex' ? r.pick(['34', '37']) : b === 'disc' ? '6011' : String(r.int(3528, 3589));
    const len = b === 'amex' ? 15 : 16;
    const body = pre + r.digits(len - 1 - pre.length);
    return body + luhnDigit(body);
  }
  card(layout: 'plain' | 'spaced' | 'dashed' = 'plain', brand?: 'visa' | 'mc' | 'amex' | 'disc' | 'jcb'): string {
    const n = this.cardRaw(brand);
    const sep = layout === 'spaced' ? ' ' : '-';
    const v = layout === 'plain' ? n : n.length === 15 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.match(/.{4}/g)!.join(sep);
    return this.fin('card-number', v);
  }
  cvv(n = 3): string {
    return this.fin('card-cvv', this.r.int(n === 3 ? 100 : 1000, n === 3 ? 999 : 9999).toString());
  }
  iban(cc?: string): string {
    const r = this.r;
    const c = cc ?? r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'CH', 'IE', 'AT']);
    const bban =
      c === 'DE' ? r.digits(18) : c === 'GB' ? r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14) : c === 'FR' ? r.digits(23) : c === 'NL' ? r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10)
      : c === 'ES' ? r.digits(20) : c === 'IT' ? r.chars(UPPER, 1) + r.digits(10) + r.digits(12) : c === 'CH' ? r.digits(17) : c === 'IE' ? r.pick(['AIBK', 'BOFI']) + r.digits(14) : r.digits(16);
    const check = pad(98 - ibanMod(`${bban}${c}00`));
    const raw = `${c}${check}${bban}`;
    return this.fin('iban', r.next() < 0.4 ? raw.match(/.{1,4}/g)!.join(' ') : raw);
  }
  routing(): string {
    const r = this.r;
    const d = pad(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])) + r.digits(6);
    const n = d.split('').map(Number);
    const s = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]!);
    return this.fin('aba-routing', d + String((10 - (s % 10)) % 10));
  }
  account(): string {
    return this.fin('bank-account', this.r.digits(this.r.int(9, 12)));
  }
  ukSortAccount(): [string, string] {
    const r = this.r;
    return [this.fin('uk-sort-code', `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`), this.fin('bank-account', String(r.int(10000000, 99999999)))];
  }
  ein(): string {
    return this.fin('us-ein', `${this.r.pick(['12', '20', '27', '33', '46', '59', '84', '94'])}-${this.r.digits(7)}`);
  }
  pan(): string {
    return this.fin('in-pan', `${this.r.chars(UPPER, 3)}P${this.last.toUpperCase().replace(/[^A-Z]/g, '')[0]}${this.r.digits(4)}${this.r.chars(UPPER, 1)}`);
  }

  // ---- credentials --------------------------------------------------------
  pw(n?: number): string {
    return this.cred('password', this.r.password(n ?? this.r.int(12, 20)));
  }
  urlPw(): string {
    return this.cred('password', this.r.urlPassword(this.r.int(12, 20)));
  }
  stripe(kind: 'sk' | 'rk' | 'whsec' = 'sk'): string {
    if (kind === 'whsec') return this.cred('stripe-webhook-secret', `whsec_${this.r.b62(32)}`);
    return this.cred('stripe-key', `${kind}_live_${this.r.b62(this.r.pick([24, 99]))}`);
  }
  adyen(): string {
    return this.cred('adyen-api-key', `AQE${this.r.b62(3)}mfx${this.r.b64(54)}-${this.r.b64(32)}-${this.r.chars(B62 + '<>;{}[]=,.', 16)}`);
  }
  braintree(): string {
    return this.cred('braintree-token', `access_token$production$${this.r.chars(LOWER + DIGITS, 16)}$${this.r.hex(32)}`);
  }
  awsId(): string {
    return this.cred('aws-access-key-id', `AKIA${this.r.chars(UPPER + '234567', 16)}`);
  }
  awsSecret(): string {
    return this.cred('aws-secret-key', this.r.chars(B62 + '+/', 40));
  }
  twilio(): string {
    return this.cred('twilio-auth-token', this.r.hex(32));
  }
  sendgrid(): string {
    return this.cred('sendgrid-key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  slackHook(): string {
    return this.cred('slack-webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 8)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`);
  }
  github(): string {
    return this.cred('github-token', `ghp_${this.r.b62(36)}`);
  }
  hex(kind: string, n = 32): string {
    return this.cred(kind, this.r.hex(n));
  }
  alnum(kind: string, n = 32): string {
    return this.cred(kind, this.r.b62(n));
  }
  azure(): string {
    return this.cred('azure-client-secret', `${this.r.b62(3)}8Q~${this.r.chars(B62 + '_~.-', 34)}`);
  }
  google(): string {
    return this.cred('google-api-key', `AIza${this.r.chars(B64URL, 35)}`);
  }
  duffel(): string {
    return this.cred('duffel-token', `duffel_live_${this.r.chars(B64URL, 43)}`);
  }
  sabre(): string {
    return this.cred('sabre-session-token', `T1RLAQ${this.r.chars(B62 + '+/', 6)}${this.r.b64(150).replace(/=+$/, '')}`);
  }
  mews(): string {
    return this.cred('mews-token', `${this.r.hex(32).toUpperCase()}-${this.r.hex(31).toUpperCase()}`);
  }
  square(): string {
    return this.cred('square-token', `EAAA${this.r.chars(B64URL, 60)}`);
  }
  paypal(): string {
    return this.cred('paypal-client-secret', `E${this.r.chars(B64URL, 79)}`);
  }
  checkout(): string {
    return this.cred('checkout-secret-key', `sk_${this.r.chars(LOWER + DIGITS, 26)}`);
  }
  mailgun(): string {
    return this.cred('mailgun-key', `key-${this.r.hex(32)}`);
  }
  basic(user: string): string {
    return this.cred('basic-auth', Buffer.from(`${user}:${this.r.password(14)}`).toString('base64'));
  }
  jwt(claims: Record<string, unknown>, alg = 'RS256'): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', kid: this.r.hex(8) })).toString('base64url');
    const now = 1780000000 + this.r.int(0, 9000000);
    const p = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + 3600, jti: this.r.uuid() })).toString('base64url');
    return this.cred('jwt', `${h}.${p}.${this.r.b64url(alg.startsWith('HS') ? 32 : 256)}`);
  }
  pem(label = 'RSA PRIVATE KEY'): string {
    const body = this.r.b64(this.r.pick([600, 900])).match(/.{1,64}/g)!.join('\n');
    return this.cred('private-key', `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`);
  }
  opaque(kind: string, n = 40): string {
    return this.cred(kind, this.r.chars(B62 + '-_', n));
  }

  // ---- non-planted helpers --------------------------------------------------
  pnr(): string {
    return this.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
  }
  ts(): string {
    return `2026-${pad(this.r.int(1, 12))}-${pad(this.r.int(1, 28))}T${pad(this.r.int(0, 23))}:${pad(this.r.int(0, 59))}:${pad(this.r.int(0, 59))}.${this.r.digits(3)}Z`;
  }
  day(): string {
    return `2026-${pad(this.r.int(1, 12))}-${pad(this.r.int(1, 28))}`;
  }
  hotelCode(): string {
    return this.r.pick(['HYATT', 'MCLON', 'NYCMQ', 'BERHI', 'PARSA', 'LAXWE', 'AMSDT', 'MADGR']) + this.r.int(10, 99);
  }
  flight(): string {
    return `${this.r.pick(['BA', 'LH', 'AA', 'UA', 'DL', 'AF', 'KL', 'IB', 'EK', 'QF', 'AC', 'TK'])}${this.r.int(10, 2999)}`;
  }
  airport(): string {
    return this.r.pick(['LHR', 'JFK', 'FRA', 'CDG', 'AMS', 'MAD', 'ORD', 'SFO', 'DXB', 'SIN', 'YYZ', 'BCN', 'MUC', 'SEA', 'DEN', 'IST']);
  }
  amount(): string {
    return `${this.r.int(49, 2890)}.${this.r.digits(2)}`;
  }
  exp(): string {
    return `${pad(this.r.int(1, 12))}/${this.r.int(27, 31)}`;
  }
  last4(): string {
    return this.r.digits(4);
  }
}
