import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

const ds = (s: string): number[] => [...s].map(Number);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dot = (xs: number[], w: readonly number[]): number => xs.reduce((a, d, i) => a + d * w[i]!, 0);

/** A birth date as [yy, mm, dd] two-digit strings, born 1950-1999. */
export const birth = (r: Rng9): [string, string, string] => [pad(r.int(50, 99)), pad(r.int(1, 12)), pad(r.int(1, 28))];

const NINO_1 = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_2 = 'ABCEGHJKLMNPRSTWXYZ';
/** A UK National Insurance number `QQ123456C` (valid prefix letters, suffix A-D). */
export function nino(r: Rng9): string {
  const p = r.pick([...NINO_1]) + r.pick([...NINO_2]);
  return ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p) ? nino(r) : p + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
}

/** A Dutch BSN (eleven-proof). */
export function bsn(r: Rng9): string {
  const body = String(r.int(1, 9)) + r.digits(7);
  const last = dot(ds(body), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return last === 10 ? bsn(r) : body + last;
}
const bsnOk = (s: string): boolean => /^\d{9}$/.test(s) && (dot(ds(s.slice(0, 8)), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(s[8])) % 11 === 0;

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** A Spanish NIE `X1234567L`. */
export function nie(r: Rng9): string {
  const p = r.int(0, 2);
  const body = r.digits(7);
  return 'XYZ'[p]! + body + DNI_LETTERS[Number(p + body) % 23];
}
const nieOk = (s: string): boolean => /^[XYZ]\d{7}[A-Z]$/.test(s) && DNI_LETTERS[Number('XYZ'.indexOf(s[0]!) + s.slice(1, 8)) % 23] === s[8];

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
/** The Italian check character (codice fiscale and IBAN CIN share the tables). */
export const cfCheck = (s: string, oddFirst = true): string =>
  UPPER[[...s].reduce((a, c, i) => a + ((i % 2 === 0) === oddFirst ? CF_ODD[cfVal(c)]! : cfVal(c)), 0) % 26]!;
/** An Italian codice fiscale `RSSMRA85T10A562S`. */
export function codiceFiscale(r: Rng9): string {
  const [yy, , dd] = birth(r);
  const day = r.next() < 0.5 ? dd : String(Number(dd) + 40);
  const body = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZ', 2) + r.pick(['A', 'E', 'I', 'O']) + yy + r.pick([...'ABCDEHLMPRST']) + day + r.pick(['A', 'F', 'H', 'L']) + r.digits(3);
  return body + cfCheck(body);
}
const cfOk = (s: string): boolean => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];

/** A French NIR (sécurité sociale) `1 85 07 75 123 456 78`, spaced. */
export function nir(r: Rng9): string {
  const [yy, mm] = birth(r);
  const n = String(r.int(1, 2)) + yy + mm + pad(r.pick([r.int(1, 19), r.int(21, 95)])) + r.digits(3) + r.digits(3);
  const key = pad(97 - Number(BigInt(n) % 97n));
  return [n[0], n.slice(1, 3), n.slice(3, 5), n.slice(5, 7), n.slice(7, 10), n.slice(10, 13), key].join(' ');
}
const nirOk = (s: string): boolean => {
  const c = s.replace(/ /g, '');
  return /^\d{15}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
};

const steuerCheck = (s: string): number => {
  let p = 10;
  for (const d of ds(s)) {
    let sum = (d + p) % 10;
    if (sum === 0) sum = 10;
    p = (sum * 2) % 11;
  }
  return (11 - p) % 10;
};
/** A German Steuer-Identifikationsnummer (one digit twice among the first ten, ISO 7064 check). */
export function steuerId(r: Rng9): string {
  const pool = [...DIGITS];
  pool.splice(r.int(0, 9), 1);
  const ten = [...pool, pool[r.int(0, 8)]!];
  for (let i = ten.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [ten[i], ten[j]] = [ten[j]!, ten[i]!];
  }
  const s = ten.join('');
  return s[0] === '0' ? steuerId(r) : s + steuerCheck(s);
}
const steuerOk = (s: string): boolean => /^[1-9]\d{10}$/.test(s) && steuerCheck(s.slice(0, 10)) === Number(s[10]);

/** A Norwegian fødselsnummer (two mod-11 controls). */
export function fnr(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const nine = dd + mm + yy + r.digits(3);
  const k1 = (11 - (dot(ds(nine), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (dot(ds(nine + k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1 === 10 || k2 === 10 ? fnr(r) : nine + k1 + k2;
}
const fnrOk = (s: string): boolean =>
  /^\d{11}$/.test(s) && dot(ds(s.slice(0, 10)), [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && dot(ds(s), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;

/** A Belgian national number `85.07.30-033.28` (born before 2000). */
export function belgianNn(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const seq = pad(r.int(1, 997), 3);
  const cc = pad(97 - (Number(yy + mm + dd + seq) % 97));
  return `${yy}.${mm}.${dd}-${seq}.${cc}`;
}
const belgianOk = (s: string): boolean => {
  const c = s.replace(/\D/g, '');
  return c.length === 11 && 97 - (Number(c.slice(0, 9)) % 97) === Number(c.slice(9));
};

/** A Portuguese NIF of a person (first digit 1-3). */
export function nif(r: Rng9): string {
  const body = String(r.int(1, 3)) + r.digits(7);
  const c = 11 - (dot(ds(body), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return body + (c >= 10 ? 0 : c);
}
const nifOk = (s: string): boolean => {
  const c = 11 - (dot(ds(s.slice(0, 8)), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return /^\d{9}$/.test(s) && (c >= 10 ? 0 : c) === Number(s[8]);
};

/** A Romanian CNP (weights 279146358279). */
export function cnp(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const twelve = String(r.int(1, 2)) + yy + mm + dd + pad(r.int(1, 46)) + pad(r.int(1, 999), 3);
  const c = dot(ds(twelve), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return twelve + (c === 10 ? 1 : c);
}
const cnpOk = (s: string): boolean => {
  if (!/^\d{13}$/.test(s)) return false;
  const c = dot(ds(s.slice(0, 12)), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (c === 10 ? 1 : c) === Number(s[12]);
};

const eeCheck = (ten: string): number => {
  const a = dot(ds(ten), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (a < 10) return a;
  const b = dot(ds(ten), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return b < 10 ? b : 0;
};
/** An Estonian isikukood (born 1900-1999). */
export function isikukood(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const ten = String(r.int(3, 4)) + yy + mm + dd + r.digits(3);
  return ten + eeCheck(ten);
}

/** An Irish PPS number `1234567TA` (weights 8..2, the second letter weighted 9). */
export function ppsn(r: Rng9): string {
  const seven = r.digits(7);
  const sum = dot(ds(seven), [8, 7, 6, 5, 4, 3, 2]) + 9 * 1;
  return seven + 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] + 'A';
}
const ppsnOk = (s: string): boolean =>
  /^\d{7}[A-W]A$/.test(s) && 'WABCDEFGHIJKLMNOPQRSTUV'[(dot(ds(s.slice(0, 7)), [8, 7, 6, 5, 4, 3, 2]) + 9) % 23] === s[7];

/** Format checks for the European ids above, by planted kind. */
export const idChecksEu: Record<string, (v: string) => boolean> = {
  nino: (v) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
  bsn: bsnOk,
  nie: nieOk,
  'codice-fiscale': cfOk,
  nir: nirOk,
  'steuer-id': steuerOk,
  fodselsnummer: fnrOk,
  'belgian-nn': belgianOk,
  nif: nifOk,
  cnp: cnpOk,
  isikukood: (v) => /^\d{11}$/.test(v) && eeCheck(v.slice(0, 10)) === Number(v[10]),
  ppsn: ppsnOk,
};
