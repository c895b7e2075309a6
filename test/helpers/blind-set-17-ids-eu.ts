import { luhnOk, withLuhn } from './blind-set-9-checks';
import type { Rng17 } from './blind-set-17-rng';

/** A birth date as numbers (day 1-28 so every month holds it). */
export interface Dob17 {
  y: number;
  m: number;
  d: number;
}
export const dob17 = (r: Rng17, lo = 1951, hi = 2004): Dob17 => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const p2 = (n: number): string => String(n).padStart(2, '0');
const ds = (s: string): number[] => [...s].map(Number);
const yymmdd = (b: Dob17): string => p2(b.y % 100) + p2(b.m) + p2(b.d);
const ddmmyy = (b: Dob17): string => p2(b.d) + p2(b.m) + p2(b.y % 100);

/** German Steuer-ID: ten digits (one repeated) and an ISO 7064 MOD 11,10 check digit. */
const steuerCheck = (ten: string): number => {
  let prod = 10;
  for (const c of ten) {
    let sum = (Number(c) + prod) % 10;
    if (sum === 0) sum = 10;
    prod = (sum * 2) % 11;
  }
  const k = 11 - prod;
  return k === 10 ? 0 : k;
};
export function steuerId(r: Rng17): string {
  for (;;) {
    const picked = r.shuffle([...'0123456789']).slice(0, 9);
    const ten = r.shuffle([...picked, r.pick(picked)]).join('');
    if (ten[0] !== '0') return ten + steuerCheck(ten);
  }
}
const steuerOk = (v: string): boolean => {
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const counts = [...'0123456789'].map((c) => v.slice(0, 10).split(c).length - 1);
  return counts.filter((c) => c >= 2).length === 1 && Math.max(...counts) <= 3 && steuerCheck(v.slice(0, 10)) === Number(v[10]);
};

/** Dutch BSN: the 11-proof. */
const bsnSum = (s: string): number => ds(s.slice(0, 8)).reduce((a, d, i) => a + d * (9 - i), 0) - Number(s[8]);
export function bsn(r: Rng17): string {
  for (;;) {
    const eight = r.num(8);
    const last = ds(eight).reduce((a, d, i) => a + d * (9 - i), 0) % 11;
    if (last < 10) return eight + last;
  }
}

/** Spanish DNI: eight digits and the mod-23 letter. */
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const dni = (r: Rng17): string => {
  const n = r.digits(8);
  return n + DNI[Number(n) % 23];
};

