/**
 * Checksums for blind set 26's financial values and shared helpers (Luhn, IBAN mod-97, ABA, CLABE,
 * GS1, Verhoeff). Written for this set; national id schemes are in blind-set-26-checks-ids.ts.
 */

/** The digits of a string as numbers. */
export function digitsOf(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0) - 48);
}

/** True when `s` is all decimal digits. */
export function isDigits(s: string, len?: number): boolean {
  return /^\d+$/.test(s) && (len === undefined || s.length === len);
}

/** The Luhn check digit for a body of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;
  const d = digitsOf(body);
  for (let i = 0; i < d.length; i++) {
    let x = d[d.length - 1 - i]!;
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes Luhn. */
export function luhnOk(s: string): boolean {
  return isDigits(s) && s.length > 1 && luhnDigit(s.slice(0, -1)) === s.slice(-1);
}

/** Card brands: prefixes and lengths. */
export const CARD_BRANDS: Record<string, { prefixes: string[]; lengths: number[] }> = {
  visa: { prefixes: ['4'], lengths: [16] },
  mastercard: { prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2500', '2720'], lengths: [16] },
  amex: { prefixes: ['34', '37'], lengths: [15] },
  discover: { prefixes: ['6011', '644', '65'], lengths: [16] },
  jcb: { prefixes: ['3528', '3530', '3566', '3589'], lengths: [16] },
  unionpay: { prefixes: ['62'], lengths: [16, 19] },
  diners: { prefixes: ['36', '300', '305'], lengths: [14] },
  elo: { prefixes: ['636368', '438935', '504175', '451416', '636297', '506699', '509048'], lengths: [16] },
  rupay: { prefixes: ['6521', '6522', '6080', '8172', '5085'], lengths: [16] },
  mir: { prefixes: ['2200', '2201', '2202', '2204'], lengths: [16] },
  troy: { prefixes: ['9792'], lengths: [16] },
  maestro: { prefixes: ['6759', '6761', '5018'], lengths: [16, 19] },
};

/** True when `s` (digits only) is a card of `brand`: prefix, length and Luhn. */
export function cardOk(brand: string, s: string): boolean {
  const b = CARD_BRANDS[brand];
  if (!b) return false;
  return luhnOk(s) && b.lengths.includes(s.length) && b.prefixes.some((p) => s.startsWith(p));
}

/** IBAN lengths by country (ISO 13616 registry). */
export const IBAN_LEN: Record<string, number> = {
  DE: 22,
  FR: 27,
  GB: 22,
  NL: 18,
  ES: 24,
  IT: 27,
  BE: 16,
  PL: 28,
  SE: 24,
  CH: 21,
  AT: 20,
  PT: 25,
  IE: 22,
  TR: 26,
  BR: 29,
  SA: 24,
  AE: 23,
  NO: 15,
  DK: 18,
  FI: 18,
  CZ: 24,
  HU: 28,
  RO: 24,
  GR: 27,
  LU: 20,
  SK: 24,
};

/** The remainder mod 97 of an IBAN's rearranged numeric form. */
function ibanRemainder(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const n = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** Builds an IBAN from a country and a BBAN, computing its two check digits. */
export function ibanMake(country: string, bban: string): string {
  const rem = ibanRemainder(`${country}00${bban}`);
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** True when `s` is an IBAN (spaces allowed in groups of four): known country, length, mod-97. */
export function ibanOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c)) return false;
  return IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) === 1;
}

/** True when `s` is a US ABA routing number (weights 3, 7, 1). */
export function abaOk(s: string): boolean {
  if (!isDigits(s, 9)) return false;
  const d = digitsOf(s);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

/** The ABA check digit for eight digits. */
export function abaDigit(body: string): string {
  const d = digitsOf(body);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return String((10 - (sum % 10)) % 10);
}

/** The CLABE check digit for 17 digits (weights 3, 7, 1 mod 10). */
export function clabeDigit(body: string): string {
  const w = [3, 7, 1];
  const sum = digitsOf(body).reduce((a, d, i) => a + ((d * w[i % 3]!) % 10), 0);
  return String((10 - (sum % 10)) % 10);
}

/** True when `s` is an 18-digit Mexican CLABE with a valid check digit. */
export function clabeOk(s: string): boolean {
  return isDigits(s, 18) && clabeDigit(s.slice(0, 17)) === s[17];
}

/** The GS1 check digit (EAN-13, GTIN-14, SSCC) for a body of digits. */
export function gs1Digit(body: string): string {
  const d = digitsOf(body);
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += d[d.length - 1 - i]! * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** The Verhoeff check digit for a body of digits (Aadhaar). */
export function verhoeffDigit(body: string): string {
  let c = 0;
  const d = digitsOf(body).reverse();
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[(i + 1) % 8]![d[i]!]!]!;
  return String(VINV[c]);
}

/** True when a digit string passes Verhoeff. */
export function verhoeffOk(s: string): boolean {
  if (!isDigits(s)) return false;
  let c = 0;
  const d = digitsOf(s).reverse();
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[i % 8]![d[i]!]!]!;
  return c === 0;
}

/** True when `yy`/`mm`/`dd` (numbers) form a plausible calendar date. */
export function dateOk(mm: number, dd: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}
