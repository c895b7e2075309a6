import type { Rng9 } from './blind-set-9-rng';
import { z71 } from './blind-set-71-core';

const num = (s: string): number[] => [...s].map(Number);

/** The Luhn check digit for a digit string. */
export function luhnDigit71(body: string): string {
  let sum = 0;
  const ds = num(body).reverse();
  ds.forEach((d, i) => {
    let v = i % 2 === 0 ? d * 2 : d;
    if (v > 9) v -= 9;
    sum += v;
  });
  return String((10 - (sum % 10)) % 10);
}

/** A US SSN with a valid area, group and serial. */
export function ssn71(r: Rng9, form: 'dash' | 'plain' | 'space' = 'dash'): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = z71(area, 3);
  const g = z71(r.int(1, 99), 2);
  const s = z71(r.int(1, 9999), 4);
  return form === 'dash' ? `${a}-${g}-${s}` : form === 'space' ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

/** A card number of a real brand range, Luhn-valid, optionally grouped. */
export function card71(r: Rng9, grouped = false): string {
  const brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'jcb']);
  const pre = brand === 'visa' ? '4' : brand === 'mc' ? `5${r.int(1, 5)}` : brand === 'mc2' ? `${r.int(2221, 2720)}` : brand === 'amex' ? r.pick(['34', '37']) : brand === 'disc' ? '6011' : `35${r.int(28, 89)}`;
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  const pan = body + luhnDigit71(body);
  if (!grouped) return pan;
  if (len === 15) return `${pan.slice(0, 4)} ${pan.slice(4, 10)} ${pan.slice(10)}`;
  const sep = r.pick([' ', '-']);
  return pan.match(/.{4}/g)!.join(sep);
}

/** An ABA routing number with a valid checksum. */
export function aba71(r: Rng9): string {
  for (;;) {
    const pre = z71(r.pick([r.int(1, 12), r.int(21, 32), r.int(61, 72)]), 2);
    const b = pre + r.digits(6);
    const d = num(b);
    const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
    const c = (10 - (s % 10)) % 10;
    const out = b + c;
    if (out !== '000000000') return out;
  }
}

