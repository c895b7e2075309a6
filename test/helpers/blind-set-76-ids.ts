import { DIGITS, UPPER, type Rng76 } from './blind-set-76-rng';
import { birth, ds, pad } from './blind-set-76-ids-base';

/** National identifiers of people (Europe and the Americas), each with its own check digits, generated from the seed. */

export * from './blind-set-76-ids-base';
export * from './blind-set-76-ids-world';

/** German Steuerliche Identifikationsnummer (11 digits, ISO 7064 MOD 11,10). */
export function steuerId(r: Rng76): string {
  const p = [...DIGITS];
  for (let i = p.length - 1; i > 0; i--) { const j = r.int(0, i); [p[i], p[j]] = [p[j]!, p[i]!]; }
  if (p[0] === '0') [p[0], p[1]] = [p[1]!, p[0]!];
  const nine = p.slice(0, 9);
  nine.splice(r.int(1, 9), 0, nine[r.int(0, 8)]!);
  const body = nine.join('');
  return body + steuerCheck(body);
}
export function steuerCheck(body: string): number {
  let product = 10;
  for (const d of ds(body)) { let s = (d + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
  const c = 11 - product;
  return c === 10 ? 0 : c;
}

/** French NIR (numéro de sécurité sociale), 13 digits and a 2-digit key; spaced when `spaced`. */
export function nir(r: Rng76, spaced = false): string {
  const b = birth(r);
  const parts = [String(r.int(1, 2)), b.yy, b.mm, pad(r.int(1, 95), 2), pad(r.int(1, 990), 3), pad(r.int(1, 999), 3)];
  const key = pad(97 - Number(BigInt(parts.join('')) % 97n), 2);
  return spaced ? `${parts.join(' ')} ${key}` : parts.join('') + key;
}

const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const dni = (r: Rng76): string => { const n = r.int(10000000, 99999999); return `${n}${DNI_L[n % 23]}`; };
export const nie = (r: Rng76): string => { const p = r.int(0, 2); const n = r.digits(7); return `${'XYZ'[p]}${n}${DNI_L[Number(`${p}${n}`) % 23]}`; };

const CURP_A = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
export function curpCheck(body: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += CURP_A.indexOf(body[i]!) * (18 - i);
  return String((10 - (s % 10)) % 10);
}
export function curp(r: Rng76): string {
  const b = birth(r);
  const cons = 'BCDFGHJKLMNPQRSTVWXZ';
  const body = r.pick(['G', 'H', 'M', 'R', 'S', 'T', 'L', 'P']) + r.pick(['A', 'E', 'I', 'O', 'U']) + r.chars(cons, 1) + r.chars(UPPER.replace(/[QWXK]/g, ''), 1) + b.yy + b.mm + b.dd
    + r.pick(['H', 'M']) + r.pick(['DF', 'JC', 'NL', 'MC', 'PL', 'VZ', 'GT', 'QT']) + r.chars(cons, 3) + (b.y < 2000 ? r.digits(1) : r.chars(UPPER, 1));
  return body + curpCheck(body);
}

const RFC_A = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
export function rfcCheck(body12: string): string {
  let s = 0;
  for (let i = 0; i < 12; i++) s += RFC_A.indexOf(body12[i]!) * (13 - i);
  const m = s % 11;
  return m === 0 ? '0' : 11 - m === 10 ? 'A' : String(11 - m);
}
/** RFC of a natural person (13 characters). */
export function rfcPerson(r: Rng76): string {
  const b = birth(r);
  const body = r.chars('BCDGHLMPRSTV', 1) + r.pick(['A', 'E', 'I', 'O', 'U']) + r.chars(UPPER.replace(/[ÑKQWX]/g, ''), 2) + b.yy + b.mm + b.dd + r.chars('123456789ABCDEFGHJKLMNPRSTUVWXYZ', 2);
  return body + rfcCheck(body);
}
/** RFC of a company (12 characters). */
export function rfcCompany(r: Rng76): string {
  const b = birth(r);
  const body = r.chars('ABCGMPST', 3) + b.yy + b.mm + b.dd + r.chars('123456789ABCDEFGHJKLMN', 2);
  return body + rfcCheck(' ' + body);
}

export function cpf(r: Rng76, formatted = true): string {
  const d = ds(r.digits(9));
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  for (const n of [9, 10]) { let s = 0; for (let i = 0; i < n; i++) s += d[i]! * (n + 1 - i); d.push(((s * 10) % 11) % 10); }
  const x = d.join('');
  return formatted ? `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}` : x;
}
export function cnpj(r: Rng76, formatted = true): string {
  const d = ds(r.digits(8) + '0001');
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const w2 = [6, ...w1];
  for (const w of [w1, w2]) { let s = 0; for (let i = 0; i < w.length; i++) s += d[i]! * w[i]!; const m = s % 11; d.push(m < 2 ? 0 : 11 - m); }
  const x = d.join('');
  return formatted ? `${x.slice(0, 2)}.${x.slice(2, 5)}.${x.slice(5, 8)}/${x.slice(8, 12)}-${x.slice(12)}` : x;
}
export function nifPt(r: Rng76, first = String(r.int(1, 3))): string {
  const body = first + r.digits(7);
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(body[i]) * (9 - i);
  const c = 11 - (s % 11);
  return body + (c >= 10 ? 0 : c);
}

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
export function cfCheck(body: string): string {
  let s = 0;
  for (let i = 0; i < 15; i++) { const c = body[i]!; s += i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65; }
  return UPPER[s % 26]!;
}
export function codiceFiscale(r: Rng76): string {
  const b = birth(r);
  const day = r.int(1, 28) + (r.next() < 0.5 ? 40 : 0);
  const body = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZ', 3) + b.yy + 'ABCDEHLMPRST'[r.int(0, 11)] + pad(day, 2) + r.pick(['H501', 'F205', 'L219', 'F839', 'A944', 'G273', 'D612', 'L736']);
  return body + cfCheck(body);
}

export function bsn(r: Rng76): string {
  for (;;) {
    const b = String(r.int(1, 6)) + r.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(b[i]) * (9 - i);
    const c = s % 11;
    if (c < 10) return b + c;
  }
}
export function pesel(r: Rng76): string {
  const b = birth(r);
  const mm = pad(Number(b.mm) + (b.y >= 2000 ? 20 : 0), 2);
  const body = b.yy + mm + b.dd + r.digits(4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(body[i]) * w[i]!;
  return body + ((10 - (s % 10)) % 10);
}
export function tckn(r: Rng76): string {
  const d = [r.int(1, 9), ...ds(r.digits(8))];
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}
export function snilsCheck(n9: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(n9[i]) * (9 - i);
  if (s < 100) return s;
  if (s === 100 || s === 101) return 0;
  const m = s % 101;
  return m === 100 ? 0 : m;
}
export function snils(r: Rng76): string {
  const n = String(r.int(100000000, 998999999));
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)} ${pad(snilsCheck(n), 2)}`;
}
export function innCheck(d: string, w: number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Number(d[i]) * w[i]!;
  return (s % 11) % 10;
}
export const INN_W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
export const INN_W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
export const INN_W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
/** INN of a person (12 digits). */
export function innPerson(r: Rng76): string {
  let d = r.pick(['77', '78', '50', '54', '66', '16', '23']) + r.digits(8);
  d += innCheck(d, INN_W11);
  return d + innCheck(d, INN_W12);
}
/** INN of an organisation (10 digits) — not personal. */
export function innOrg(r: Rng76): string {
  const d = r.pick(['77', '78', '50', '54']) + r.digits(7);
  return d + innCheck(d, INN_W10);
}
export const RNOKPP_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
export function rnokpp(r: Rng76): string {
  const d = String(r.int(2, 4)) + r.digits(8);
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(d[i]) * RNOKPP_W[i]!;
  return d + ((((s % 11) + 11) % 11) % 10);
}
