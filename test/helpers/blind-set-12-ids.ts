import type { Rng12 } from './blind-set-12-rng';
import { luhnOk, withLuhn } from './blind-set-12-checks';

/** US SSN (area not 000/666/9xx, group and serial not zero), dashed. */
export function ssn(r: Rng12): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
export const ssnOk = (s: string): boolean => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(s);

/** Brazilian CPF, formatted 000.000.000-00. */
export function cpf(r: Rng12): string {
  const d = [...r.digits(9)].map(Number);
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  for (const n of [10, 11]) {
    const s = d.reduce((a, x, i) => a + x * (n - i), 0);
    d.push(((s * 10) % 11) % 10);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}
export function cpfOk(s: string): boolean {
  const d = [...s.replace(/\D/g, '')].map(Number);
  if (d.length !== 11) return false;
  for (const n of [9, 10]) {
    const sum = d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0);
    if (((sum * 10) % 11) % 10 !== d[n]) return false;
  }
  return true;
}

/** Dutch BSN (11-proof). */
export function bsn(r: Rng12): string {
  for (;;) {
    const d = [r.int(1, 6), ...[...r.digits(7)].map(Number)];
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11;
    if (s !== 10) return d.join('') + String(s);
  }
}
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]!) % 11 === 0;
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
export function dni(r: Rng12, nie = false): string {
  if (nie) {
    const p = r.int(0, 2);
    const n = r.digits(7);
    return 'XYZ'[p]! + n + DNI[Number(String(p) + n) % 23]!;
  }
  const n = String(r.int(10000000, 99999999));
  return n + DNI[Number(n) % 23]!;
}
export function dniOk(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const n = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]!);
  return DNI[n % 23] === m[3];
}

/** Swedish personnummer YYMMDD-NNNN (Luhn over 10 digits). */
export function personnummer(r: Rng12): string {
  const body = `${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
  const full = withLuhn(body);
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}
export const personnummerOk = (s: string): boolean => /^\d{6}-\d{4}$/.test(s) && luhnOk(s.replace('-', ''));

/** Polish PESEL (born 1950-1999). */
export function pesel(r: Rng12): string {
  const body = `${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return body + String((10 - (s % 10)) % 10);
}
export function peselOk(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  return (10 - ([...s.slice(0, 10)].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10)) % 10 === Number(s[10]);
}

const FI = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Finnish henkilötunnus DDMMYY-NNNC. */
export function hetu(r: Rng12): string {
  const dmy = `${String(r.int(1, 28)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${r.int(50, 99)}`;
  const n = String(r.int(2, 899)).padStart(3, '0');
  return `${dmy}-${n}${FI[Number(dmy + n) % 31]!}`;
}
export const hetuOk = (s: string): boolean => /^\d{6}[-A+]\d{3}[0-9A-Y]$/.test(s) && FI[Number(s.slice(0, 6) + s.slice(7, 10)) % 31] === s[10];

/** Canadian SIN (Luhn), spaced 3-3-3. */
export function sin(r: Rng12): string {
  const n = withLuhn(String(r.int(1, 7)) + r.digits(7));
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}
export const sinOk = (s: string): boolean => luhnOk(s.replace(/ /g, '')) && s.replace(/ /g, '').length === 9;

/** UK National Insurance number, e.g. QQ 12 34 56 C style but with a valid prefix. */
export function nino(r: Rng12, spaced: boolean): string {
  const a = r.pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'Y']);
  const b = r.pick(['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'X', 'Y']);
  const d = r.digits(6);
  const s = r.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`;
}

/** Danish-style date-of-birth and other helpers. */
export const dob = (r: Rng12): string => `${r.int(1950, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

/** Lowercase 0x address (no EIP-55 mix, so any hex is valid). */
export const ethAddr = (r: Rng12): string => '0x' + r.hex(40);

/** Checks by kind, for the harness. */
export const idChecks12: Record<string, (s: string) => boolean> = {
  ssn: ssnOk, cpf: cpfOk, bsn: bsnOk, dni: dniOk, personnummer: personnummerOk, pesel: peselOk, hetu: hetuOk, sin: sinOk,
  'crypto-address': (s) => /^0x[0-9a-f]{40}$/.test(s),
};
