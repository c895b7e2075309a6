import type { Rng76 } from './blind-set-76-rng';

/** Shared helpers of the national-identifier generators: digit lists, padding, birth dates, the Luhn digit. */

export const ds = (s: string): number[] => [...s].map((c) => Number(c));
export const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A birth date as yy, mm, dd (and the full year) between 1950 and 2004. */
export function birth(r: Rng76): { y: number; yy: string; mm: string; dd: string } {
  const y = r.int(1950, 2004);
  return { y, yy: pad(y % 100, 2), mm: pad(r.int(1, 12), 2), dd: pad(r.int(1, 28), 2) };
}

export function luhnDigit(body: string): number {
  let sum = 0;
  const a = ds(body).reverse();
  for (let i = 0; i < a.length; i++) {
    let d = a[i]!;
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

