import { withLuhn } from './blind-set-89-ids';
import type { Rng89 } from './blind-set-89-rng';

/** Financial values: Luhn-valid cards in their printed forms, IBANs with mod-97, ABA routing numbers. */
export interface Card89 {
  brand: string;
  digits: string;
  printed: string;
  otaCode: string;
}


export function card(r: Rng89, style?: 'plain' | 'space' | 'dash'): Card89 {
  const [brand, otaCode, prefix, len] = r.pick<[string, string, string, number]>([
    ['Visa', 'VI', '4' + r.pick(['147', '000', '532', '916', '263']), 16],
    ['Mastercard', 'MC', r.pick(['51', '53', '55', '2221', '2720']) + r.digits(2), 16],
    ['American Express', 'AX', r.pick(['34', '37']), 15],
    ['Discover', 'DS', '6011', 16],
    ['JCB', 'JC', '35' + r.int(28, 89), 16],
    ['Diners Club', 'DN', '36', 14],
    ['UnionPay', 'UP', '62' + r.int(2126, 2925), 16],
  ]);
  const digits = withLuhn(prefix + r.digits(len - prefix.length - 1));
  const s = style ?? r.pick(['plain', 'plain', 'space', 'dash']);
  const groups = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  let printed = digits;
  if (s !== 'plain') {
    const parts: string[] = [];
    let at = 0;
    for (const g of groups) {
      parts.push(digits.slice(at, at + g));
      at += g;
    }
    printed = parts.join(s === 'space' ? ' ' : '-');
  }
  return { brand, digits, printed, otaCode };
}

export const cvv = (r: Rng89, c: Card89): string => r.num(c.otaCode === 'AX' ? 4 : 3);
export const expiry = (r: Rng89): [string, string] => {
  const m = String(r.int(1, 12)).padStart(2, '0');
  const y = r.int(26, 31);
  return [m, String(y)];
};

const mod97 = (s: string): number => {
  let rem = 0;
  for (const ch of s) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
};
const toDigits = (s: string): string => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));

const IBAN_BBAN: Record<string, (r: Rng89) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => `${r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MONZ'])}${r.digits(14)}`,
  FR: (r) => `${r.digits(10)}${r.upnum(11)}${r.digits(2)}`,
  ES: (r) => r.digits(20),
  NL: (r) => `${r.pick(['ABNA', 'INGB', 'RABO', 'BUNQ'])}${r.digits(10)}`,
  IT: (r) => `${r.upper(1)}${r.digits(10)}${r.upnum(12)}`,
  CH: (r) => r.digits(17),
  PL: (r) => r.digits(24),
  BE: (r) => r.digits(12),
};

/** An IBAN with valid check digits, compact or grouped by four. */
export function iban(r: Rng89, grouped = r.chance(0.4), cc = r.pick(Object.keys(IBAN_BBAN))): string {
  const bban = IBAN_BBAN[cc]!(r);
  const check = String(98 - mod97(toDigits(bban + cc + '00'))).padStart(2, '0');
  const s = cc + check + bban;
  return grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s;
}
export const ibanValid = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s) && mod97(toDigits(s.slice(4) + s.slice(0, 4))) === 1;
};

/** An ABA routing number with its 3-7-1 check digit. */
export function aba(r: Rng89): string {
  const body = `${r.pick(['0', '1', '2', '3'])}${r.int(1, 9)}${r.digits(6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return body + String((10 - (s % 10)) % 10);
}
export const abaValid = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return v.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 10 === 0;
};
export const account = (r: Rng89): string => r.num(r.int(9, 12));
export const amount = (r: Rng89, lo = 12, hi = 2400): string => `${r.int(lo, hi)}.${String(r.int(0, 99)).padStart(2, '0')}`;
