import { Rng34 } from './blind-set-34-rng';
import { abaOk, luhnDigit, mod97 } from './blind-set-34-check';

const FIRST = ['Amara', 'Jonas', 'Priya', 'Mateo', 'Ingrid', 'Kwame', 'Sofia', 'Tobias', 'Leilani', 'Dmitri', 'Hannah', 'Rafael', 'Yuki', 'Chidi', 'Marta', 'Oskar', 'Fatima', 'Declan', 'Beatriz', 'Nikhil', 'Greta', 'Emeka', 'Valentina', 'Henrik', 'Aaliyah', 'Lukas', 'Siobhan', 'Tomasz', 'Camille', 'Ravi', 'Elena', 'Malik', 'Noor', 'Jasper', 'Rosalind', 'Thabo'];
const LAST = ['Okafor', 'Lindqvist', 'Raghunathan', 'Delgado', 'Haugen', 'Mensah', 'Ferreira', 'Brandt', 'Kahananui', 'Volkov', 'Whitfield', "O'Sullivan", 'Tanaka', 'Nwosu', 'Kowalczyk', 'Berglund', 'Haddad', 'McAllister', 'Cardoso', 'Iyer', 'Schwarz', 'Adeyemi', 'Moretti', 'Johansson', 'Prescott', 'Wagner', 'Gallagher', 'Zielinski', 'Lefebvre', 'Venkataraman', 'Popescu', 'Abernathy', 'Hassan-Ali', 'van der Berg', 'Castellanos', 'Dlamini'];
const CORP = ['northwind-labs.com', 'acmebank.co.uk', 'helixhealth.io', 'contoso-fin.com', 'bluepeak.de', 'orbitalretail.com', 'kestrel-insure.com', 'meridianlogistics.net'];
const FREE = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'gmx.de', 'hotmail.co.uk'];
const STREETS = ['Maple Avenue', 'Harbor Road', 'Linden Street', 'Old Mill Lane', 'Cedar Court', 'Westbrook Drive', 'Juniper Way', 'Kingsley Terrace'];
const CITIES = ['Springfield, IL 62704', 'Portland, OR 97214', 'Austin, TX 78704', 'Columbus, OH 43215', 'Raleigh, NC 27603', 'Madison, WI 53703', 'Tucson, AZ 85719'];

/** A person: first, last and full name, with a work address domain. */
export interface Person34 {
  first: string;
  last: string;
  full: string;
  domain: string;
  user: string;
}

/** A fresh person. */
export function person34(r: Rng34): Person34 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const domain = r.pick(CORP);
  const user = (first[0]! + last.replace(/[^A-Za-z]/g, '')).toLowerCase().slice(0, 10);
  return { first, last, full: `${first} ${last}`, domain, user };
}

/** A work or private e-mail address for a person. */
export function email34(r: Rng34, p: Person34, personal = false): string {
  const f = p.first.toLowerCase();
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const dom = personal ? r.pick(FREE) : p.domain;
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${f}.${l}+${r.pick(['sso', 'it', 'alerts'])}`, `${l}.${f}`]);
  return `${local}@${dom}`;
}

/** A phone number in one of several national formats. */
export function phone34(r: Rng34): string {
  const k = r.int(0, 4);
  if (k === 0) return `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${r.digits(4)}`;
  if (k === 1) return `(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`;
  if (k === 2) return `+44 7${r.int(400, 999)} ${r.digits(6)}`;
  if (k === 3) return `+49 15${r.int(1, 9)} ${r.digits(8)}`;
  return `+1-${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`;
}

/** A home street address (US style). */
export function address34(r: Rng34): string {
  const apt = r.next() < 0.4 ? `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : '';
  return `${r.int(12, 9899)} ${r.pick(STREETS)}${apt}, ${r.pick(CITIES)}`;
}

/** A US SSN with a valid area, group and serial. */
export function ssn34(r: Rng34): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number. */
export function nino34(r: Rng34): string {
  const a = 'ABCEGHJKLMNPRSTWXYZ';
  const b = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = r.chars(a, 1) + r.chars(b, 1);
  if (['GB', 'NK', 'TN', 'ZZ', 'BG', 'KN', 'NT'].includes(pre)) pre = 'AB';
  const d = r.digits(6);
  return r.next() < 0.5 ? `${pre}${d}${r.chars('ABCD', 1)}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.chars('ABCD', 1)}`;
}

/** A date of birth in ISO, US or European notation. */
export function dob34(r: Rng34): string {
  const y = r.int(1950, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${d}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`]);
}

/** A Luhn-valid card number (Visa, Mastercard, Amex or Discover), written compact, spaced or dashed. */
export function card34(r: Rng34, style?: 'compact' | 'spaced' | 'dashed'): string {
  const brand = r.int(0, 3);
  const len = brand === 2 ? 15 : 16;
  const prefix = brand === 0 ? '4' : brand === 1 ? r.pick(['51', '53', '55', '2221', '2720']) : brand === 2 ? r.pick(['34', '37']) : '6011';
  let body = prefix + r.digits(len - prefix.length - 1);
  if (/^(4111|4242|5555|4000)/.test(body)) body = '49' + body.slice(2);
  const num = body + luhnDigit(body);
  const s = style ?? r.pick(['compact', 'spaced', 'dashed'] as const);
  if (s === 'compact') return num;
  const sep = s === 'spaced' ? ' ' : '-';
  if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g)!.join(sep);
}

/** A card expiry in MM/YY. */
export function expiry34(r: Rng34): string {
  return `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;
}

const IBAN_SHAPES: Record<string, (r: Rng34) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10),
  AT: (r) => r.digits(16),
  PL: (r) => r.digits(24),
  BE: (r) => {
    const ten = r.digits(10);
    const c = Number(BigInt(ten) % 97n) || 97;
    return ten + String(c).padStart(2, '0');
  },
};

/** A mod-97-valid IBAN, compact or in groups of four. */
export function iban34(r: Rng34, spaced?: boolean): string {
  const cc = r.pick(Object.keys(IBAN_SHAPES));
  const bban = IBAN_SHAPES[cc]!(r);
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const iban = cc + check + bban;
  return (spaced ?? r.next() < 0.5) ? iban.match(/.{1,4}/g)!.join(' ') : iban;
}

/** A valid ABA routing number. */
export function routing34(r: Rng34): string {
  for (;;) {
    const s = r.pick(['0', '1', '2', '3']) + r.digits(8);
    if (abaOk(s)) return s;
  }
}

/** A US bank account number (8 to 12 digits, no leading zero). */
export function account34(r: Rng34): string {
  return String(r.int(1, 9)) + r.digits(r.int(7, 11));
}
