/** Blind set 27: check-digit arithmetic, each both to complete a generated value and to validate a planted one. */

const nums = (s: string): number[] => [...s].map(Number);

/** The Luhn check digit that completes `body` (cards, Canadian SIN, Swedish personnummer). */
export function luhnDigit(body: string): string {
  let sum = 0;
  nums(body)
    .reverse()
    .forEach((d, i) => {
      const x = i % 2 === 0 ? d * 2 : d;
      sum += x > 9 ? x - 9 : x;
    });
  return String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes Luhn. */
export const luhnOk = (s: string): boolean => /^\d{2,}$/.test(s) && luhnDigit(s.slice(0, -1)) === s.slice(-1);

/** ISO 13616 mod-97 of an alphanumeric string (letters A=10 … Z=35). */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** An IBAN for `country` and `bban` with its two check digits. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** True when an IBAN (spaces allowed) passes mod-97. */
export function ibanOk(s: string): boolean {
  const t = s.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t) && mod97(t.slice(4) + t.slice(0, 4)) === 1;
}

/** The ABA routing check digit for eight digits. */
export function abaDigit(body: string): string {
  const d = nums(body);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]!) + (d[2]! + d[5]!) + 7 * d[7]!;
  return String((10 - (s % 10)) % 10);
}

/** True when nine digits pass the ABA checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = nums(s);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** German Steuer-ID check digit (ISO 7064 MOD 11,10) for ten digits. */
export function steuerDigit(body: string): string {
  let product = 10;
  for (const d of nums(body)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return String(c === 10 ? 0 : c);
}

/** French NIR key: 97 minus the thirteen digits mod 97. */
export const nirKey = (body13: string): string => String(97 - Number(BigInt(body13) % 97n)).padStart(2, '0');

/** Spanish DNI/NIE control letter for the numeric part. */
export const dniLetter = (n: number): string => 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]!;

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21 };
/** Italian codice fiscale check letter for the first fifteen characters. */
export function cfLetter(body: string): string {
  const odd: Record<string, number> = {
    A: 1,
    B: 0,
    C: 5,
    D: 7,
    E: 9,
    F: 13,
    G: 15,
    H: 17,
    I: 19,
    J: 21,
    K: 2,
    L: 4,
    M: 18,
    N: 20,
    O: 11,
    P: 3,
    Q: 6,
    R: 8,
    S: 12,
    T: 14,
    U: 16,
    V: 10,
    W: 22,
    X: 25,
    Y: 24,
    Z: 23,
  };
  let sum = 0;
  [...body].forEach((ch, i) => {
    if (i % 2 === 0) sum += /\d/.test(ch) ? CF_ODD[ch]! : odd[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return String.fromCharCode(65 + (sum % 26));
}

/** True when nine digits pass the Dutch BSN 11-proof. */
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = nums(s);
  const sum = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]!;
  return sum % 11 === 0 && s !== '000000000';
}

/** Polish PESEL check digit for ten digits. */
export const peselDigit = (body: string): string => String((10 - (nums(body).reduce((a, x, i) => a + x * [1, 3, 7, 9][i % 4]!, 0) % 10)) % 10);

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
/** Verhoeff check digit (Aadhaar). */
export function verhoeffDigit(body: string): string {
  let c = 0;
  nums(body)
    .reverse()
    .forEach((d, i) => (c = VD[c]![VP[(i + 1) % 8]![d]!]!));
  return String(VINV[c]);
}
/** True when a digit string passes Verhoeff. */
export function verhoeffOk(s: string): boolean {
  let c = 0;
  nums(s)
    .reverse()
    .forEach((d, i) => (c = VD[c]![VP[i % 8]![d]!]!));
  return c === 0;
}

/** The two Brazilian CPF check digits for nine digits. */
export function cpfDigits(body9: string): string {
  const dig = (b: string): number => {
    const w = b.length + 1;
    const r = (nums(b).reduce((a, x, i) => a + x * (w - i), 0) * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dig(body9);
  return `${d1}${dig(body9 + d1)}`;
}

/** The Mexican CURP check digit for seventeen characters. */
export function curpDigit(body17: string): string {
  const al = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const s = [...body17].reduce((a, ch, i) => a + al.indexOf(ch) * (18 - i), 0);
  return String((10 - (s % 10)) % 10);
}

/** True when nine digits pass the Australian TFN weights. */
export const tfnOk = (s: string): boolean => /^\d{9}$/.test(s) && nums(s).reduce((a, x, i) => a + x * [1, 4, 3, 7, 5, 8, 6, 9, 10][i]!, 0) % 11 === 0;

/** Irish PPSN check letter for seven digits. */
export const ppsnLetter = (body7: string): string => 'WABCDEFGHIJKLMNOPQRSTUV'[nums(body7).reduce((a, x, i) => a + x * (8 - i), 0) % 23]!;

/** Singapore NRIC check letter for a prefix S/T and seven digits. */
export function nricLetter(prefix: string, body7: string): string {
  const s = nums(body7).reduce((a, x, i) => a + x * [2, 7, 6, 5, 4, 3, 2][i]!, 0) + (prefix === 'T' ? 4 : 0);
  return 'JZIHGFEDCBA'[s % 11]!;
}

/** Japanese My Number check digit for eleven digits. */
export function myNumberDigit(body11: string): string {
  const d = nums(body11).reverse();
  const s = d.reduce((a, p, i) => a + p * (i + 1 <= 6 ? i + 2 : i - 4), 0);
  const r = s % 11;
  return String(r <= 1 ? 0 : 11 - r);
}

/** Mexican CLABE check digit for seventeen digits. */
export const clabeDigit = (body17: string): string => String((10 - (nums(body17).reduce((a, x, i) => a + ((x * [3, 7, 1][i % 3]!) % 10), 0) % 10)) % 10);

/** French RIB key for bank (5), branch (5) and an eleven-digit account. */
export const ribKey = (bank: string, branch: string, acct: string): string => String(97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n)).padStart(2, '0');

/** Spanish CCC control digit for ten digits. */
export function cccDigit(ten: string): string {
  const s = nums(ten).reduce((a, x, i) => a + x * [1, 2, 4, 8, 5, 10, 9, 7, 3, 6][i]!, 0);
  const d = 11 - (s % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

/** True when a US SSN (dashes optional) is in an issuable range. */
export function ssnOk(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** True when a US ITIN (dashes optional) has a 9 area and an ITIN group. */
export function itinOk(s: string): boolean {
  const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(s);
  if (!m) return false;
  const g = Number(m[1]);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
