import { luhnDigit } from './blind-set-31-check';
import type { Rng31 } from './blind-set-31-rng';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** A Spanish DNI (8 digits + mod-23 letter). */
export function dni(r: Rng31): string {
  const n = r.num(8);
  return n + DNI_LETTERS[Number(n) % 23];
}

/** True when a DNI's letter matches its number. */
export function dniOk(s: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(s);
  return !!m && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/** A Dutch BSN (9 digits passing the 11-test). */
export function bsn(r: Rng31): string {
  for (;;) {
    const d = r.num(8);
    const s = [...d].reduce((a, x, i) => a + Number(x) * (9 - i), 0);
    const last = s % 11;
    if (last <= 9) return d + String(last);
  }
}

/** True when a BSN passes the 11-test. */
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const sum = [...s.slice(0, 8)].reduce((a, x, i) => a + Number(x) * (9 - i), 0) - Number(s[8]);
  return sum % 11 === 0;
}

/** A Brazilian CPF formatted `000.000.000-00` with both check digits. */
export function cpf(r: Rng31): string {
  const d = [...r.num(9)].map(Number);
  const dv = (xs: number[]) => ((xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) * 10) % 11) % 10;
  d.push(dv(d));
  d.push(dv(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** True when a CPF (punctuated or not) has valid check digits. */
export function cpfOk(s: string): boolean {
  const c = s.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const d = [...c].map(Number);
  const dv = (xs: number[]) => ((xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) * 10) % 11) % 10;
  return dv(d.slice(0, 9)) === d[9] && dv(d.slice(0, 10)) === d[10];
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeff(digits: string, withCheck: boolean): number {
  let c = 0;
  const a = [...digits].reverse().map(Number);
  for (let i = 0; i < a.length; i++) c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![a[i]!]!]!;
  return c;
}

/** An Indian Aadhaar number `1234 5678 9012` with a Verhoeff check digit. */
export function aadhaar(r: Rng31): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const s = body + String(VINV[verhoeff(body, false)]);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/** True when an Aadhaar number passes Verhoeff. */
export function aadhaarOk(s: string): boolean {
  const c = s.replace(/[ -]/g, '');
  return /^[2-9]\d{11}$/.test(c) && verhoeff(c, true) === 0;
}

/** A French NIR (social security number), 13 digits + key `97 - n mod 97`, printed spaced or compact. */
export function nir(r: Rng31, spaced = r.chance(), dob?: { y: number; m: number }, female?: boolean): string {
  const sex = female === undefined ? r.int(1, 2) : female ? 2 : 1;
  const body = `${sex}${dob ? String(dob.y % 100).padStart(2, '0') : r.pad(50, 99, 2)}${dob ? String(dob.m).padStart(2, '0') : r.pad(1, 12, 2)}${r.pick(['75', '69', '13', '33', '59', '31', '44', '67'])}${r.pad(1, 400, 3)}${r.pad(1, 999, 3)}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  if (!spaced) return body + key;
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
}

/** True when a NIR's key matches. */
export function nirOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return /^[12]\d{14}$/.test(c) && 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
}

/** A Polish PESEL (born 1950-2005) with its weighted check digit. */
export function pesel(r: Rng31, dob?: { y: number; m: number; d: number }): string {
  const y = dob ? dob.y - 1900 : r.int(50, 105);
  const mm = (dob ? dob.m : r.int(1, 12)) + (y >= 100 ? 20 : 0);
  const body = `${String(y % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${dob ? String(dob.d).padStart(2, '0') : r.pad(1, 28, 2)}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** True when a PESEL's check digit matches. */
export function peselOk(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1];
  return [...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 10 === 0;
}

/** A Swedish personnummer `YYMMDD-NNNC` (Luhn over the ten digits). */
export function personnummer(r: Rng31, dob?: { y: number; m: number; d: number }): string {
  const body = dob
    ? `${String(dob.y % 100).padStart(2, '0')}${String(dob.m).padStart(2, '0')}${String(dob.d).padStart(2, '0')}${r.digits(3)}`
    : `${r.pad(50, 99, 2)}${r.pad(1, 12, 2)}${r.pad(1, 28, 2)}${r.digits(3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

/** True when a personnummer passes Luhn. */
export function personnummerOk(s: string): boolean {
  const m = /^(?:19|20)?(\d{6})[-+]?(\d{4})$/.exec(s);
  return !!m && luhnDigit(m[1]! + m[2]!.slice(0, 3)) === m[2]![3];
}

/** A US SSN `AAA-GG-SSSS` within the issued ranges. */
export function ssn(r: Rng31): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${r.pad(1, 99, 2)}-${r.pad(1, 9999, 4)}`;
}

/** True when an SSN is in the issued ranges. */
export function ssnOk(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** A UK National Insurance number `AB 12 34 56 C` (or compact). */
export function nino(r: Rng31, spaced = r.chance()): string {
  const L1 = 'ABCEGHJKLMNOPRSTWXYZ';
  const L2 = 'ABCEGHJKLMNPRSTWXYZ';
  let p = r.pick([...L1]) + r.pick([...L2]);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) p = 'JA';
  const d = r.digits(6);
  const s = r.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s;
}

/** True when a NINO has a valid prefix, six digits and a suffix A-D. */
export function ninoOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return /^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$/.test(c) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(c);
}

/** A UK DVLA driving licence number for a surname, initials and date of birth (fixed check letters drawn at random). */
export function ukLicence(r: Rng31, last: string, first: string, female: boolean, dob: { y: number; m: number; d: number }): string {
  const sur = (last.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const yy = String(dob.y % 100).padStart(2, '0');
  const mm = String(dob.m + (female ? 50 : 0)).padStart(2, '0');
  return `${sur}${yy[0]}${mm}${String(dob.d).padStart(2, '0')}${yy[1]}${first[0]!.toUpperCase()}9${r.int(0, 9)}${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}`;
}
