import { Rng9, UPPER } from './blind-set-9-rng';
import { birth73, luhnDigit73 } from './blind-set-73-ids';

/** National ids of the Americas, Asia, Oceania, Africa and the Middle East. */
const pad = (n: number | bigint, w: number): string => String(n).padStart(w, '0');
const nums = (s: string): number[] => [...s].map(Number);
const wsum = (ds: number[], ws: number[]): number => ds.reduce((a, d, i) => a + d * ws[i]!, 0);
const yy = (y: number) => pad(y % 100, 2);

const CURP_D = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
export function curp73(r: Rng9): string {
  const b = birth73(r, 1950, 2006);
  const s17 =
    r.chars('BCDFGHJLMNPRSTVZ', 1) + r.chars('AEIOU', 1) + r.chars('BCDFGHJLMNPRSTVZ', 1) + r.chars('ABCDEFGJLMPRSTV', 1) +
    yy(b.y) + pad(b.m, 2) + pad(b.d, 2) + r.pick(['H', 'M']) + r.pick(['DF', 'JC', 'NL', 'PL', 'VZ', 'GT', 'MC', 'YN', 'BC', 'SL']) +
    r.chars('BCDFGHJLMNPRSTVZ', 3) + (b.y >= 2000 ? r.chars(UPPER, 1) : r.digits(1));
  const sum = [...s17].reduce((a, ch, i) => a + CURP_D.indexOf(ch) * (18 - i), 0);
  return s17 + ((10 - (sum % 10)) % 10);
}

const RFC_D = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
export function rfcDigit73(s12: string): string {
  const sum = [...s12].reduce((a, ch, i) => a + RFC_D.indexOf(ch) * (13 - i), 0);
  const m = sum % 11;
  return m === 0 ? '0' : 11 - m === 10 ? 'A' : String(11 - m);
}
export function rfc73(r: Rng9): string {
  const b = birth73(r);
  const s12 = r.chars('BCDFGHJLMNPRSTVZ', 1) + r.chars('AEIOU', 1) + r.chars('BCDFGHJLMNPRSTVZ', 2) + yy(b.y) + pad(b.m, 2) + pad(b.d, 2) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ123456789', 2);
  return s12 + rfcDigit73(s12);
}

