import { Rng9, DIGITS, UPPER } from './blind-set-9-rng';

/** National id generators with valid checksums where the format has one. */
const pad = (n: number | bigint, w: number): string => String(n).padStart(w, '0');
const nums = (s: string): number[] => [...s].map(Number);
const wsum = (ds: number[], ws: number[]): number => ds.reduce((a, d, i) => a + d * ws[i]!, 0);

export function luhnDigit73(body: string): number {
  let sum = 0;
  const ds = nums(body).reverse();
  ds.forEach((d, i) => {
    let v = i % 2 === 0 ? d * 2 : d;
    if (v > 9) v -= 9;
    sum += v;
  });
  return (10 - (sum % 10)) % 10;
}

interface Birth {
  y: number;
  m: number;
  d: number;
}
export const birth73 = (r: Rng9, lo = 1948, hi = 2004): Birth => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const yy = (b: Birth) => pad(b.y % 100, 2);

export function ssn73(r: Rng9): string {
  let a = 0;
  do a = r.int(1, 899);
  while (a === 666);
  return `${pad(a, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}

export function itin73(r: Rng9): string {
  const g = r.pick([50, 53, 57, 61, 65, 70, 74, 78, 83, 88, 90, 92, 94, 97, 99]);
  return `9${r.digits(2)}-${g}-${pad(r.int(1, 9999), 4)}`;
}

export function nino73(r: Rng9, spaced: boolean): string {
  const bad = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
  let pre = '';
  do pre = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  while (bad.includes(pre));
  const d = r.digits(6);
  const s = r.chars('ABCD', 1);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${pre}${d}${s}`;
}

export function nhs73(r: Rng9): string {
  for (;;) {
    const b = String(r.int(1, 9)) + r.digits(8);
    let c = 11 - (wsum(nums(b), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    const n = b + c;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}

export function sin73(r: Rng9): string {
  const b = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7);
  const n = b + luhnDigit73(b);
  const sep = r.pick(['-', ' ', '']);
  return `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
}

export function nir73(r: Rng9, spaced: boolean): string {
  const b = birth73(r);
  let dep = 0;
  do dep = r.int(1, 95);
  while (dep === 20);
  const parts = [String(r.int(1, 2)), yy(b), pad(b.m, 2), pad(dep, 2), pad(r.int(1, 990), 3), pad(r.int(1, 999), 3)];
  const key = 97 - Number(BigInt(parts.join('')) % 97n);
  return spaced ? `${parts.join(' ')} ${pad(key, 2)}` : parts.join('') + pad(key, 2);
}

const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniEs73(r: Rng9): string {
  const n = pad(r.int(1000000, 99999999), 8);
  return `${n}${r.pick(['', '', '-'])}${DNI_L[Number(n) % 23]}`;
}
export function nie73(r: Rng9): string {
  const p = r.int(0, 2);
  const n = r.digits(7);
  return `${'XYZ'[p]}${n}${DNI_L[Number(String(p) + n) % 23]}`;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);
export function cfCheck73(s15: string): string {
  let sum = 0;
  [...s15].forEach((ch, i) => (sum += i % 2 === 0 ? CF_ODD[cfVal(ch)]! : cfVal(ch)));
  return UPPER[sum % 26]!;
}
export function codiceFiscale73(r: Rng9): string {
  const cons = 'BCDFGHLMNPRSTVZ';
  const b = birth73(r);
  const day = b.d + (r.int(0, 1) ? 40 : 0);
  const s = r.chars(cons, 3) + r.chars(cons, 3) + yy(b) + 'ABCDEHLMPRST'[b.m - 1] + pad(day, 2) + r.pick(['H501', 'F205', 'F839', 'L219', 'G273', 'D612', 'A944', 'L736']);
  return s + cfCheck73(s);
}

export function steuerId73(r: Rng9): string {
  for (;;) {
    const pool = [...DIGITS];
    const twice = pool[r.int(0, 9)]!;
    const missing = pool.filter((d) => d !== twice)[r.int(0, 8)]!;
    const ds = pool.filter((d) => d !== missing).concat([twice]);
    for (let i = ds.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [ds[i], ds[j]] = [ds[j]!, ds[i]!];
    }
    if (ds[0] === '0') continue;
    let prod = 10;
    for (const d of ds) {
      let s = (Number(d) + prod) % 10;
      if (s === 0) s = 10;
      prod = (s * 2) % 11;
    }
    let c = 11 - prod;
    if (c === 10) c = 0;
    const n = ds.join('') + c;
    return r.int(0, 2) === 0 ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}` : n;
  }
}

export function bsn73(r: Rng9): string {
  for (;;) {
    const b = String(r.int(1, 6)) + r.digits(7);
    const s = wsum(nums(b), [9, 8, 7, 6, 5, 4, 3, 2]);
    const c = s % 11;
    if (c > 9) continue;
    return b + c;
  }
}

export function beNN73(r: Rng9): string {
  const b = birth73(r);
  const base = yy(b) + pad(b.m, 2) + pad(b.d, 2) + pad(r.int(1, 997), 3);
  const c = 97 - Number(BigInt((b.y >= 2000 ? '2' : '') + base) % 97n);
  return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6)}.${pad(c, 2)}`;
}

export function pesel73(r: Rng9): string {
  const b = birth73(r);
  const m = b.m + (b.y >= 2000 ? 20 : 0);
  const body = yy(b) + pad(m, 2) + pad(b.d, 2) + r.digits(4);
  const c = (10 - (wsum(nums(body), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return body + c;
}

export function personnummer73(r: Rng9): string {
  const b = birth73(r);
  const body = yy(b) + pad(b.m, 2) + pad(b.d, 2) + r.digits(3);
  const n = body + luhnDigit73(body);
  return r.int(0, 1) ? `${n.slice(0, 6)}-${n.slice(6)}` : `${String(b.y).slice(0, 2)}${n.slice(0, 6)}-${n.slice(6)}`;
}

export function cpr73(r: Rng9): string {
  for (;;) {
    const b = birth73(r);
    const body = pad(b.d, 2) + pad(b.m, 2) + yy(b) + r.digits(3);
    const s = wsum(nums(body), [4, 3, 2, 7, 6, 5, 4, 3, 2]);
    const c = (11 - (s % 11)) % 11;
    if (c > 9) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${c}`;
  }
}

