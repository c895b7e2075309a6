import { luhnOk, withLuhn } from './blind-set-10-checks';
import { DIGITS, UPPER, type Rng10 } from './blind-set-10-rng';

/** National id generators (valid check digits) and their validators, written from the public specs. */
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const digitsOf = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);

export function ssn(r: Rng10): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}
const ssnOk = (s: string) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(s);

export function nino(r: Rng10, spaced = true): string {
  const a = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
  const b = r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const pre = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b) ? 'AB' : a + b;
  const d = r.digits(6);
  const suf = r.chars('ABCD', 1);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : pre + d + suf;
}
const ninoOk = (s: string) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s.replace(/ /g, ''));

export function nir(r: Rng10): string {
  const dept = pad(r.pick([r.int(1, 19), r.int(21, 95)]), 2);
  const n13 = `${r.int(1, 2)}${pad(r.int(50, 99), 2)}${pad(r.int(1, 12), 2)}${dept}${pad(r.int(1, 990), 3)}${pad(r.int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(n13) % 97n), 2);
  return n13 + key;
}
const nirOk = (s: string) => {
  const c = s.replace(/ /g, '');
  return /^[12]\d{14}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
};

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const dni = (r: Rng10): string => {
  const n = r.digits(8);
  return n + DNI_LETTERS[Number(n) % 23];
};
export const nie = (r: Rng10): string => {
  const x = r.int(0, 2);
  const n = r.digits(7);
  return 'XYZ'[x]! + n + DNI_LETTERS[Number(x + n) % 23];
};
const dniOk = (s: string): boolean => {
  const m = /^([XYZ]|\d)(\d{7})([A-Z])$/.exec(s);
  if (!m) return false;
  const lead = 'XYZ'.includes(m[1]!) ? String('XYZ'.indexOf(m[1]!)) : m[1]!;
  return DNI_LETTERS[Number(lead + m[2]) % 23] === m[3];
};

const CF_ODD: Record<string, number> = {};
'1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23'.split(' ').forEach((v, i) => {
  CF_ODD[String.fromCharCode(65 + i)] = Number(v);
  if (i < 10) CF_ODD[String(i)] = Number(v);
});
const cfCheck = (s15: string): string =>
  UPPER[[...s15].reduce((a, c, i) => a + (i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65), 0) % 26]!;
export function codiceFiscale(r: Rng10): string {
  const day = r.int(1, 28) + (r.next() < 0.5 ? 40 : 0);
  const s15 = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZ', 2) + r.chars('AEIOU', 1) + pad(r.int(50, 99), 2) + r.chars('ABCDEHLMPRST', 1) + pad(day, 2) + r.pick(['H501', 'F205', 'L219', 'G273', 'D612', 'A944']);
  return s15 + cfCheck(s15);
}
const cfOk = (s: string) => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];

const steuerCheck = (ten: string): number => {
  let product = 10;
  for (const c of ten) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const k = 11 - product;
  return k === 10 ? 0 : k;
};
export function steuerId(r: Rng10): string {
  const ds = [...DIGITS].map(Number).sort(() => r.next() - 0.5).slice(0, 9);
  ds.push(ds[r.int(1, 8)]!);
  for (let i = ds.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [ds[i], ds[j]] = [ds[j]!, ds[i]!];
  }
  if (ds[0] === 0) [ds[0], ds[1]] = [ds[1]!, ds[0]!];
  if (ds[0] === 0) [ds[0], ds[2]] = [ds[2]!, ds[0]!];
  const ten = ds.join('');
  return ten + steuerCheck(ten);
}
const steuerOk = (s: string) => {
  const c = s.replace(/ /g, '');
  return /^[1-9]\d{10}$/.test(c) && steuerCheck(c.slice(0, 10)) === Number(c[10]) && new Set(c.slice(0, 10)).size <= 9;
};

export function bsn(r: Rng10): string {
  for (;;) {
    const e = String(r.int(1, 9)) + r.digits(7);
    const sum = [...e].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return e + last;
  }
}
const bsnOk = (s: string) => /^\d{9}$/.test(s) && digitsOf(s).reduce((a, d, i) => a + d * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

const cpfDigit = (ds: number[]): number => {
  const w = ds.length + 1;
  const r = (ds.reduce((a, d, i) => a + d * (w - i), 0) * 10) % 11;
  return r === 10 ? 0 : r;
};
export function cpf(r: Rng10, formatted = true): string {
  const ds = digitsOf(String(r.int(1, 9)) + r.digits(8));
  ds.push(cpfDigit(ds));
  ds.push(cpfDigit(ds));
  const s = ds.join('');
  return formatted ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
const cpfOk = (s: string) => {
  const ds = digitsOf(s);
  return ds.length === 11 && cpfDigit(ds.slice(0, 9)) === ds[9] && cpfDigit(ds.slice(0, 10)) === ds[10];
};

const VD = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432', '7659821043', '8765932104', '9876543210'].map((s) => [...s].map(Number));
const VP = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'].map((s) => [...s].map(Number));
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const verhoeff = (s: string, withCheck: boolean): number => {
  let c = 0;
  const ds = [...s].reverse().map(Number);
  ds.forEach((d, i) => (c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![d]!]!));
  return c;
};
export function aadhaar(r: Rng10): string {
  const e = String(r.int(2, 9)) + r.digits(10);
  const s = e + VINV[verhoeff(e, false)];
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
const aadhaarOk = (s: string) => /^[2-9]\d{11}$/.test(s.replace(/ /g, '')) && verhoeff(s.replace(/ /g, ''), true) === 0;

export const pan = (r: Rng10): string => r.chars(UPPER, 3) + r.pick([...'PCHFATBLJG']) + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);
const panOk = (s: string) => /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(s);

export function sin(r: Rng10): string {
  const s = withLuhn(String(r.int(1, 7)) + r.digits(7));
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
}
const sinOk = (s: string) => /^[1-79]\d{8}$/.test(s.replace(/[- ]/g, '')) && luhnOk(s.replace(/[- ]/g, ''));

const TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10];
export function tfn(r: Rng10): string {
  for (;;) {
    const s = String(r.int(1, 9)) + r.digits(8);
    if (digitsOf(s).reduce((a, d, i) => a + d * TFN_W[i]!, 0) % 11 === 0) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}
const tfnOk = (s: string) => digitsOf(s).length === 9 && digitsOf(s).reduce((a, d, i) => a + d * TFN_W[i]!, 0) % 11 === 0;

const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
export function pesel(r: Rng10): string {
  const y = r.int(0, 99);
  const m = r.int(1, 12) + (y < 10 ? 20 : 0);
  const ten = pad(y < 10 ? y : y, 2) + pad(m, 2) + pad(r.int(1, 28), 2) + r.digits(4);
  return ten + ((10 - (digitsOf(ten).reduce((a, d, i) => a + d * PESEL_W[i]!, 0) % 10)) % 10);
}
const peselOk = (s: string) => /^\d{11}$/.test(s) && (10 - (digitsOf(s.slice(0, 10)).reduce((a, d, i) => a + d * PESEL_W[i]!, 0) % 10)) % 10 === Number(s[10]);

export function personnummer(r: Rng10): string {
  const nine = pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + r.digits(3);
  const s = withLuhn(nine);
  return `${s.slice(0, 6)}-${s.slice(6)}`;
}
const pnrOk = (s: string) => /^\d{6}-\d{4}$/.test(s) && luhnOk(s.replace('-', ''));

const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
export function hetu(r: Rng10): string {
  const date = pad(r.int(1, 28), 2) + pad(r.int(1, 12), 2) + pad(r.int(50, 99), 2);
  const z = pad(r.int(2, 899), 3);
  return date + '-' + z + HETU[Number(date + z) % 31];
}
const hetuOk = (s: string) => /^\d{6}[-A]\d{3}[0-9A-Y]$/.test(s) && HETU[Number(s.slice(0, 6) + s.slice(7, 10)) % 31] === s[10];

export function nhs(r: Rng10): string {
  for (;;) {
    const nine = String(r.int(4, 6)) + r.digits(8);
    const k = 11 - (digitsOf(nine).reduce((a, d, i) => a + d * (10 - i), 0) % 11);
    if (k === 10) continue;
    const s = nine + (k === 11 ? 0 : k);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}
const nhsOk = (s: string) => {
  const ds = digitsOf(s);
  const k = 11 - (ds.slice(0, 9).reduce((a, d, i) => a + d * (10 - i), 0) % 11);
  return ds.length === 10 && (k === 11 ? 0 : k) === ds[9];
};

export function zaId(r: Rng10): string {
  return withLuhn(pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + r.digits(4) + r.pick(['0', '1']) + '8');
}
const zaOk = (s: string) => /^\d{13}$/.test(s) && luhnOk(s);

/** Validators by value kind. */
export const idChecks: Record<string, (s: string) => boolean> = {
  'us-ssn': ssnOk, 'uk-nino': ninoOk, 'fr-nir': nirOk, 'es-dni': dniOk, 'es-nie': dniOk, 'it-cf': cfOk,
  'de-steuer-id': steuerOk, 'nl-bsn': bsnOk, 'br-cpf': cpfOk, 'in-aadhaar': aadhaarOk, 'in-pan': panOk,
  'ca-sin': sinOk, 'au-tfn': tfnOk, 'pl-pesel': peselOk, 'se-personnummer': pnrOk, 'fi-hetu': hetuOk,
  'uk-nhs': nhsOk, 'za-id': zaOk,
};