export function rut73(r: Rng9): string {
  const n = r.int(5000000, 25999999);
  const ds = nums(String(n)).reverse();
  const s = ds.reduce((a, d, i) => a + d * [2, 3, 4, 5, 6, 7][i % 6]!, 0);
  const v = 11 - (s % 11);
  const dv = v === 11 ? '0' : v === 10 ? 'K' : String(v);
  const body = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${r.int(0, 3) ? body : String(n)}-${dv}`;
}

export function dniAr73(r: Rng9): string {
  return String(r.int(10000000, 45999999)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
export function cuil73(r: Rng9): string {
  for (;;) {
    const b = r.pick(['20', '27', '23']) + String(r.int(10000000, 45999999));
    const v = 11 - (wsum(nums(b), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (v === 10) continue;
    return `${b.slice(0, 2)}-${b.slice(2)}-${v === 11 ? 0 : v}`;
  }
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit73(body: string): number {
  let c = 0;
  nums(body).reverse().forEach((d, i) => (c = VD[c]![VP[(i + 1) % 8]![d]!]!));
  return VINV[c]!;
}
export function aadhaar73(r: Rng9): string {
  const b = String(r.int(2, 9)) + r.digits(10);
  const n = b + verhoeffDigit73(b);
  const sep = r.pick([' ', ' ', '-', '']);
  return `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`;
}
export const pan73 = (r: Rng9): string => r.chars(UPPER, 3) + 'P' + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);

export function nric73(r: Rng9): string {
  const pre = r.pick(['S', 'T', 'S']);
  const d = r.digits(7);
  const s = wsum(nums(d), [2, 7, 6, 5, 4, 3, 2]) + (pre === 'T' ? 4 : 0);
  return pre + d + 'JZIHGFEDCBA'[s % 11];
}
export function mykad73(r: Rng9): string {
  const b = birth73(r);
  return `${yy(b.y)}${pad(b.m, 2)}${pad(b.d, 2)}-${pad(r.int(1, 14), 2)}-${r.digits(4)}`;
}
export function hkid73(r: Rng9): string {
  const l = r.chars('ACDEGHKMPRVYZ', 1);
  const d = r.digits(6);
  const s = 36 * 9 + (l.charCodeAt(0) - 55) * 8 + wsum(nums(d), [7, 6, 5, 4, 3, 2]);
  const c = (11 - (s % 11)) % 11;
  return `${l}${d}(${c === 10 ? 'A' : c})`;
}
export function rrn73(r: Rng9): string {
  const b = birth73(r);
  const g = b.y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2']);
  const body = yy(b.y) + pad(b.m, 2) + pad(b.d, 2) + g + r.digits(5);
  const c = (11 - (wsum(nums(body), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${c}`;
}
export function myNumberDigit73(b11: string): number {
  const ds = nums(b11).reverse();
  const s = ds.reduce((a, p, i) => a + p * (i + 1 <= 6 ? i + 2 : i - 4), 0);
  const m = s % 11;
  return m <= 1 ? 0 : 11 - m;
}
export function myNumber73(r: Rng9): string {
  const b = String(r.int(1, 9)) + r.digits(10);
  const n = b + myNumberDigit73(b);
  return r.int(0, 1) ? n : `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
}
export function cnRid73(r: Rng9): string {
  const b = birth73(r);
  const body = r.pick(['110101', '310104', '440305', '510107', '330106', '420102', '320102']) + b.y + pad(b.m, 2) + pad(b.d, 2) + r.digits(3);
  const s = wsum(nums(body), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return body + '10X98765432'[s % 11];
}
export function tfn73(r: Rng9): string {
  for (;;) {
    const b = String(r.int(1, 9)) + r.digits(7);
    for (let c = 0; c <= 9; c++) {
      if (wsum(nums(b + c), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) {
        const n = b + c;
        return r.int(0, 1) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
      }
    }
  }
}
export function medicare73(r: Rng9): string {
  const b = String(r.int(2, 6)) + r.digits(7);
  const c = wsum(nums(b), [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
  const n = b + c + r.int(1, 9);
  return r.int(0, 1) ? `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}` : n;
}
export function ird73(r: Rng9): string {
  for (;;) {
    const b = String(r.int(10000000, 14999999));
    let m = wsum(nums(b), [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let c = m === 0 ? 0 : 11 - m;
    if (c === 10) {
      m = wsum(nums(b), [7, 4, 3, 2, 5, 2, 7, 6]) % 11;
      c = m === 0 ? 0 : 11 - m;
      if (c === 10) continue;
    }
    const n = b + c;
    return r.int(0, 1) ? `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}` : n;
  }
}
export function zaId73(r: Rng9): string {
  const b = birth73(r);
  const body = yy(b.y) + pad(b.m, 2) + pad(b.d, 2) + r.digits(4) + r.pick(['0', '0', '1']) + '8';
  return body + luhnDigit73(body);
}
export const bvn73 = (r: Rng9): string => '22' + r.digits(9);
export const ninNg73 = (r: Rng9): string => String(r.int(1, 9)) + r.digits(10);
export function tckn73(r: Rng9): string {
  const d = nums(String(r.int(1, 9)) + r.digits(8));
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}
export function ilId73(r: Rng9): string {
  const b = r.digits(8);
  let s = 0;
  nums(b).forEach((x, i) => {
    let v = x * (i % 2 === 0 ? 1 : 2);
    if (v > 9) v -= 9;
    s += v;
  });
  return b + ((10 - (s % 10)) % 10);
}

/** Passport numbers in each issuing country's printed shape (no public checksum on the number alone). */
export function passport73(r: Rng9, cc: string): string {
  switch (cc) {
    case 'US': return r.int(0, 1) ? String(r.int(5, 6)) + r.digits(8) : r.chars('ACEX', 1) + r.digits(8);
    case 'DE': return r.chars('CFGHJK', 1) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
    case 'FR': return r.digits(2) + r.chars(UPPER, 2) + r.digits(5);
    case 'IN': return r.chars('JKLMNPRSTUVWZ', 1) + r.digits(7);
    case 'CN': return 'E' + r.digits(8);
    case 'JP': return r.pick(['TK', 'TR', 'MU', 'TZ']) + r.digits(7);
    case 'KR': return 'M' + r.digits(8);
    case 'CA': return r.chars(UPPER, 2) + r.digits(6);
    default: return r.digits(9);
  }
}

/** Driving licence numbers: UK DVLA shape, Ontario, California, NSW, Germany. */
export function licence73(r: Rng9, cc: string, surname = 'SMITH'): string {
  switch (cc) {
    case 'GB': {
      const s = (surname.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
      const b = birth73(r);
      return `${s}${String(b.y).slice(2, 3)}${pad(b.m + (r.int(0, 1) ? 50 : 0), 2)}${pad(b.d, 2)}${String(b.y).slice(3)}${r.chars(UPPER, 2)}${r.digits(1)}${r.chars(UPPER, 2)}`;
    }
    case 'ON': return `${r.chars(UPPER, 1)}${r.digits(4)}-${r.digits(5)}-${r.digits(5)}`;
    case 'CA': return r.chars(UPPER, 1) + r.digits(7);
    case 'AU': return r.digits(8);
    default: return r.chars(UPPER, 1) + r.digits(3) + r.chars(UPPER + '0123456789', 6) + r.digits(1);
  }
}
