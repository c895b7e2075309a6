import { DIGITS, Rng80, UPPER } from './blind-set-80-rng';

const FIRST = ['Marisol', 'Tobias', 'Ingrid', 'Kwame', 'Yuki', 'Declan', 'Priya', 'Matteo', 'Anneliese', 'Oluwaseun', 'Camille', 'Rafael', 'Siobhan', 'Dmitri', 'Leilani', 'Henrik', 'Fatima', 'Beckett', 'Ximena', 'Thaddeus', 'Noor', 'Gideon', 'Rosalind', 'Emeka'];
const LAST = ['Okonkwo', 'Lindqvist', 'Castellanos', 'Haverford', 'Nakamura', 'Brennan', 'Raghunathan', 'Ferrante', 'Vasquez-Ortiz', 'Whitcombe', 'Adeyemi', 'Kowalczyk', 'Delacroix', 'Thorsen', 'Mbeki', 'Gallagher', 'Szabo', 'Quintero', 'Ashworth', 'Petrovic'];
const STREETS = ['Maple Grove Ave', 'Larkspur Lane', 'W Fulton St', 'Kensington Rd', 'Old Mill Road', 'Cedar Hollow Dr', 'Bayview Terrace', 'N Winchester Blvd', 'Ridgecrest Ct', 'Alder Street'];
const CITIES: [string, string, string][] = [['Columbus', 'OH', '432'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314']];
const MAILS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'hotmail.co.uk', 'gmx.de', 'fastmail.com'];
const OCTET1 = [23, 24, 31, 46, 62, 67, 73, 81, 86, 89, 94, 98, 104, 108, 142, 151, 176, 185, 188, 201, 212, 217];

/** A person: first and last name. */
export function person(r: Rng80): { first: string; last: string; full: string } {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, full: `${first} ${last}` };
}

/** A personal email, usually derived from the name. */
export function email(r: Rng80, p?: { first: string; last: string }): string {
  const q = p ?? person(r);
  const local = r.pick([`${q.first}.${q.last}`, `${q.first[0]}${q.last}${r.int(7, 99)}`, `${q.first}_${r.int(1970, 2004)}`, `${q.last}.${q.first[0]}`]).toLowerCase().replace(/[^a-z0-9._]/g, '');
  return `${local}@${r.pick(MAILS)}`;
}

/** A public IPv4 of an end user (no private, reserved or documentation ranges). */
export const ipv4 = (r: Rng80): string => `${r.pick(OCTET1)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
/** A public IPv6 of an end user. */
export const ipv6 = (r: Rng80): string => `2${r.pick(['600', '601', 'a02', '003', '804'])}:${r.hex(4).replace(/^0+/, '') || 'a1'}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}`;

/** A US or UK phone number in one of several printed forms. */
export function phone(r: Rng80): string {
  const area = r.pick(['206', '312', '415', '503', '614', '702', '919', '480', '617']);
  const ex = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556');
  const line = r.digits(4);
  switch (r.int(0, 3)) {
    case 0: return `+1${area}${ex}${line}`;
    case 1: return `(${area}) ${ex}-${line}`;
    case 2: return `+1 ${area}-${ex}-${line}`;
    default: return `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`;
  }
}

/** A US home address on one line. */
export function address(r: Rng80): string {
  const [city, st, zip] = r.pick(CITIES);
  const apt = r.next() < 0.4 ? `, Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  return `${r.int(12, 9870)} ${r.pick(STREETS)}${apt}, ${city}, ${st} ${zip}${r.digits(2)}`;
}

/** A birth date in ISO form. */
export const birthDate = (r: Rng80): string => `${r.int(1951, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

/** A US SSN of a valid shape (area not 000/666/9xx, group and serial not zero). */
export function ssn(r: Rng80): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** Luhn check digit for a digit string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A payment card number (Visa, Mastercard, Amex, Discover), printed plain or grouped. */
export function card(r: Rng80): string {
  const kind = r.int(0, 3);
  const prefix = kind === 0 ? '4' : kind === 1 ? `5${r.int(1, 5)}` : kind === 2 ? r.pick(['34', '37']) : '6011';
  const len = kind === 2 ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  const style = r.int(0, 2);
  if (style === 0) return n;
  const sep = style === 1 ? ' ' : '-';
  return len === 15 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.match(/.{4}/g)!.join(sep);
}

/** IBAN check digits for a country and BBAN. */
export function ibanCheck(cc: string, bban: string): string {
  const num = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return String(98 - m).padStart(2, '0');
}

/** An IBAN of DE, GB, FR, NL, ES or IT, printed compact or in groups of four. */
export function iban(r: Rng80): string {
  const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT']);
  const bban = cc === 'DE' ? r.digits(18) : cc === 'GB' ? r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14) : cc === 'FR' ? r.digits(23) : cc === 'NL' ? r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10) : cc === 'ES' ? r.digits(20) : r.chars(UPPER, 1) + r.digits(22);
  const s = cc + ibanCheck(cc, bban) + bban;
  return r.next() < 0.6 ? s : s.match(/.{1,4}/g)!.join(' ');
}

/** An ABA routing number with a valid check digit. */
export function routing(r: Rng80): string {
  const first = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 25, 26, 31, 32])).padStart(2, '0');
  const d = first + r.chars(DIGITS, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
  return d + String((10 - (s % 10)) % 10);
}

/** A bank account number (9 to 12 digits, no leading zero). */
export const account = (r: Rng80): string => `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
