import { B62, B64, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { abaDigit50, EIN_PREFIX_LIST50, luhnDigit50, mod97_50, nhsDigit50 } from './blind-set-50-format';

/** One planted value. */
export interface V50 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Maria', 'James', 'Aaliyah', 'Wei', 'Priya', 'Mateo', 'Olga', 'DeShawn', 'Fatima', 'Connor', 'Yuki', 'Siobhan', 'Tomasz', 'Lucía', 'Kwame', 'Hannah', 'Rajesh', 'Brianna', 'Nguyen', 'Elena', 'Marcus', 'Ingrid', 'Omar', 'Camila', 'Dmitri', 'Grace', 'Tariq', 'Leilani', 'Patrick', 'Zanele', 'Harold', 'Beatriz', 'Kenji', 'Ruth', 'Alejandro', 'Amara', 'Gregory', 'Svetlana', 'Darnell', 'Noor'];
const LAST = ['Hernandez', 'Okafor', 'Kowalski', 'Nakamura', 'Patel', 'Fitzgerald', 'Abernathy', 'Lindqvist', 'Mahmoud', 'Castellanos', 'Washington', 'Thibodeaux', 'Oyelaran', 'Brennan', 'Ivanova', 'Rosenberg', 'Delacroix', 'Chowdhury', 'McAllister', 'Yamamoto', 'Szymanski', 'Achterberg', 'Villanueva', 'Greenfield', 'Haddad', 'Pellegrini', 'Kaczmarek', 'Obuya', 'Sorensen', 'Whitlock', 'Trujillo', 'Vance', 'Bergström', 'Adeyemi', 'Montgomery', 'Esposito', 'Nwosu', 'Halvorsen', 'Quintero', 'Barrington'];
const STREETS = ['Maple', 'Oakridge', 'Sycamore', 'Willow Creek', 'Harbor View', 'Juniper', 'Chestnut', 'Lakeshore', 'Old Mill', 'Briarwood', 'Magnolia', 'Kensington', 'Ridgecrest', 'Cedar Hollow', 'Foxglove', 'Pinecrest'];
const SUFFIX = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Pl', 'Terrace'];
const CITIES: [string, string, string, string][] = [
  ['Columbus', 'OH', '432', '614'], ['Austin', 'TX', '787', '512'], ['Portland', 'OR', '972', '503'], ['Raleigh', 'NC', '276', '919'],
  ['Denver', 'CO', '802', '720'], ['Tampa', 'FL', '336', '813'], ['Minneapolis', 'MN', '554', '612'], ['Sacramento', 'CA', '958', '916'],
  ['Nashville', 'TN', '372', '615'], ['Albany', 'NY', '122', '518'], ['Madison', 'WI', '537', '608'], ['Phoenix', 'AZ', '850', '602'],
  ['Worcester', 'MA', '016', '508'], ['Boise', 'ID', '837', '208'], ['Richmond', 'VA', '232', '804'], ['Tulsa', 'OK', '741', '918'],
];
const IP_FIRST = [24, 47, 50, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 142, 173, 174, 184, 206];
export const CLINICS = ['Riverbend Family Medicine', 'Northgate Pediatrics', 'Summit Orthopedic Partners', 'Lakeside Dermatology', 'Harborview Urgent Care', 'Cedar Valley Women\u2019s Health', 'Pinecrest Behavioral Health', 'Bluewater Dental Group', 'Meadowlark Cardiology', 'Copperfield Internal Medicine'];
export const PHARMACIES = ['Walgreens #07734', 'CVS Pharmacy #2291', 'Rite Aid #10452', 'Kroger Pharmacy 618', 'Costco Pharmacy #1103', 'Hy-Vee Pharmacy 1442', 'Meijer Pharmacy 207', 'Publix Pharmacy 0883'];
export const DRUGS = ['atorvastatin 20 mg tablet', 'lisinopril 10 mg tablet', 'metformin ER 500 mg', 'sertraline 50 mg tablet', 'amoxicillin 500 mg capsule', 'levothyroxine 75 mcg', 'albuterol HFA 90 mcg/act', 'semaglutide 0.5 mg/0.375 mL pen', 'gabapentin 300 mg capsule', 'montelukast 10 mg tablet', 'escitalopram 10 mg', 'amlodipine 5 mg'];

/** The generator context of one case: a seeded stream, the values planted so far and value generators. */
export class Ctx50 {
  readonly vals: V50[] = [];

  constructor(readonly r: Rng9) {}

  private add(group: string, kind: string, value: string): string {
    if (!this.vals.some((v) => v.value === value && v.kind === kind)) this.vals.push({ value, kind, group });
    return value;
  }
  /** Plants a credential. */
  cr(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }
  /** Plants personal data. */
  pe(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }
  /** Plants financial data. */
  fi(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  b62(n: number): string {
    return this.r.b62(n);
  }
  dig(n: number): string {
    return this.r.digits(n);
  }
  chars(a: string, n: number): string {
    return this.r.chars(a, n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  upAlnum(n: number): string {
    return this.r.chars(UPPER + DIGITS, n);
  }
  b64urlChars(n: number): string {
    return this.r.chars(B64URL, n);
  }
  pad(n: number, w: number): string {
    return String(n).padStart(w, '0');
  }
  /** An ISO timestamp in 2024-2025. */
  ts(ms = true): string {
    const d = new Date(Date.UTC(2024, 0, 1) + this.int(0, 600) * 86400000 + this.int(0, 86399) * 1000 + this.int(0, 999));
    return ms ? d.toISOString() : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  epoch(): number {
    return 1704067200 + this.int(0, 50000000);
  }

  // ---- personal (raw: not planted) ----
  first(): string {
    return this.pick(FIRST);
  }
  last(): string {
    return this.pick(LAST);
  }
  person(): { f: string; l: string; full: string } {
    const f = this.first();
    const l = this.last();
    return { f, l, full: `${f} ${l}` };
  }
  email(f: string, l: string): string {
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${this.int(1, 99)}`, `${l}.${f}${this.int(60, 99)}`, `${f}_${l}`]).toLowerCase().normalize('NFD').replace(/[^a-z0-9._]/g, '');
    return `${local}@${this.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'comcast.net', 'protonmail.com', 'aol.com'])}`;
  }
  private nxx(): string {
    let s = '';
    do s = `${this.int(2, 9)}${this.dig(2)}`;
    while (s === '555' || s.endsWith('11'));
    return s;
  }
  city(): [string, string, string, string] {
    return this.pick(CITIES);
  }
  phone(fmt = this.int(0, 4), area = this.city()[3]): string {
    const x = this.nxx();
    const l = this.dig(4);
    return [`(${area}) ${x}-${l}`, `${area}-${x}-${l}`, `+1${area}${x}${l}`, `${area}.${x}.${l}`, `+1 ${area} ${x} ${l}`][fmt]!;
  }
  ukMobile(): string {
    return `+44 7${this.int(400, 999)} ${this.dig(6)}`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(STREETS)} ${this.pick(SUFFIX)}${this.r.next() < 0.3 ? ` Apt ${this.int(1, 40)}${this.pick(['', 'B', 'C'])}` : ''}`;
  }
  address(): { street: string; city: string; st: string; zip: string; full: string } {
    const [city, st, z] = this.city();
    const street = this.street();
    const zip = z + this.dig(2);
    return { street, city, st, zip, full: `${street}, ${city}, ${st} ${zip}` };
  }
  dobParts(): [number, number, number] {
    return [this.int(1938, 2016), this.int(1, 12), this.int(1, 28)];
  }
  /** A date of birth: 0 ISO, 1 US, 2 HL7 compact. */
  dob(fmt = 0): string {
    const [y, m, d] = this.dobParts();
    const mm = this.pad(m, 2);
    const dd = this.pad(d, 2);
    return [`${y}-${mm}-${dd}`, `${mm}/${dd}/${y}`, `${y}${mm}${dd}`][fmt]!;
  }
  ssn(dashed = true): string {
    let a = 0;
    do a = this.int(1, 899);
    while (a === 666);
    const s = `${this.pad(a, 3)}${this.pad(this.int(1, 99), 2)}${this.pad(this.int(1, 9999), 4)}`;
    return dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
  }
  nino(spaced = false): string {
    const p1 = this.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
    let p2 = '';
    do p2 = this.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p1 + p2));
    const d = this.dig(6);
    const s = this.chars('ABCD', 1);
    return spaced ? `${p1}${p2} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p1}${p2}${d}${s}`;
  }
  nhs(spaced = false): string {
    for (;;) {
      const p = `${this.int(4, 9)}${this.dig(8)}`;
      const c = nhsDigit50(p);
      if (c === 10) continue;
      const n = p + c;
      return spaced ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
    }
  }
  mbi(): string {
    const A = 'ACDEFGHJKMNPQRTUVWXY';
    const AN = A + DIGITS;
    return `${this.int(1, 9)}${this.chars(A, 1)}${this.chars(AN, 1)}${this.dig(1)}${this.chars(A, 1)}${this.chars(AN, 1)}${this.dig(1)}${this.chars(A, 2)}${this.dig(2)}`;
  }
  mrn(): string {
    return this.pick([`E${this.dig(7)}`, `${this.int(1, 9)}${this.dig(7)}`, `MR${this.dig(8)}`, `${this.int(10, 99)}-${this.dig(6)}`]);
  }
  memberId(): string {
    return this.pick([`W${this.dig(9)}`, `${this.chars(UPPER, 3)}${this.dig(9)}`, `${this.int(1, 9)}${this.dig(8)}01`, `ZGP${this.dig(10)}`, `U${this.dig(10)}`]);
  }
  passport(): string {
    return this.pick([`${this.int(5, 6)}${this.dig(8)}`, `A${this.dig(8)}`, `C${this.dig(8)}`]);
  }
  ip(): string {
    return `${this.pick(IP_FIRST)}.${this.int(1, 254)}.${this.int(0, 255)}.${this.int(2, 253)}`;
  }
  lat(): string {
    return `${this.int(26, 47)}.${this.dig(5)}${this.int(1, 9)}`;
  }
  lon(): string {
    return `-${this.int(72, 122)}.${this.dig(5)}${this.int(1, 9)}`;
  }

  // ---- financial (raw) ----
  card(brand = this.pick(['visa', 'mc', 'amex', 'disc'])): string {
    const pre = brand === 'visa' ? '4' + this.dig(5) : brand === 'mc' ? `${this.int(51, 55)}${this.dig(4)}` : brand === 'amex' ? this.pick(['34', '37']) + this.dig(4) : '6011' + this.dig(2);
    const len = brand === 'amex' ? 15 : 16;
    const p = pre + this.dig(len - 1 - pre.length);
    return p + luhnDigit50(p);
  }
  cardSpaced(brand?: string): string {
    const c = this.card(brand);
    return c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
  cvv(n = 3): string {
    return this.dig(n);
  }
  iban(cc = this.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE'])): string {
    const bban = cc === 'DE' ? this.dig(18) : cc === 'GB' ? this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + this.dig(14) : cc === 'FR' ? this.dig(10) + this.chars(UPPER + DIGITS, 11) + this.dig(2) : cc === 'NL' ? this.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + this.dig(10) : cc === 'IE' ? this.pick(['AIBK', 'BOFI']) + this.dig(14) : this.dig(20);
    const check = 98 - mod97_50(bban + cc + '00');
    return cc + this.pad(check, 2) + bban;
  }
  aba(): string {
    const pre = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32']);
    const p = pre + this.dig(6);
    return p + abaDigit50(p);
  }
  account(): string {
    return `${this.int(1, 9)}${this.dig(this.int(7, 11))}`;
  }
  ein(dashed = true): string {
    const p = this.pick(EIN_PREFIX_LIST50);
    return dashed ? `${p}-${this.dig(7)}` : p + this.dig(7);
  }

  // ---- credentials (raw) ----
  jwt(header: Record<string, unknown>, payload: Record<string, unknown>, sigBytes = 256): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${e(header)}.${e(payload)}.${this.r.b64url(sigBytes)}`;
  }
  /** A PEM private key; `escaped` gives the JSON-escaped form with literal \n. */
  pem(kind: 'rsa' | 'pkcs8' | 'ec' = 'pkcs8', escaped = false): string {
    const [label, prefix, n] = kind === 'rsa' ? ['RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1592] : kind === 'ec' ? ['PRIVATE KEY', 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg', 184] : ['PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1624];
    const body = prefix + this.chars(B64, n - prefix.length);
    const lines = body.match(/.{1,64}/g)!;
    const nl = escaped ? '\\n' : '\n';
    return `-----BEGIN ${label}-----${nl}${lines.join(nl)}${nl}-----END ${label}-----`;
  }
  awsAk(temp = false): string {
    return (temp ? 'ASIA' : 'AKIA') + this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  }
  awsSk(): string {
    return this.chars(B62 + '+/', 40);
  }
  azureSecret(): string {
    return `${this.chars(B62, 3)}${this.int(7, 8)}Q~${this.chars(B62 + '_~.-', 34)}`;
  }
  b64key(bytes: number): string {
    return this.r.b64(bytes);
  }
  pw(n = this.int(12, 20)): string {
    return this.r.password(n);
  }
  urlPw(n = this.int(12, 20)): string {
    return this.r.urlPassword(n);
  }
  words(): string {
    return `${this.pick(['Clinic', 'Harbor', 'Maple', 'Refill', 'Panda', 'Orbit'])}${this.pick(['Sunrise', 'Kettle', 'Mosaic', 'Lantern'])}${this.int(10, 99)}${this.pick(['!', '$', '#', '@'])}`;
  }
  googleKey(): string {
    return 'AIza' + this.chars(B64URL, 35);
  }
  ya29(): string {
    return 'ya29.a0A' + this.chars(B64URL, this.int(140, 200));
  }
  slackHook(): string {
    return `https://hooks.slack.com/services/T${this.upAlnum(8)}/B${this.upAlnum(10)}/${this.b62(24)}`;
  }
  sendgrid(): string {
    return `SG.${this.chars(B64URL, 22)}.${this.chars(B64URL, 43)}`;
  }
  lowerAlnum(n: number): string {
    return this.chars(LOWER + DIGITS, n);
  }
}

/** A template: `n` cases `area/name/k`, each text made by `make` (which plants its values in the context). */
export interface T50 {
  area: string;
  name: string;
  n: number;
  make: (c: Ctx50) => string;
}