/** French NIR (numéro de sécurité sociale): 13 digits and the 97-complement key, printed grouped. */
export function nir(r: Rng17, b: Dob17): string {
  const body = `${r.int(1, 2)}${p2(b.y % 100)}${p2(b.m)}${p2(r.int(1, 95))}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
  const key = p2(97 - Number(BigInt(body) % 97n));
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
}
const nirOk = (v: string): boolean => {
  const c = v.replace(/ /g, '');
  return /^[12]\d{14}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
};

/** Polish PESEL: date with the century in the month, four digits, weighted check. */
const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
export function pesel(r: Rng17, b: Dob17): string {
  const ten = p2(b.y % 100) + p2(b.m + (b.y >= 2000 ? 20 : 0)) + p2(b.d) + r.digits(4);
  return ten + ((10 - (ds(ten).reduce((a, d, i) => a + d * PESEL_W[i]!, 0) % 10)) % 10);
}

/** Swedish personnummer YYMMDD-NNNC (Luhn over the nine digits before the check). */
export const personnummer = (r: Rng17, b: Dob17): string => {
  const full = withLuhn(yymmdd(b) + r.digits(3));
  return `${full.slice(0, 6)}-${full.slice(6)}`;
};

/** Finnish HETU: DDMMYY, century sign, individual number, mod-31 check character. */
const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
export function hetu(r: Rng17, b: Dob17): string {
  const ind = String(r.int(2, 899)).padStart(3, '0');
  return ddmmyy(b) + (b.y >= 2000 ? 'A' : '-') + ind + HETU[Number(ddmmyy(b) + ind) % 31];
}
const hetuOk = (v: string): boolean => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v) && HETU[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10];

/** Norwegian fødselsnummer: DDMMYY, three individual digits, two mod-11 checks. */
const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const mod11 = (s: string, w: number[]): number => {
  const k = 11 - (ds(s).reduce((a, d, i) => a + d * w[i]!, 0) % 11);
  return k === 11 ? 0 : k;
};
export function fodselsnummer(r: Rng17, b: Dob17): string {
  for (;;) {
    const nine = ddmmyy(b) + String(r.int(b.y >= 2000 ? 500 : 0, b.y >= 2000 ? 999 : 499)).padStart(3, '0');
    const a = mod11(nine, k1w);
    if (a === 10) continue;
    const c = mod11(nine + a, k2w);
    if (c !== 10) return nine + a + c;
  }
}
const fodOk = (v: string): boolean => /^\d{11}$/.test(v) && mod11(v.slice(0, 9), k1w) === Number(v[9]) && mod11(v.slice(0, 10), k2w) === Number(v[10]);

/** Belgian national register number YY.MM.DD-SSS.CC (97-complement, 2 prefixed after 2000). */
export function belgianNn(r: Rng17, b: Dob17): string {
  const nine = yymmdd(b) + String(r.int(1, 997)).padStart(3, '0');
  const cc = 97 - Number(BigInt((b.y >= 2000 ? '2' : '') + nine) % 97n);
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6, 9)}.${p2(cc)}`;
}
const beOk = (v: string): boolean => {
  const c = v.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const k = Number(c.slice(9));
  return 97 - Number(BigInt(c.slice(0, 9)) % 97n) === k || 97 - Number(BigInt('2' + c.slice(0, 9)) % 97n) === k;
};

/** Italian codice fiscale: name codes, date, Belfiore code, check letter. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
const cfCheck = (s: string): string => String.fromCharCode(65 + ([...s].reduce((a, c, i) => a + (i % 2 === 0 ? ODD[cfVal(c)]! : cfVal(c)), 0) % 26));
export function codiceFiscale(r: Rng17, b: Dob17): string {
  const female = r.int(0, 1) === 1;
  const sur = r.pick(['RSS', 'BNC', 'SPS', 'RMN', 'CLM', 'RCC', 'MRN', 'GRC', 'FRR', 'CNT']);
  const name = female ? r.pick(['GLI', 'NNA', 'SRA', 'FNC', 'LRA']) : r.pick(['MRC', 'LCU', 'FNC', 'GPP', 'NDR']);
  const body = sur + name + p2(b.y % 100) + 'ABCDEHLMPRST'[b.m - 1] + p2(b.d + (female ? 40 : 0)) + r.pick(['H501', 'F205', 'F839', 'L219', 'A944', 'G273', 'D612']);
  return body + cfCheck(body);
}
const cfOk = (v: string): boolean => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfCheck(v.slice(0, 15)) === v[15];

/** Checks of the European national ids above. */
export const euIdChecks: Record<string, (v: string) => boolean> = {
  'de-steuer-id': steuerOk,
  'nl-bsn': (v) => /^\d{9}$/.test(v) && bsnSum(v) % 11 === 0,
  'es-dni': (v) => /^\d{8}[A-Z]$/.test(v) && DNI[Number(v.slice(0, 8)) % 23] === v[8],
  'fr-nir': nirOk,
  'pl-pesel': (v) => /^\d{11}$/.test(v) && (10 - (ds(v.slice(0, 10)).reduce((a, d, i) => a + d * PESEL_W[i]!, 0) % 10)) % 10 === Number(v[10]),
  'se-personnummer': (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  'fi-hetu': hetuOk,
  'no-fodselsnummer': fodOk,
  'be-national-number': beOk,
  'it-codice-fiscale': cfOk,
};
