import { dateOk } from './id-checksums-more';

/** Digits of `v` as numbers (separators dropped). */
const nums = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** Weighted digit sum of `d` with `w` (extra digits ignored). */
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

/** CH AHV / AVS number (AHVN13): 13 digits from 756, EAN-13 check digit (weights 1,3). */
export function ahvValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 13 || d.slice(0, 3).join('') !== '756') return false;
  const s = d.slice(0, 12).reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0);
  return (10 - (s % 10)) % 10 === d[12];
}

/** AT social security number (SVNR): 3-digit serial, check digit, birth date ddmmyy (weights 3,7,9 / 5,8,4,2,1,6, mod 11). */
export function atSvnrValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 10 || d[0] === 0) return false;
  const dd = d[4]! * 10 + d[5]!, mm = d[6]! * 10 + d[7]!;
  // Month 13-15 marks an unknown birth date; the day is a real one.
  if (dd < 1 || dd > 31 || mm < 1 || mm > 15) return false;
  const c = (weighted(d, [3, 7, 9]) + weighted(d.slice(4), [5, 8, 4, 2, 1, 6])) % 11;
  return c < 10 && c === d[3];
}

/** JP My Number (個人番号): 12 digits, check digit from weights 2-7 over the last 11 digits read backwards, mod 11. */
export function myNumberValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 12 || /^(\d)\1+$/.test(d.join(''))) return false;
  const t = d.slice(0, 11).reverse().reduce((a, x, i) => a + x * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
  return (t <= 1 ? 0 : 11 - t) === d[11];
}

/** KR resident registration number: birth date yymmdd, sex/century digit 1-8, serial, check digit (weights 2-9,2-5, mod 11). */
export function krRrnValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 13 || d[6]! < 1 || d[6]! > 8) return false;
  const century = [1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000][d[6]! - 1]!;
  if (!dateOk(century + d[0]! * 10 + d[1]!, d[2]! * 10 + d[3]!, d[4]! * 10 + d[5]!)) return false;
  return (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12];
}
