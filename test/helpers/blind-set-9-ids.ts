import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { withLuhn } from './blind-set-9-checks';

/** A US SSN in a valid range (not 000/666/9xx area, 00 group, 0000 serial), `AAA-GG-SSSS`. */
export function ssn(r: Rng9): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number with allowed prefix letters, e.g. `JG 10 37 92 C`-shaped. */
export function nino(r: Rng9): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p = '';
  do p = r.pick([...first]) + r.pick([...second]);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  return p + r.digits(6) + r.pick(['A', 'B', 'C', 'D']);
}

/** A French NIR (15 digits with its mod-97 key). */
export function nir(r: Rng9): string {
  const body = `${r.int(1, 2)}${r.digits(2)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return body + String(key).padStart(2, '0');
}

/** A Spanish DNI: 8 digits and the mod-23 letter. */
export function dni(r: Rng9): string {
  const n = r.int(10_000_000, 99_999_999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** An Italian codice fiscale with its check letter. */
export function codiceFiscale(r: Rng9): string {
  const cons = 'BCDFGHLMNPRSTVZ';
  const body = r.chars(cons, 3) + r.chars(cons, 2) + r.pick(['A', 'E', 'I', 'O']) + r.digits(2) + r.pick([...'ABCDEHLMPRST']) +
    String(r.pick([r.int(1, 28), r.int(41, 68)])).padStart(2, '0') + r.pick(['H501', 'F205', 'L219', 'G273', 'A662', 'D612']);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i]!;
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return body + UPPER[sum % 26];
}

/** A German Steuer-ID (11 digits, one digit repeated, ISO 7064 mod 11,10 check). */
export function steuerId(r: Rng9): string {
  const pool = [...DIGITS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const nine = pool.slice(0, 9);
  const dup = nine[r.int(0, 8)]!;
  const ten = [...nine];
  ten.splice(r.int(1, 9), 0, dup);
  if (ten[0] === '0') [ten[0], ten[1]] = [ten[1]!, ten[0]!];
  let product = 10;
  for (const c of ten) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return ten.join('') + String(check === 10 ? 0 : check);
}

/** A Dutch BSN passing the 11-proof. */
export function bsn(r: Rng9): string {
  for (;;) {
    const d = String(r.int(100_000_000, 399_999_999));
    const s = [...d].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0);
    if (s % 11 === 0) return d;
  }
}

/** A Brazilian CPF, `000.000.000-00`. */
export function cpf(r: Rng9): string {
  const d = [...r.digits(9)].map(Number);
  if (d.every((x) => x === d[0])) d[0] = (d[0]! + 1) % 10;
  const next = (xs: number[]): number => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const v = (s * 10) % 11;
    return v === 10 ? 0 : v;
  };
  d.push(next(d));
  d.push(next(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** True when a digit string passes the Verhoeff check. */
export function verhoeffOk(s: string): boolean {
  let c = 0;
  [...s].reverse().forEach((ch, i) => (c = VD[c]![VP[i % 8]![Number(ch)]!]!));
  return c === 0;
}

/** An Indian Aadhaar number (12 digits, first 2-9, Verhoeff check), `XXXX XXXX XXXX`. */
export function aadhaar(r: Rng9): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  let c = 0;
  [...body].reverse().forEach((ch, i) => (c = VD[c]![VP[(i + 1) % 8]![Number(ch)]!]!));
  const s = body + VINV[c];
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/** An Indian PAN for a person (4th letter P). */
export const pan = (r: Rng9): string => r.chars(UPPER, 3) + 'P' + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);

/** A Canadian SIN (Luhn, first digit 1-7), `000-000-000`. */
export function sin(r: Rng9): string {
  const s = withLuhn(String(r.int(1, 7)) + r.digits(7));
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
}
