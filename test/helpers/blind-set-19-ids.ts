import { idChecks19b } from './blind-set-19-ids2';
import type { Rng19 } from './blind-set-19-types';

/** National identifiers of 21 countries: generators with real check digits, and their checks (first half here). */

const num = (s: string): number[] => [...s].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const birth = (r: Rng19): { y: number; m: number; d: number } => ({ y: r.int(1955, 2004), m: r.int(1, 12), d: r.int(1, 28) });

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spain DNI (8 digits + mod-23 letter) or NIE (X/Y/Z + 7 digits + letter). */
export function esDni(r: Rng19, nie = false): string {
  if (nie) {
    const p = r.pick(['X', 'Y', 'Z']);
    const body = r.digits(7);
    return p + body + DNI[Number('XYZ'.indexOf(p) + body) % 23];
  }
  const body = String(r.int(10000000, 99999999));
  return body + DNI[Number(body) % 23];
}
const esDniOk = (v: string): boolean => {
  const m = v.match(/^([XYZ]\d{7}|\d{8})-?([A-Z])$/);
  if (!m) return false;
  const n = Number(m[1]!.replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))));
  return DNI[n % 23] === m[2];
};

/** Netherlands BSN (11-proof). */
export function nlBsn(r: Rng19): string {
  for (;;) {
    const d = num(String(r.int(10000000, 69999999)).padStart(8, '0'));
    const c = wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (c < 10) return d.join('') + c;
  }
}
const nlBsnOk = (v: string): boolean => /^\d{9}$/.test(v) && (wsum(num(v), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0;

/** Poland PESEL (birth date coded, weights 1-3-7-9). */
export function plPesel(r: Rng19): string {
  const b = birth(r);
  const mm = b.y >= 2000 ? b.m + 20 : b.m;
  const ten = pad(b.y % 100, 2) + pad(mm, 2) + pad(b.d, 2) + r.digits(4);
  return ten + ((10 - (wsum(num(ten), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
const plPeselOk = (v: string): boolean => /^\d{11}$/.test(v) && (10 - (wsum(num(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]);

/** France NIR (sécurité sociale) with its mod-97 key, printed `1 85 05 78 006 084 36` or compact. */
export function frNir(r: Rng19, spaced: boolean): string {
  const b = birth(r);
  const dep = pad(r.int(1, 95), 2);
  const body = `${r.int(1, 2)}${pad(b.y % 100, 2)}${pad(b.m, 2)}${dep}${pad(r.int(1, 990), 3)}${pad(r.int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n), 2);
  return spaced ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}` : body + key;
}
const frNirOk = (v: string): boolean => {
  const c = v.replace(/ /g, '');
  return /^[12]\d{14}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
};

/** Brazil CPF, `123.456.789-09` or compact. */
export function brCpf(r: Rng19, dotted: boolean): string {
  const d = num(r.digits(9));
  const dv = (xs: number[]): number =>
    ((wsum(
      xs,
      xs.map((_, i) => xs.length + 1 - i),
    ) *
      10) %
      11) %
    10;
  d.push(dv(d));
  d.push(dv(d));
  const s = d.join('');
  return dotted ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
const brCpfOk = (v: string): boolean => {
  const s = v.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(s) || /^(\d)\1+$/.test(s)) return false;
  const d = num(s);
  const dv = (xs: number[]): number =>
    ((wsum(
      xs,
      xs.map((_, i) => xs.length + 1 - i),
    ) *
      10) %
      11) %
    10;
  return dv(d.slice(0, 9)) === d[9] && dv(d.slice(0, 10)) === d[10];
};

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
const VI = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const verhoeff = (s: string, withCheck: boolean): number => {
  let c = 0;
  const d = num(s).reverse();
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![d[i]!]!]!;
  return c;
};
/** India Aadhaar (Verhoeff), `2345 6789 0123` or compact. */
export function inAadhaar(r: Rng19, spaced: boolean): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const s = body + VI[verhoeff(body, false)];
  return spaced ? s.match(/.{4}/g)!.join(' ') : s;
}
const inAadhaarOk = (v: string): boolean => /^[2-9]\d{11}$/.test(v.replace(/ /g, '')) && verhoeff(v.replace(/ /g, ''), true) === 0;

/** Korea resident registration number `YYMMDD-GNNNNNC`. */
export function krRrn(r: Rng19): string {
  const b = birth(r);
  const g = b.y >= 2000 ? r.pick([3, 4]) : r.pick([1, 2]);
  const twelve = pad(b.y % 100, 2) + pad(b.m, 2) + pad(b.d, 2) + g + r.digits(5);
  const c = (11 - (wsum(num(twelve), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${twelve.slice(0, 6)}-${twelve.slice(6)}${c}`;
}
const krRrnOk = (v: string): boolean => {
  const s = v.replace('-', '');
  return /^\d{13}$/.test(s) && (11 - (wsum(num(s), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]);
};

/** Turkey T.C. Kimlik No. */
export function trTckn(r: Rng19): string {
  const d = num(String(r.int(1, 9)) + r.digits(8));
  const d10 = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}
const trTcknOk = (v: string): boolean => {
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const d = num(v);
  const d10 = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  return d10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10];
};

const CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** China resident identity card number (18 chars, ISO 7064 MOD 11-2). */
export function cnRic(r: Rng19): string {
  const b = birth(r);
  const area = r.pick(['110105', '310104', '440305', '330106', '510107', '420111', '320102']);
  const s = area + b.y + pad(b.m, 2) + pad(b.d, 2) + r.digits(3);
  return s + '10X98765432'[wsum(num(s), CNW) % 11];
}
const cnRicOk = (v: string): boolean => /^\d{17}[\dX]$/.test(v) && '10X98765432'[wsum(num(v.slice(0, 17)), CNW) % 11] === v[17];

/** Japan My Number (12 digits, check digit over 11). */
export function jpMyNumber(r: Rng19): string {
  const s = String(r.int(1, 9)) + r.digits(10);
  return s + jpMyCheck(s);
}
const jpMyCheck = (s: string): number => {
  const d = num(s).reverse();
  const rem = d.reduce((a, p, i) => a + p * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
  return rem <= 1 ? 0 : 11 - rem;
};
const jpMyOk = (v: string): boolean => {
  const s = v.replace(/[ -]/g, '');
  return /^\d{12}$/.test(s) && jpMyCheck(s.slice(0, 11)) === Number(s[11]);
};

/** The checks by kind. */
export const idChecks19: Record<string, (v: string) => boolean> = {
  'es-dni': esDniOk,
  'nl-bsn': nlBsnOk,
  'pl-pesel': plPeselOk,
  'fr-nir': frNirOk,
  'br-cpf': brCpfOk,
  'in-aadhaar': inAadhaarOk,
  'kr-rrn': krRrnOk,
  'tr-tckn': trTcknOk,
  'cn-ric': cnRicOk,
  'jp-mynumber': jpMyOk,
  ...idChecks19b,
};
export { aeEid, beNn, deSteuerId, fiHetu, itCf, noFnr, ptNif, ruInn, ruSnils, saNid, sePnr } from './blind-set-19-ids2';