export function hetu73(r: Rng9): string {
  const b = birth73(r);
  const ind = pad(r.int(2, 899), 3);
  const dmy = pad(b.d, 2) + pad(b.m, 2) + yy(b);
  return dmy + (b.y >= 2000 ? 'A' : '-') + ind + '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dmy + ind) % 31];
}

export function fnrNo73(r: Rng9): string {
  for (;;) {
    const b = birth73(r, 1948, 1999);
    const body = pad(b.d, 2) + pad(b.m, 2) + yy(b) + pad(r.int(0, 499), 3);
    let k1 = 11 - (wsum(nums(body), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - (wsum(nums(body + k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return `${body}${k1}${k2}`;
  }
}

export function nifPt73(r: Rng9): string {
  const b = String(r.int(1, 2)) + r.digits(7);
  const m = wsum(nums(b), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return b + (m < 2 ? 0 : 11 - m);
}

const mod11br = (ds: number[], ws: number[]): number => {
  const m = wsum(ds, ws) % 11;
  return m < 2 ? 0 : 11 - m;
};
export function cpf73(r: Rng9, formatted = true): string {
  const ds = nums(String(r.int(1, 9)) + r.digits(8));
  ds.push(mod11br(ds, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  ds.push(mod11br(ds, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  const s = ds.join('');
  return formatted ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
/** A company's CNPJ (used in negatives: a registration number of a business). */
export function cnpj73(r: Rng9): string {
  const ds = nums(String(r.int(1, 9)) + r.digits(7) + '0001');
  ds.push(mod11br(ds, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  ds.push(mod11br(ds, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const s = ds.join('');
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;
}
