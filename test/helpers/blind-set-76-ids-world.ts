import { UPPER, type Rng76 } from './blind-set-76-rng';
import { birth, ds, luhnDigit, pad } from './blind-set-76-ids-base';

/** National identifiers of people (Asia, the Nordics, Central and Eastern Europe, the Middle East), each with its own check digits. */

export function myNumberCheck(d11: string): number {
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(d11[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const m = s % 11;
  return m <= 1 ? 0 : 11 - m;
}
export const myNumber = (r: Rng76): string => { const d = String(r.int(1, 9)) + r.digits(10); return d + myNumberCheck(d); };
export function cnIdCheck(d17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(d17[i]) * w[i]!;
  return '10X98765432'[s % 11]!;
}
export function cnId(r: Rng76): string {
  const b = birth(r);
  const d = r.pick(['110101', '310104', '440305', '510107', '330106', '420102', '320102']) + b.y + b.mm + b.dd + r.digits(3);
  return d + cnIdCheck(d);
}
export function krRrnCheck(d12: string): number {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d12[i]) * w[i]!;
  return (11 - (s % 11)) % 10;
}
export function krRrn(r: Rng76): string {
  const b = birth(r);
  const d = b.yy + b.mm + b.dd + (b.y >= 2000 ? r.int(3, 4) : r.int(1, 2)) + r.digits(5);
  return `${d.slice(0, 6)}-${d.slice(6)}${krRrnCheck(d)}`;
}
export function sePnr(r: Rng76): string {
  const b = birth(r);
  const d = b.yy + b.mm + b.dd + r.digits(3);
  return `${d.slice(0, 6)}-${d.slice(6)}${luhnDigit(d)}`;
}
export function dkCpr(r: Rng76): string {
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const b = birth(r);
    const d = b.dd + b.mm + b.yy + r.digits(3);
    let s = 0;
    for (let i = 0; i < 9; i++) s += Number(d[i]) * w[i]!;
    const c = (11 - (s % 11)) % 11;
    if (c < 10) return `${d.slice(0, 6)}-${d.slice(6)}${c}`;
  }
}
export function noFnr(r: Rng76): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const b = birth(r);
    let d = b.dd + b.mm + b.yy + r.digits(3);
    let ok = true;
    for (const w of [w1, w2]) {
      let s = 0;
      for (let i = 0; i < w.length; i++) s += Number(d[i]) * w[i]!;
      const c = (11 - (s % 11)) % 11;
      if (c === 10) { ok = false; break; }
      d += c;
    }
    if (ok) return d;
  }
}
export const HETU_C = '0123456789ABCDEFHJKLMNPRSTUVWXY';
export function fiHetu(r: Rng76): string {
  const b = birth(r);
  const z = pad(r.int(2, 899), 3);
  return `${b.dd}${b.mm}${b.yy}${b.y >= 2000 ? 'A' : '-'}${z}${HETU_C[Number(b.dd + b.mm + b.yy + z) % 31]}`;
}
export const ilId = (r: Rng76): string => { const d = r.digits(8); return d + luhnDigit(d); };

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,1,3,2,8,5,7,9,6,0],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffOk(num: string): boolean {
  let c = 0;
  const a = ds(num).reverse();
  for (let i = 0; i < a.length; i++) c = VD[c]![VP[i % 8]![a[i]!]!]!;
  return c === 0;
}
export function aadhaar(r: Rng76): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  let c = 0;
  const a = ds(body).reverse();
  for (let i = 0; i < a.length; i++) c = VD[c]![VP[(i + 1) % 8]![a[i]!]!]!;
  const d = body + VINV[c];
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
}
export const panIn = (r: Rng76): string => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3) + 'P' + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);
export function amka(r: Rng76): string {
  const b = birth(r);
  const d = b.dd + b.mm + b.yy + r.digits(4);
  return d + luhnDigit(d);
}
export function czRc(r: Rng76): string {
  for (;;) {
    const b = birth(r);
    const mm = pad(Number(b.mm) + (r.next() < 0.5 ? 50 : 0), 2);
    const n9 = b.yy + mm + b.dd + r.digits(3);
    const d = (11 - Number((BigInt(n9) * 10n) % 11n)) % 11;
    if (d < 10) return `${n9.slice(0, 6)}/${n9.slice(6)}${d}`;
  }
}
export function huTaj(r: Rng76): string {
  const d = r.digits(8);
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(d[i]) * (i % 2 === 0 ? 3 : 7);
  const x = d + (s % 10);
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
}
export function roCnp(r: Rng76): string {
  const b = birth(r);
  const d = String(b.y >= 2000 ? r.int(5, 6) : r.int(1, 2)) + b.yy + b.mm + b.dd + pad(r.int(1, 46), 2) + pad(r.int(1, 999), 3);
  const w = '279146358279';
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d[i]) * Number(w[i]);
  const m = s % 11;
  return d + (m === 10 ? 1 : m);
}
export function thId(r: Rng76): string {
  const d = String(r.int(1, 8)) + r.digits(11);
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d[i]) * (13 - i);
  const x = d + ((11 - (s % 11)) % 10);
  return `${x[0]}-${x.slice(1, 5)}-${x.slice(5, 10)}-${x.slice(10, 12)}-${x[12]}`;
}
export function emiratesId(r: Rng76): string {
  const d = '784' + r.int(1960, 2004) + r.digits(7);
  return `784-${d.slice(3, 7)}-${d.slice(7, 14)}-${luhnDigit(d)}`;
}
export const vnCccd = (r: Rng76): string => r.pick(['001', '079', '031', '048', '092']) + r.int(0, 3) + pad(r.int(50, 99), 2) + r.digits(6);
export const ruPassport = (r: Rng76): string => `${pad(r.int(1, 99), 2)} ${pad(r.int(0, 24), 2)} ${r.digits(6)}`;
export const jpPassport = (r: Rng76): string => r.pick(['TK', 'TR', 'MZ', 'TZ']) + r.digits(7);
export const dePersonalausweis = (r: Rng76): string => r.chars('CFGHJKLMNPRTVWXYZ', 1) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
