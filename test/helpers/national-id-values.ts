import { randomInt } from './seeded-random';

/** Fresh national id numbers with valid checksums, computed here from each scheme's definition (not with src/). */
const d = (n: number): string => Array.from({ length: n }, () => randomInt(0, 10)).join('');
const two = (n: number): string => String(n).padStart(2, '0');

/** FR NIR: sex, year, month, department, commune, order, key = 97 - (13 digits mod 97). */
export function nir(): string {
  const body = `${randomInt(1, 3)}${two(randomInt(40, 100))}${two(randomInt(1, 13))}${two(randomInt(1, 96))}${String(randomInt(1, 990)).padStart(3, '0')}${String(randomInt(1, 999)).padStart(3, '0')}`;
  return body + two(Number(97n - (BigInt(body) % 97n)));
}

/** ES DNI: 8 digits and the letter of their value mod 23. */
export function dni(): string {
  const n = randomInt(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** ES NIE: X/Y/Z (0/1/2), 7 digits, the letter. */
export function nie(): string {
  const p = randomInt(0, 3);
  const body = String(randomInt(1000000, 9999999));
  return `${'XYZ'[p]}${body}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${p}${body}`) % 23]}`;
}

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** IT codice fiscale: surname, name, year, month letter, day, place code, check letter. */
export function codiceFiscale(): string {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letters = (n: number): string => Array.from({ length: n }, () => L[randomInt(0, 26)]).join('');
  const body = `${letters(6)}${two(randomInt(40, 100))}${'ABCDEHLMPRST'[randomInt(0, 12)]}${two(randomInt(1, 72))}${letters(1)}${String(randomInt(100, 999))}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD[k]! : k;
  }
  return body + L[sum % 26];
}

/** NL BSN: 9 digits, 11-check (weights 9..2 and -1). */
export function bsn(): string {
  for (;;) {
    const s = String(randomInt(1, 10)) + d(8);
    const sum = [...s].reduce((a, x, i) => a + Number(x) * (i === 8 ? -1 : 9 - i), 0);
    if (sum % 11 === 0) return s;
  }
}

/** DE Steuer-ID: 10 digits (no leading 0) and the ISO 7064 MOD 11,10 check digit. */
export function steuerId(): string {
  const s = String(randomInt(1, 10)) + d(9);
  let p = 10;
  for (const x of s) {
    let t = (Number(x) + p) % 10;
    if (t === 0) t = 10;
    p = (2 * t) % 11;
  }
  return s + String((11 - p) % 10);
}

/** BR CPF as written: `123.456.789-09`. */
export function cpf(): string {
  const n = [...d(9)].map(Number);
  for (const len of [9, 10]) {
    const r = (n.slice(0, len).reduce((a, x, i) => a + x * (len + 1 - i), 0) * 10) % 11;
    n.push(r === 10 ? 0 : r);
  }
  const s = n.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** CA SIN: 9 digits from 1-7 or 9, Luhn. */
export function sin(): string {
  for (;;) {
    const s = String([1, 2, 3, 4, 5, 6, 7, 9][randomInt(0, 8)]) + d(8);
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let x = Number(s[8 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

/** AU TFN: 9 digits, weighted sum a multiple of 11. */
export function tfn(): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const s = String(randomInt(1, 10)) + d(8);
    if ([...s].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11 === 0) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

/** IN PAN: 3 letters, a holder-type letter, a letter, 4 digits, a letter. */
export function pan(): string {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const l = (): string => L[randomInt(0, 26)]!;
  return `${l()}${l()}${l()}${'PCHFATBLJG'[randomInt(0, 10)]}${l()}${String(randomInt(1000, 9999))}${l()}`;
}
