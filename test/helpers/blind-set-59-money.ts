import { UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnDigit59 } from './blind-set-59-people';

/** A payment card number with a valid Luhn digit (Visa, Mastercard, Amex, Discover, JCB), plain or grouped. */
export function card59(r: Rng9): string {
  const k = r.int(0, 5);
  let prefix: string;
  let len = 16;
  if (k === 0 || k === 1) prefix = `4${r.int(5, 9)}${r.digits(4)}`;
  else if (k === 2) prefix = `5${r.int(1, 5)}${r.digits(4)}`;
  else if (k === 3) {
    prefix = `3${r.pick(['4', '7'])}${r.digits(4)}`;
    len = 15;
  } else if (k === 4) prefix = `6011${r.digits(2)}`;
  else prefix = `35${r.int(28, 89)}${r.digits(2)}`;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const n = body + luhnDigit59(body);
  switch (r.int(0, 2)) {
    case 0: return n;
    case 1: return len === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
    default: return len === 15 ? n : n.replace(/(\d{4})(?=\d)/g, '$1-');
  }
}

const COUNTRIES: readonly [string, (r: Rng9) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['GB', (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14)],
  ['FR', (r) => r.digits(10) + r.chars(UPPER + '0123456789', 11) + r.digits(2)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10)],
  ['ES', (r) => r.digits(20)],
  ['IT', (r) => r.chars(UPPER, 1) + r.digits(10) + r.digits(12)],
  ['BE', (r) => r.digits(12)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
  ['PL', (r) => r.digits(24)],
];

/** The two check digits of an IBAN for a country and BBAN. */
export function ibanCheck59(country: string, bban: string): string {
  const s = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return String(98 - m).padStart(2, '0');
}

/** An IBAN with valid mod-97 check digits, compact or in groups of four. */
export function iban59(r: Rng9, compact = false): string {
  const [cc, bb] = r.pick(COUNTRIES);
  const bban = bb(r);
  const iban = cc + ibanCheck59(cc, bban) + bban;
  return compact || r.int(0, 1) === 0 ? iban : iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** An ABA routing number with a valid 3-7-1 checksum. */
export function aba59(r: Rng9): string {
  const head = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
  const d = (head + r.digits(6)).split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + ((10 - (s % 10)) % 10);
}

/** A bank account number (US style, 9 to 12 digits). */
export function account59(r: Rng9): string {
  return `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
}

/** A UK sort code and account number pair. */
export function ukBank59(r: Rng9): { sort: string; account: string } {
  return { sort: `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`, account: `${r.int(1, 9)}${r.digits(7)}` };
}
