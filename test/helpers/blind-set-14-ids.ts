import { luhnOk, withLuhn } from './blind-set-9-checks';
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

const ds = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A birth date as year, month, day (years 1950-1999 unless `y2k`). */
export function birth(r: Rng9, y2k = false): { y: number; m: number; d: number } {
  return { y: y2k ? r.int(2000, 2005) : r.int(1950, 1999), m: r.int(1, 12), d: r.int(1, 28) };
}

/** A US SSN `AAA-GG-SSSS` with an issuable area, group and serial. */
export function ssn(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

const cpfDigit = (d: number[]): number => ((wsum(d, d.map((_, i) => d.length + 1 - i)) * 10) % 11) % 10;
/** A Brazilian CPF `123.456.789-09`. */
export function cpf(r: Rng9): string {
  const d = ds(r.digits(9));
  d.push(cpfDigit(d));
  d.push(cpfDigit(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** A Dutch BSN (11-test), nine digits. */
export function bsn(r: Rng9): string {
  for (;;) {
    const d = ds(String(r.int(1, 9)) + r.digits(7));
    const s = wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (s < 10) return d.join('') + s;
  }
}

/** A Spanish DNI `12345678Z`. */
export function dni(r: Rng9): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A French NIR (sécurité sociale) `1 85 05 75 123 456 78`, key = 97 - n mod 97. */
export function nir(r: Rng9): string {
  const b = birth(r);
  const body = `${r.int(1, 2)}${pad(b.y % 100)}${pad(b.m)}${pad(r.int(1, 95))}${pad(r.int(1, 999), 3)}${pad(r.int(1, 999), 3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key)}`;
}

/** A Polish PESEL (weights 1,3,7,9). */
export function pesel(r: Rng9): string {
  const b = birth(r);
  const d = ds(`${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${r.digits(4)}`);
  return d.join('') + ((10 - (wsum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

const mod1110 = (d: number[]): number => {
  let p = 10;
  for (const x of d) {
    let s = (x + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10;
};
/** A German Steuer-ID: 11 digits, one digit doubled in the first ten, ISO 7064 MOD 11,10. */
export function steuerId(r: Rng9): string {
  for (;;) {
    const pool = [...DIGITS].map(Number);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const d = pool.slice(0, 9);
    d.splice(r.int(1, 9), 0, d[r.int(0, 8)]!);
    if (d[0] === 0) continue;
    return d.join('') + mod1110(d);
  }
}

/** A Belgian national number `85.07.30-033.28` (born before 2000). */
export function beNrn(r: Rng9): string {
  const b = birth(r);
  const nine = `${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${pad(r.int(1, 997), 3)}`;
  const k = 97 - (Number(nine) % 97);
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6, 9)}.${pad(k)}`;
}

/** A Swedish personnummer `YYMMDD-NNNC` (Luhn). */
export function personnummer(r: Rng9): string {
  const b = birth(r);
  const full = withLuhn(`${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${r.digits(3)}`);
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}

/** A Norwegian fødselsnummer (two mod-11 check digits). */
export function fnr(r: Rng9): string {
  for (;;) {
    const b = birth(r);
    const d = ds(`${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}${pad(r.int(0, 499), 3)}`);
    const k1 = (11 - (wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = (11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 === 10) continue;
    return d.join('') + k2;
  }
}

/** A Portuguese NIF (mod 11). */
export function nif(r: Rng9): string {
  const d = ds(r.pick(['1', '2', '3']) + r.digits(7));
  const c = 11 - (wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return d.join('') + (c >= 10 ? 0 : c);
}

/** A Turkish TC Kimlik No (two check digits). */
export function tcKimlik(r: Rng9): string {
  const d = ds(String(r.int(1, 9)) + r.digits(8));
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, x) => a + x, 0) % 10);
  return d.join('');
}

/** A Chinese resident identity number (ISO 7064 MOD 11-2). */
export function cnId(r: Rng9): string {
  const b = birth(r);
  const body = `${r.pick(['110101', '310104', '440305', '510107', '330106'])}${b.y}${pad(b.m)}${pad(b.d)}${r.digits(3)}`;
  const s = wsum(ds(body), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11;
  return body + '10X98765432'[s];
}

/** A Korean resident registration number `YYMMDD-GNNNNNC`. */
export function krRrn(r: Rng9): string {
  const b = birth(r);
  const d = ds(`${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${r.int(1, 2)}${r.digits(5)}`);
  const c = (11 - (wsum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  const s = d.join('') + c;
  return `${s.slice(0, 6)}-${s.slice(6)}`;
}

const myNumberCheck = (d: number[]): number => {
  let s = 0;
  for (let n = 1; n <= 11; n++) s += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const m = s % 11;
  return m <= 1 ? 0 : 11 - m;
};
/** A Japanese My Number (12 digits, printed 4-4-4). */
export function myNumber(r: Rng9): string {
  const d = ds(String(r.int(1, 9)) + r.digits(10));
  const s = d.join('') + myNumberCheck(d);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

const rutDv = (body: string): string => {
  const s = [...body].reverse().reduce((a, c, i) => a + Number(c) * (2 + (i % 6)), 0);
  const v = 11 - (s % 11);
  return v === 11 ? '0' : v === 10 ? 'K' : String(v);
};
/** A Chilean RUT `12.345.678-5`. */
export function rut(r: Rng9): string {
  const body = String(r.int(10000000, 25999999));
  return `${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5)}-${rutDv(body)}`;
}

/** An Argentine CUIT/CUIL `20-12345678-3`. */
export function cuit(r: Rng9): string {
  for (;;) {
    const ten = r.pick(['20', '23', '27']) + String(r.int(10000000, 45999999));
    const c = 11 - (wsum(ds(ten), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    return `${ten.slice(0, 2)}-${ten.slice(2)}-${c === 11 ? 0 : c}`;
  }
}

/** A Canadian SIN `123 456 782` (Luhn). */
export function sin(r: Rng9): string {
  const s = withLuhn(String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7));
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

/** A UK National Insurance number `AB 12 34 56 C`. */
export function nino(r: Rng9): string {
  const first = r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const second = r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const n = r.digits(6);
  return `${first}${second} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`;
}

const fsValue = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
const fsCheck = (nine: string): string => {
  const m = [...nine].reduce((a, c, i) => a + fsValue(c) * (9 - i), 0) % 11;
  return m === 10 ? 'X' : String(m);
};
/** A German card driving-licence number: authority key, 5-char serial, check (weights 9..1 mod 11), issue number. */
export function fuehrerschein(r: Rng9): string {
  const nine = `${r.chars('ABCDEFGHIJKLMNOP', 1)}${r.digits(3)}${r.chars(DIGITS + UPPER, 5)}`;
  return `${nine}${fsCheck(nine)}${r.chars(DIGITS + UPPER, 1)}`;
}

const CURP = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
/** The check digit of a Mexican CURP's first 17 characters. */
export const curpCheck = (b: string): string => String((10 - ([...b].reduce((a, c, i) => a + CURP.indexOf(c) * (18 - i), 0) % 10)) % 10);

/** A passport-like document number: two letters and seven digits. */
export const passportNo = (r: Rng9): string => r.chars(UPPER, 2) + r.digits(7);

const nirOk = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  return /^[12]\d{14}$/.test(s) && 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
};

/** Format and checksum checks by kind, for the harness's well-formedness test. */
export const idChecks14: Record<string, (v: string) => boolean> = {
  ssn: (v) => /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v),
  cpf: (v) => { const d = ds(v); return d.length === 11 && cpfDigit(d.slice(0, 9)) === d[9] && cpfDigit(d.slice(0, 10)) === d[10]; },
  bsn: (v) => /^\d{9}$/.test(v) && (wsum(ds(v), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0),
  dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nir: nirOk,
  pesel: (v) => /^\d{11}$/.test(v) && wsum(ds(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0,
  'steuer-id': (v) => /^[1-9]\d{10}$/.test(v) && mod1110(ds(v).slice(0, 10)) === Number(v[10]),
  'be-nrn': (v) => { const d = v.replace(/\D/g, ''); return d.length === 11 && 97 - (Number(d.slice(0, 9)) % 97) === Number(d.slice(9)); },
  personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhnOk(v.replace('-', '')),
  fnr: (v) => /^\d{11}$/.test(v) && wsum(ds(v), [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 === 0 && wsum(ds(v), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  nif: (v) => { const c = 11 - (wsum(ds(v), [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return /^\d{9}$/.test(v) && (c >= 10 ? 0 : c) === Number(v[8]); },
  'tc-kimlik': (v) => { const d = ds(v); return d.length === 11 && d[0] !== 0 && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10]; },
  'cn-id': (v) => /^\d{17}[\dX]$/.test(v) && '10X98765432'[wsum(ds(v.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17],
  'kr-rrn': (v) => { const d = ds(v); return /^\d{6}-\d{7}$/.test(v) && (11 - (wsum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12]; },
  'my-number': (v) => { const d = ds(v); return d.length === 12 && myNumberCheck(d) === d[11]; },
  rut: (v) => { const m = /^(\d{2})\.(\d{3})\.(\d{3})-([\dK])$/.exec(v); return Boolean(m) && rutDv(m![1]! + m![2]! + m![3]!) === m![4]; },
  cuit: (v) => { const d = ds(v); const c = 11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return d.length === 11 && (c === 11 ? 0 : c) === d[10]; },
  curp: (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v) && curpCheck(v.slice(0, 17)) === v[17],
  'driver-licence': (v) => /^[A-P]\d{3}[0-9A-Z]{5}[0-9X][0-9A-Z]$/.test(v) && fsCheck(v.slice(0, 9)) === v[9],
  sin: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && luhnOk(v.replace(/ /g, '')),
};
