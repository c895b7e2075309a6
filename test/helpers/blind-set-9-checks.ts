import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

/** True when a digit string passes the Luhn check. */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return /^\d+$/.test(digits) && sum % 10 === 0;
}

/** Appends the Luhn check digit to `body`. */
export function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A Luhn-valid card number of `len` digits starting with `prefix`. */
export function card(r: Rng9, prefix: string, len: number): string {
  return withLuhn(prefix + r.digits(len - prefix.length - 1));
}

/** Card brands: prefix choices and length. */
export const CARD_BRANDS: Record<string, { prefixes: string[]; len: number }> = {
  visa: { prefixes: ['4'], len: 16 },
  mastercard: { prefixes: ['51', '53', '55', '2221', '2720', '23', '26'], len: 16 },
  amex: { prefixes: ['34', '37'], len: 15 },
  discover: { prefixes: ['6011', '65', '644'], len: 16 },
  jcb: { prefixes: ['3528', '3566', '3589'], len: 16 },
  unionpay: { prefixes: ['62'], len: 16 },
  diners: { prefixes: ['3056', '38', '36'], len: 14 },
};

/** A card of a named brand, avoiding runs that look like published test numbers. */
export function brandCard(r: Rng9, brand: string): string {
  const b = CARD_BRANDS[brand]!;
  return card(r, r.pick(b.prefixes), b.len);
}

/** Groups a card number 4-4-4-4 (or 4-6-5 for 15 digits, 4-6-4 for 14) with `sep`. */
export function groupCard(n: string, sep: string): string {
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

const mod97 = (s: string): number => {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
};
const toDigits = (s: string): string => [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');

/** True when an IBAN (no spaces) passes mod-97. */
export function ibanOk(iban: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban) && mod97(toDigits(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/** Builds the IBAN for a country and BBAN. */
export function ibanOf(cc: string, bban: string): string {
  const check = 98 - mod97(toDigits(bban + cc + '00'));
  return cc + String(check).padStart(2, '0') + bban;
}

const esControl = (s: string): string => {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = 11 - ([...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};

/** A BBAN for a country, with national check digits where the country has them. */
export function bban(r: Rng9, cc: string): string {
  switch (cc) {
    case 'DE': return r.digits(18);
    case 'AT': return r.digits(16);
    case 'PL': return r.digits(24);
    case 'GB': return r.chars(UPPER, 4) + r.digits(14);
    case 'IE': return r.chars(UPPER, 4) + r.digits(14);
    case 'NL': return r.chars(UPPER, 4) + r.digits(10);
    case 'CH': return r.digits(17);
    case 'DK': return r.digits(14);
    case 'FI': return r.digits(14);
    case 'LU': return r.digits(3) + r.chars(UPPER + DIGITS, 13);
    case 'SE': return r.digits(20);
    case 'NO': {
      const ten = r.digits(10);
      const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const k = 11 - ([...ten].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11);
      return k === 10 ? bban(r, 'NO') : ten + String(k === 11 ? 0 : k);
    }
    case 'PT': {
      const n = r.digits(19);
      return n + String(98 - Number((BigInt(n) * 100n) % 97n)).padStart(2, '0');
    }
    case 'BE': {
      const ten = r.digits(10);
      const k = Number(BigInt(ten) % 97n) || 97;
      return ten + String(k).padStart(2, '0');
    }
    case 'ES': {
      const bank = r.digits(8);
      const acct = r.digits(10);
      return bank + esControl('00' + bank) + esControl(acct) + acct;
    }
    case 'FR': {
      const bank = r.digits(5);
      const branch = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
      return bank + branch + acct + String(key).padStart(2, '0');
    }
    default: return r.chars(DIGITS, 16);
  }
}

/** A valid IBAN for `cc`. */
export const iban = (r: Rng9, cc: string): string => ibanOf(cc, bban(r, cc));

/** IBAN printed in groups of four. */
export const groupIban = (s: string): string => s.match(/.{1,4}/g)!.join(' ');

/** True when a 9-digit ABA routing number passes its checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** A valid ABA routing number (Federal Reserve prefix 01-12 or 21-32). */
export function aba(r: Rng9): string {
  const p = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0');
  const body = p + r.digits(6);
  for (let d = 0; d < 10; d++) if (abaOk(body + d)) return body + d;
  throw new Error('unreachable');
}
