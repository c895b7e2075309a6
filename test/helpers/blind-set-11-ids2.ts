import { UPPER, type Rng11 } from './blind-set-11-rng';
import { luhnOk, withLuhn } from './blind-set-11-checks';
import * as eu from './blind-set-11-ids';

const num = (s: string): number[] => [...s].map(Number);
const wsum = (s: string, w: number[]): number => num(s).reduce((a, d, i) => a + d * w[i]!, 0);
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function cpfDigits(b: string): string {
  let s = b;
  for (let k = 0; k < 2; k++) { const t = num(s).reduce((a, d, i) => a + d * (s.length + 1 - i), 0); const c = (t * 10) % 11; s += c === 10 ? 0 : c; }
  return s;
}
export const brCpf = (r: Rng11): string => { const s = cpfDigits(r.digits(9)); return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`; };
const CURP = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
export const curpCheck = (s17: string): number => (10 - ([...s17].reduce((a, c, i) => a + CURP.indexOf(c) * (18 - i), 0) % 10)) % 10;
export function mxCurp(r: Rng11): string {
  const [y, m, d] = eu.birth(r);
  const b = r.pick(['G', 'M', 'R', 'H', 'L']) + r.pick(['A', 'E', 'O', 'U']) + r.chars('BCDGLMPRSTVZ', 2) + pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + r.pick(['H', 'M']) + r.pick(['DF', 'JC', 'NL', 'PL', 'MC', 'GT']) + r.chars('BCDGLMNRSTZ', 3) + (y >= 2000 ? 'A' : '0');
  return b + curpCheck(b);
}
export function arCuil(r: Rng11): string {
  for (;;) {
    const b = r.pick(['20', '27', '23']) + String(r.int(10000000, 45999999));
    const c = 11 - (wsum(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    return `${b.slice(0, 2)}-${b.slice(2)}-${c === 11 ? 0 : c}`;
  }
}
const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export const verhoeffOk = (s: string): boolean => [...s].reverse().reduce((c, d, i) => VD[c]![VP[i % 8]![Number(d)]!]!, 0) === 0;
export function inAadhaar(r: Rng11): string {
  const b = String(r.int(2, 9)) + r.digits(10);
  const c = [...b].reverse().reduce((c, d, i) => VD[c]![VP[(i + 1) % 8]![Number(d)]!]!, 0);
  const s = b + VINV[c];
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
export const inPan = (r: Rng11): string => r.chars(UPPER, 3) + 'P' + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);
export function sgNric(r: Rng11): string {
  const p = r.pick(['S', 'T']), d = r.digits(7);
  const t = (wsum(d, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0)) % 11;
  return p + d + 'JZIHGFEDCBA'[t];
}
export function auTfn(r: Rng11): string {
  for (;;) { const b = r.digits(8); for (let c = 0; c < 10; c++) if (wsum(b + c, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) { const s = b + c; return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`; } }
}
export function auMedicare(r: Rng11): string {
  const b = String(r.int(2, 6)) + r.digits(7);
  const s = b + (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + r.int(1, 9);
  return `${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`;
}
export function nzIrd(r: Rng11): string {
  for (;;) {
    const b = '0' + String(r.int(10000000, 14999999)).slice(0, 7);
    const rem = wsum(b, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    const c = rem === 0 ? 0 : 11 - rem;
    if (c === 10) continue;
    const s = (b + c).slice(1);
    return `${s.slice(0, 2)}-${s.slice(2, 5)}-${s.slice(5)}`;
  }
}
export const caSin = (r: Rng11): string => { const s = withLuhn(String(r.int(1, 7)) + r.digits(7)); return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`; };
export function zaId(r: Rng11): string {
  const [y, m, d] = eu.birth(r);
  return withLuhn(`${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(r.int(0, 9999), 4)}08`);
}
export function jpMyNumber(r: Rng11): string {
  const b = r.digits(11);
  const t = [...b].reverse().reduce((a, d, i) => a + Number(d) * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
  const s = b + (t <= 1 ? 0 : 11 - t);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
export function krRrn(r: Rng11): string {
  const [y, m, d] = eu.birth(r);
  const b = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${y >= 2000 ? r.int(3, 4) : r.int(1, 2)}${r.digits(5)}`;
  const c = (11 - (wsum(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${b.slice(0, 6)}-${b.slice(6)}${c}`;
}

const digitsOnly = (s: string): string => s.replace(/\D/g, '');
/** Checkers by kind, recomputing each checksum from the printed value. */
export const idChecks11: Record<string, (v: string) => boolean> = {
  'us-ssn': (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  'uk-nino': (v) => /^[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  'uk-nhs': (v) => { const s = digitsOnly(v); const c = 11 - (wsum(s.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (c === 11 ? 0 : c) === Number(s[9]); },
  'fr-nir': (v) => { const s = digitsOnly(v); return 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13)); },
  'de-steuer-id': (v) => /^\d{11}$/.test(v) && Number(v[10]) === iso(v.slice(0, 10)),
  'es-dni': (v) => { const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v); return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(('XYZ'.indexOf(m[1]!) + 1 ? String('XYZ'.indexOf(m[1]!)) : '') + m[2]) % 23] === m[3]; },
  'it-codice-fiscale': (v) => v.length === 16 && eu.cfCheck(v.slice(0, 15)) === v[15],
  'nl-bsn': (v) => /^\d{9}$/.test(v) && (wsum(v.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  'be-national-number': (v) => { const s = digitsOnly(v); const c = Number(s.slice(9)); return 97 - Number(BigInt(s.slice(0, 9)) % 97n) === c || 97 - Number(BigInt('2' + s.slice(0, 9)) % 97n) === c; },
  'pl-pesel': (v) => /^\d{11}$/.test(v) && wsum(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0,
  'se-personnummer': (v) => luhnOk(digitsOnly(v)),
  'no-fodselsnummer': (v) => /^\d{11}$/.test(v) && wsum(v, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1, 0]) % 11 === 0 && wsum(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  'dk-cpr': (v) => wsum(digitsOnly(v), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  'fi-hetu': (v) => v[10] === '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31],
  'pt-nif': (v) => /^\d{9}$/.test(v) && (wsum(v, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 || (Number(v[8]) === 0 && wsum(v.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11 === 1)),
  'ie-ppsn': (v) => 'WABCDEFGHIJKLMNOPQRSTUV'[wsum(v.slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) % 23] === v[7],
  'ch-ahv': (v) => { const s = digitsOnly(v); return num(s).reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0) % 10 === 0; },
  'at-svnr': (v) => { const s = digitsOnly(v); return wsum(s.slice(0, 3), [3, 7, 9]) + wsum(s.slice(4), [5, 8, 4, 2, 1, 6]) % 11 >= 0 && (wsum(s.slice(0, 3), [3, 7, 9]) + wsum(s.slice(4), [5, 8, 4, 2, 1, 6])) % 11 === Number(s[3]); },
  'br-cpf': (v) => { const s = digitsOnly(v); return cpfDigits(s.slice(0, 9)) === s; },
  'mx-curp': (v) => v.length === 18 && curpCheck(v.slice(0, 17)) === Number(v[17]),
  'ar-cuil': (v) => { const s = digitsOnly(v); const c = 11 - (wsum(s.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return (c === 11 ? 0 : c) === Number(s[10]); },
  'in-aadhaar': (v) => verhoeffOk(digitsOnly(v)),
  'in-pan': (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  'sg-nric': (v) => 'JZIHGFEDCBA'[(wsum(v.slice(1, 8), [2, 7, 6, 5, 4, 3, 2]) + (v[0] === 'T' ? 4 : 0)) % 11] === v[8],
  'au-tfn': (v) => wsum(digitsOnly(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  'au-medicare': (v) => { const s = digitsOnly(v); return wsum(s.slice(0, 8), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(s[8]); },
  'nz-ird': (v) => { const s = digitsOnly(v).padStart(9, '0'); const rem = wsum(s.slice(0, 8), [3, 2, 7, 6, 5, 4, 3, 2]) % 11; return (rem === 0 ? 0 : 11 - rem) === Number(s[8]); },
  'ca-sin': (v) => luhnOk(digitsOnly(v)),
  'za-id': (v) => /^\d{13}$/.test(v) && luhnOk(v),
  'jp-my-number': (v) => { const s = digitsOnly(v); const t = [...s.slice(0, 11)].reverse().reduce((a, d, i) => a + Number(d) * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11; return (t <= 1 ? 0 : 11 - t) === Number(s[11]); },
  'kr-rrn': (v) => { const s = digitsOnly(v); return (11 - (wsum(s.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]); },
};
function iso(s: string): number {
  let p = 10;
  for (const d of num(s)) { let t = (d + p) % 10; if (t === 0) t = 10; p = (2 * t) % 11; }
  return (11 - p) % 10;
}
