import { luhnOk, withLuhn } from './blind-set-9-checks';
import { DIGITS, type Rng9 } from './blind-set-9-rng';

const nums = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dob = (r: Rng9, y0: number, y1: number): [number, number, number] => [r.int(y0, y1), r.int(1, 12), r.int(1, 28)];

/** US SSN `AAA-GG-SSSS` from the issued ranges (no 000, 666, 9xx area). */
export function ssn(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

const cpfDigit = (d: number[]): number => ((wsum(d, d.map((_, i) => d.length + 1 - i)) * 10) % 11) % 10;
/** Brazilian CPF `123.456.789-09` with both check digits. */
export function cpf(r: Rng9): string {
  const d = nums(r.digits(9));
  d.push(cpfDigit(d));
  d.push(cpfDigit(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** Dutch BSN, 9 digits passing the 11-test. */
export function bsn(r: Rng9): string {
  for (;;) {
    const d = nums(r.pick(['1', '2', '3', '6']) + r.digits(7));
    const c = wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (c < 10) return d.join('') + c;
  }
}

/** Spanish DNI: 8 digits and the mod-23 letter. */
export const dni = (r: Rng9): string => {
  const n = r.digits(8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
};

/** Swedish personnummer `YYMMDD-NNNC` (Luhn over the ten digits). */
export function personnummer(r: Rng9): string {
  const [y, m, d] = dob(r, 1950, 1999);
  const ten = withLuhn(`${pad(y % 100)}${pad(m)}${pad(d)}${r.digits(3)}`);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

/** Polish PESEL with its weighted check digit. */
export function pesel(r: Rng9): string {
  const [y, m, d] = dob(r, 1960, 2005);
  const s = `${pad(y % 100)}${pad(m + (y >= 2000 ? 20 : 0))}${pad(d)}${r.digits(4)}`;
  return s + ((10 - (wsum(nums(s), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

/** Finnish HETU `DDMMYY-ZZZQ` / `DDMMYYAZZZQ`. */
export function hetu(r: Rng9): string {
  const [y, m, d] = dob(r, 1960, 2004);
  const z = pad(r.int(2, 899), 3);
  const base = `${pad(d)}${pad(m)}${pad(y % 100)}`;
  return `${base}${y >= 2000 ? 'A' : '-'}${z}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(base + z) % 31]}`;
}

/** Canadian SIN `NNN NNN NNN` (Luhn, first digit 1-7). */
export const sin = (r: Rng9): string => withLuhn(String(r.int(1, 7)) + r.digits(7)).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');

/** French NIR `S YY MM DD CCC NNN KK` (key = 97 - n mod 97). */
export function nir(r: Rng9): string {
  const [y, m] = dob(r, 1950, 2000);
  const s = `${r.int(1, 2)}${pad(y % 100)}${pad(m)}${pad(r.int(1, 95))}${pad(r.int(1, 999), 3)}${pad(r.int(1, 999), 3)}`;
  const k = 97 - Number(BigInt(s) % 97n);
  return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10)} ${pad(k)}`;
}

/** Belgian national register number `YY.MM.DD-XXX.CC` (born in the 1900s). */
export function nrn(r: Rng9): string {
  const [y, m, d] = dob(r, 1940, 1999);
  const s = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(r.int(1, 997), 3)}`;
  return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}-${s.slice(6)}.${pad(97 - Number(BigInt(s) % 97n))}`;
}

/** Norwegian fødselsnummer, 11 digits with both mod-11 check digits. */
export function fnr(r: Rng9): string {
  for (;;) {
    const [y, m, d] = dob(r, 1940, 1999);
    const s = nums(`${pad(d)}${pad(m)}${pad(y % 100)}${pad(r.int(0, 499), 3)}`);
    let k1 = 11 - (wsum(s, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - (wsum([...s, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 < 10) return s.join('') + k1 + k2;
  }
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (s: string, withCheck: boolean): number => {
  let c = 0;
  const d = nums(s).reverse();
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![d[i]!]!]!;
  return c;
};
/** Indian Aadhaar `NNNN NNNN NNNN` with its Verhoeff check digit. */
export function aadhaar(r: Rng9): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9][verhoeff(body, false)]!;
  return (body + inv).replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3');
}

/** Chinese resident identity number (ISO 7064 MOD 11-2 check character). */
export function chinaRic(r: Rng9): string {
  const [y, m, d] = dob(r, 1960, 2000);
  const s = `${r.pick(['110101', '310104', '440305', '330106', '510107'])}${y}${pad(m)}${pad(d)}${r.digits(3)}`;
  return s + '10X98765432'[wsum(nums(s), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11];
}

/** South African ID number, 13 digits (Luhn). */
export function zaId(r: Rng9): string {
  const [y, m, d] = dob(r, 1960, 1999);
  return withLuhn(`${pad(y % 100)}${pad(m)}${pad(d)}${r.digits(4)}08`);
}

const rutDv = (body: string): string => {
  const d = nums(body).reverse();
  const k = 11 - (d.reduce((a, x, i) => a + x * [2, 3, 4, 5, 6, 7][i % 6]!, 0) % 11);
  return k === 11 ? '0' : k === 10 ? 'K' : String(k);
};
/** Chilean RUT `12.345.678-5`. */
export function rut(r: Rng9): string {
  const body = String(r.int(10, 25)) + r.digits(6);
  return `${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5)}-${rutDv(body)}`;
}

/** Australian TFN, 9 digits with weighted mod-11 sum of 0. */
export function tfn(r: Rng9): string {
  for (;;) {
    const d = nums(String(r.int(1, 9)) + r.digits(7));
    const c = wsum(d, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    if (c < 10) return d.join('') + c;
  }
}

/** German Steuer-ID, 11 digits: one digit twice in the first ten, ISO 7064 MOD 11,10 check. */
export function steuerId(r: Rng9): string {
  const pool = [...DIGITS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const ten = [...pool.slice(0, 9), pool[r.int(1, 8)]!];
  if (ten[0] === '0') [ten[0], ten[1]] = [ten[1]!, ten[0]!];
  let p = 10;
  for (const c of ten) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return ten.join('') + ((11 - p) % 10);
}

/** Portuguese NIF, 9 digits with mod-11 check. */
export function nif(r: Rng9): string {
  const d = nums(r.pick(['1', '2', '3']) + r.digits(7));
  const k = 11 - (wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return d.join('') + (k >= 10 ? 0 : k);
}

/** Turkish TC Kimlik No, 11 digits with both check digits. */
export function tckn(r: Rng9): string {
  const d = nums(String(r.int(1, 9)) + r.digits(8));
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}

/** Singapore NRIC `S1234567D` / `T…` with its check letter. */
export function nric(r: Rng9): string {
  const p = r.pick(['S', 'T']);
  const d = r.digits(7);
  return p + d + 'JZIHGFEDCBA'[(wsum(nums(d), [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0)) % 11];
}

/** Format/checksum checks for every national id kind the set plants, by kind. */
export const idChecks15: Record<string, (v: string) => boolean> = {
  ssn: (v) => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(v),
  cpf: (v) => { const d = nums(v); return d.length === 11 && cpfDigit(d.slice(0, 9)) === d[9] && cpfDigit(d.slice(0, 10)) === d[10]; },
  bsn: (v) => /^\d{9}$/.test(v) && (wsum(nums(v), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  pesel: (v) => /^\d{11}$/.test(v) && (10 - (wsum(nums(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  hetu: (v) => /^\d{6}[-+A]\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  sin: (v) => /^[1-7]\d{2} ?\d{3} ?\d{3}$/.test(v) && luhnOk(v.replace(/ /g, '')),
  nir: (v) => { const s = v.replace(/ /g, ''); return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13)); },
  nrn: (v) => { const s = v.replace(/\D/g, ''); return s.length === 11 && 97 - Number(BigInt(s.slice(0, 9)) % 97n) === Number(s.slice(9)); },
  fnr: (v) => { const d = nums(v); return d.length === 11 && wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0; },
  aadhaar: (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeff(v, true) === 0,
  'china-ric': (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[wsum(nums(v.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17],
  'za-id': (v) => /^\d{13}$/.test(v) && luhnOk(v),
  rut: (v) => { const m = /^(\d{1,2})\.(\d{3})\.(\d{3})-([\dK])$/.exec(v); return Boolean(m) && rutDv(m![1]! + m![2]! + m![3]!) === m![4]; },
  tfn: (v) => /^\d{9}$/.test(v) && wsum(nums(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  'steuer-id': (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; let p = 10; for (const c of v.slice(0, 10)) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; } return (11 - p) % 10 === Number(v[10]); },
  nif: (v) => { if (!/^[1-3]\d{8}$/.test(v)) return false; const k = 11 - (wsum(nums(v), [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (k >= 10 ? 0 : k) === Number(v[8]); },
  tckn: (v) => { const d = nums(v); return /^[1-9]\d{10}$/.test(v) && ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10]; },
  nric: (v) => /^[ST]\d{7}[A-Z]$/.test(v) && 'JZIHGFEDCBA'[(wsum(nums(v), [2, 7, 6, 5, 4, 3, 2]) + (v[0] === 'T' ? 4 : 0)) % 11] === v[8],
};