/** A US bank account number. */
export const acct71 = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(7, 13))}`;

const IBAN_BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + r.digits(14),
  FR: (r) => r.digits(10) + r.chars('0123456789ABCDEFGHJK', 11) + r.digits(2),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(10) + r.digits(12),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB']) + r.digits(10),
  BE: (r) => r.digits(12),
  CH: (r) => r.digits(17),
  PL: (r) => r.digits(24),
  SE: (r) => r.digits(20),
  AT: (r) => r.digits(16),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  PT: (r) => r.digits(21),
  NO: (r) => r.digits(11),
  DK: (r) => r.digits(14),
};

/** mod 97 of an IBAN-ordered alphanumeric string. */
export function mod97of71(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

/** An IBAN with valid check digits, compact or printed in groups of four. */
export function iban71(r: Rng9, country?: string, grouped = false): string {
  const c = country ?? r.pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[c]!(r);
  const check = z71(98 - mod97of71(`${bban}${c}00`), 2);
  const iban = `${c}${check}${bban}`;
  return grouped ? iban.match(/.{1,4}/g)!.join(' ') : iban;
}

/** A SWIFT/BIC of a real-looking shape (bank, country, location, optional branch). */
export function bic71(r: Rng9, country = 'DE'): string {
  return `${r.pick(['DEUT', 'COBA', 'BNPA', 'INGB', 'RABO', 'BARC', 'HSBC', 'CITI', 'UBSW', 'NDEA'])}${country}${r.pick(['FF', 'MM', '2L', '22', '3X'])}${r.pick(['', 'XXX', '500'])}`;
}

/** A Mexican CLABE (18 digits, weighted check digit). */
export function clabe71(r: Rng9): string {
  const b = r.pick(['002', '012', '014', '021', '072']) + r.digits(14);
  const w = [3, 7, 1];
  const s = num(b).reduce((a, d, i) => a + ((d * w[i % 3]!) % 10), 0);
  return b + ((10 - (s % 10)) % 10);
}

/** UK National Insurance number. */
export function nino71(r: Rng9, spaced = false): string {
  for (;;) {
    const p = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) continue;
    const d = r.digits(6);
    const s = r.pick(['A', 'B', 'C', 'D']);
    return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
  }
}

/** Canadian SIN (Luhn). */
export function sin71(r: Rng9): string {
  const b = `${r.pick([1, 2, 3, 4, 5, 6, 7, 9])}${r.digits(7)}`;
  const s = b + luhnDigit71(b);
  return r.next() < 0.5 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
}

/** French NIR (numéro de sécurité sociale) with its 97-key. */
export function nir71(r: Rng9): string {
  const b = `${r.int(1, 2)}${z71(r.int(50, 99), 2)}${z71(r.int(1, 12), 2)}${z71(r.int(1, 95), 2)}${z71(r.int(1, 990), 3)}${z71(r.int(1, 999), 3)}`;
  const key = z71(97 - Number(BigInt(b) % 97n), 2);
  return r.next() < 0.5 ? `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${key}` : b + key;
}

/** Spanish DNI (8 digits and a mod-23 letter). */
export function dni71(r: Rng9): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };

/** The check letter of an Italian codice fiscale body (15 characters). */
export function cfCheck71(b: string): string {
  let s = 0;
  [...b].forEach((ch, i) => {
    s += i % 2 === 0 ? CF_ODD[ch]! : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return String.fromCharCode(65 + (s % 26));
}

/** Italian codice fiscale. */
export function cf71(r: Rng9): string {
  const U = 'BCDFGHJKLMNPRSTVZ';
  const b = `${r.chars(U, 3)}${r.chars(U, 3)}${z71(r.int(50, 99), 2)}${r.pick([...'ABCDEHLMPRST'])}${z71(r.pick([r.int(1, 31), r.int(41, 71)]), 2)}${r.pick(['F', 'H', 'L', 'A', 'G'])}${z71(r.int(1, 999), 3)}`;
  return b + cfCheck71(b);
}

/** German Steuer-ID (ISO 7064 MOD 11,10). */
export function steuerId71(r: Rng9): string {
  const b = `${r.int(1, 9)}${r.digits(9)}`;
  let p = 10;
  for (const d of num(b)) {
    let s = (d + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  const c = (11 - p) % 10;
  return b + c;
}

/** Dutch BSN (11-proof). */
export function bsn71(r: Rng9): string {
  for (;;) {
    const b = `${r.int(1, 6)}${r.digits(7)}`;
    const s = num(b).reduce((a, d, i) => a + d * (9 - i), 0);
    const c = s % 11;
    if (c < 10) return b + c;
  }
}

/** Swedish personnummer (Luhn over ten digits). */
export function pnr71(r: Rng9): string {
  const b = `${z71(r.int(50, 99), 2)}${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}${r.digits(3)}`;
  return `${r.pick(['19', ''])}${b.slice(0, 6)}-${b.slice(6)}${luhnDigit71(b)}`;
}

/** Polish PESEL. */
export function pesel71(r: Rng9): string {
  const b = `${z71(r.int(50, 99), 2)}${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = num(b).reduce((a, d, i) => a + d * w[i]!, 0);
  return b + ((10 - (s % 10)) % 10);
}

/** Brazilian CPF, printed. */
export function cpf71(r: Rng9): string {
  const b = num(r.digits(9));
  const dv = (ds: number[]) => {
    const s = ds.reduce((a, d, i) => a + d * (ds.length + 1 - i), 0);
    const m = (s * 10) % 11;
    return m === 10 ? 0 : m;
  };
  const d1 = dv(b);
  const d2 = dv([...b, d1]);
  const s = b.join('') + d1 + d2;
  return r.next() < 0.7 ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Indian Aadhaar (Verhoeff), printed in groups of four. */
export function aadhaar71(r: Rng9): string {
  const b = `${r.int(2, 9)}${r.digits(10)}`;
  let c = 0;
  num(b).reverse().forEach((d, i) => { c = VD[c]![VP[(i + 1) % 8]![d]!]!; });
  const s = b + VINV[c];
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/** Chinese resident identity number (ISO 7064 MOD 11-2). */
export function cnId71(r: Rng9): string {
  const b = `${r.pick(['110101', '310104', '440305', '510107'])}${r.int(1950, 2004)}${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}${r.digits(3)}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = num(b).reduce((a, d, i) => a + d * w[i]!, 0);
  return b + '10X98765432'[s % 11];
}

/** US Medicare Beneficiary Identifier. */
export function mbi71(r: Rng9): string {
  const L = 'ACDEFGHJKMNPQRTUVWXY';
  const A = L + '0123456789';
  return `${r.int(1, 9)}${r.chars(L, 1)}${r.chars(A, 1)}${r.int(0, 9)}${r.chars(L, 1)}${r.chars(A, 1)}${r.int(0, 9)}${r.chars(L, 2)}${r.digits(2)}`;
}
