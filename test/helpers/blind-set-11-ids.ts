import { DIGITS, UPPER, type Rng11 } from './blind-set-11-rng';
import { luhnOk, withLuhn } from './blind-set-11-checks';

/** National identifiers with their checksums. Each generator has a checker under the same kind in `idChecks11`. */
const num = (s: string): number[] => [...s].map(Number);
const wsum = (s: string, w: number[]): number => num(s).reduce((a, d, i) => a + d * w[i]!, 0);
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
/** A plausible birth date: [yyyy, mm, dd]. */
export const birth = (r: Rng11): [number, number, number] => [r.int(1950, 2004), r.int(1, 12), r.int(1, 28)];

export function usSsn(r: Rng11): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}
export function ukNino(r: Rng11): string {
  const first = 'ABCEGHJKLMNPRSTWXYZ', second = 'ABCEGHJKLMNPRSTWXYZ'.replace('O', '');
  let p = r.pick([...first]) + r.pick([...second]);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) p = 'AB';
  const d = r.digits(6);
  return `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`;
}
export function nhs(r: Rng11): string {
  for (;;) {
    const b = String(r.int(4, 7)) + r.digits(8);
    const c = 11 - (wsum(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    const s = b + (c === 11 ? 0 : c);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}
export function frNir(r: Rng11): string {
  const [y, m] = birth(r);
  const b = `${r.int(1, 2)}${pad(y % 100, 2)}${pad(m, 2)}${pad(r.int(1, 95), 2)}${pad(r.int(1, 990), 3)}${pad(r.int(1, 999), 3)}`;
  return b + pad(97 - Number(BigInt(b) % 97n), 2);
}
function iso7064(s: string): number {
  let p = 10;
  for (const d of num(s)) { let t = (d + p) % 10; if (t === 0) t = 10; p = (2 * t) % 11; }
  return (11 - p) % 10;
}
export function deSteuerId(r: Rng11): string {
  for (;;) {
    const pool = [...DIGITS];
    const chosen: string[] = [];
    while (chosen.length < 9) chosen.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
    chosen.push(r.pick(chosen));
    for (let i = chosen.length - 1; i > 0; i--) { const j = r.int(0, i); [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!]; }
    if (chosen[0] === '0') continue;
    const b = chosen.join('');
    return b + iso7064(b);
  }
}
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const esDni = (r: Rng11): string => { const n = r.int(10000000, 79999999); return `${n}${DNI[n % 23]}`; };
export const esNie = (r: Rng11): string => { const k = r.int(0, 2), n = r.digits(7); return `${'XYZ'[k]}${n}${DNI[Number(`${k}${n}`) % 23]}`; };
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (c: string, odd: boolean): number => { const i = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65; return odd ? CF_ODD[i]! : i; };
export const cfCheck = (s15: string): string => UPPER[[...s15].reduce((a, c, i) => a + cfVal(c, i % 2 === 0), 0) % 26]!;
export function itCf(r: Rng11): string {
  const [y, m, d] = birth(r);
  const cons = 'BCDFGHLMNPRSTVZ';
  const b = r.chars(cons, 3) + r.chars(cons, 3) + pad(y % 100, 2) + 'ABCDEHLMPRST'[m - 1] + pad(d + (r.int(0, 1) ? 40 : 0), 2) + r.pick(['H', 'F', 'L', 'A', 'G']) + pad(r.int(100, 999), 3);
  return b + cfCheck(b);
}
export function nlBsn(r: Rng11): string {
  for (;;) { const b = String(r.int(1, 6)) + r.digits(7); const c = wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11; if (c < 10) return b + c; }
}
export function beNn(r: Rng11): string {
  const [y, m, d] = birth(r);
  const b = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(r.int(1, 997), 3)}`;
  const c = 97 - Number(BigInt((y >= 2000 ? '2' : '') + b) % 97n);
  return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${pad(c, 2)}`;
}
export function plPesel(r: Rng11): string {
  const [y, m, d] = birth(r);
  const b = `${pad(y % 100, 2)}${pad(m + (y >= 2000 ? 20 : 0), 2)}${pad(d, 2)}${r.digits(4)}`;
  return b + ((10 - (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
export function sePnr(r: Rng11): string {
  const [y, m, d] = birth(r);
  const b = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
  const full = withLuhn(b);
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}
export function noFnr(r: Rng11): string {
  for (;;) {
    const [y, m, d] = birth(r);
    const b = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(y >= 2000 ? r.int(500, 999) : r.int(0, 499), 3)}`;
    let k1 = 11 - (wsum(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11); if (k1 === 11) k1 = 0;
    let k2 = 11 - (wsum(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (k2 === 11) k2 = 0;
    if (k1 < 10 && k2 < 10) return `${b}${k1}${k2}`;
  }
}
export function dkCpr(r: Rng11): string {
  for (;;) {
    const [y, m, d] = birth(r);
    const b = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${r.digits(3)}`;
    const c = (11 - (wsum(b, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (c < 10) return `${b.slice(0, 6)}-${b.slice(6)}${c}`;
  }
}
const FI = '0123456789ABCDEFHJKLMNPRSTUVWXY';
export function fiHetu(r: Rng11): string {
  const [y, m, d] = birth(r);
  const dm = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`, n = pad(r.int(2, 899), 3);
  return `${dm}${y >= 2000 ? 'A' : '-'}${n}${FI[Number(dm + n) % 31]}`;
}
export function ptNif(r: Rng11): string {
  for (;;) { const b = String(r.int(1, 2)) + r.digits(7); const c = 11 - (wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (c !== 10) return b + (c === 11 ? 0 : c); }
}
export const iePps = (r: Rng11): string => { const b = r.digits(7); return b + 'WABCDEFGHIJKLMNOPQRSTUV'[wsum(b, [8, 7, 6, 5, 4, 3, 2]) % 23]; };
export function chAhv(r: Rng11): string {
  const b = '756' + r.digits(9);
  const c = (10 - (num(b).reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0) % 10)) % 10;
  const s = b + c;
  return `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`;
}
export function atSvnr(r: Rng11): string {
  for (;;) {
    const [y, m, d] = birth(r);
    const ser = pad(r.int(100, 999), 3), dob = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
    const c = (wsum(ser, [3, 7, 9]) + wsum(dob, [5, 8, 4, 2, 1, 6])) % 11;
    if (c < 10) return `${ser}${c} ${dob}`;
  }
}
export { luhnOk };
