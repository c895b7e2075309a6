import { UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnOk, withLuhn } from './blind-set-9-checks';
import { birth } from './blind-set-13-ids-eu';

const ds = (s: string): number[] => [...s].map(Number);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dot = (xs: number[], w: readonly number[]): number => xs.reduce((a, d, i) => a + d * w[i]!, 0);

/** A US SSN `123-45-6789` (no 000/666/9xx area, no 00 group, no 0000 serial). */
export function ssn(r: Rng9): string {
  const area = r.int(1, 899);
  return area === 666 ? ssn(r) : `${pad(area, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}

const cpfDigit = (s: string): number => ((dot(ds(s), [...Array(s.length)].map((_, i) => s.length + 1 - i)) * 10) % 11) % 10;
/** A Brazilian CPF `123.456.789-09`. */
export function cpf(r: Rng9): string {
  const nine = r.digits(9);
  const d1 = cpfDigit(nine);
  const d2 = cpfDigit(nine + d1);
  return `${nine.slice(0, 3)}.${nine.slice(3, 6)}.${nine.slice(6)}-${d1}${d2}`;
}
const cpfOk = (s: string): boolean => {
  const c = s.replace(/\D/g, '');
  return c.length === 11 && cpfDigit(c.slice(0, 9)) === Number(c[9]) && cpfDigit(c.slice(0, 10)) === Number(c[10]);
};

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (s: string, offset: number): number => ds(s).reverse().reduce((c, d, i) => VD[c]![VP[(i + offset) % 8]![d]!]!, 0);
/** An Indian Aadhaar number `2345 6789 0123` (Verhoeff check, first digit 2-9). */
export function aadhaar(r: Rng9): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const n = body + [0, 4, 3, 2, 1, 5, 6, 7, 8, 9][verhoeff(body, 1)];
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
}

const RIC_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ricCheck = (s: string): string => '10X98765432'[dot(ds(s), RIC_W) % 11]!;
/** A PRC resident identity card number (18 characters, ISO 7064 MOD 11-2). */
export function chinaRic(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const s = r.pick(['110101', '310104', '440305', '330106', '510107']) + '19' + yy + mm + dd + r.digits(3);
  return s + ricCheck(s);
}

/** A South African identity number (13 digits, Luhn). */
export const zaId = (r: Rng9): string => withLuhn(birth(r).join('') + r.digits(4) + '08');

const CURP_DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const curpCheck = (s: string): number => (10 - ([...s].reduce((a, c, i) => a + CURP_DICT.indexOf(c) * (18 - i), 0) % 10)) % 10;
/** A Mexican CURP (18 characters, born before 2000). */
export function curp(r: Rng9): string {
  const [yy, mm, dd] = birth(r);
  const s = r.chars(UPPER, 1) + r.pick(['A', 'E', 'O', 'U']) + r.chars(UPPER, 2) + yy + mm + dd + r.pick(['H', 'M']) +
    r.pick(['DF', 'JC', 'NL', 'PL', 'VZ']) + r.chars('BCDFGHJKLMNPRSTVZ', 3) + r.digits(1);
  return s + curpCheck(s);
}

const rutDv = (body: string): string => {
  const w = [2, 3, 4, 5, 6, 7];
  const sum = ds(body).reverse().reduce((a, d, i) => a + d * w[i % 6]!, 0);
  const v = 11 - (sum % 11);
  return v === 11 ? '0' : v === 10 ? 'K' : String(v);
};
/** A Chilean RUT `12.345.678-5`. */
export function rut(r: Rng9): string {
  const body = String(r.int(10, 24)) + r.digits(6);
  return `${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5)}-${rutDv(body)}`;
}

const cuilCheck = (s: string): number => 11 - (dot(ds(s), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
/** An Argentine CUIL `20-12345678-3`. */
export function cuil(r: Rng9): string {
  const ten = r.pick(['20', '27']) + String(r.int(10, 45)) + r.digits(6);
  const c = cuilCheck(ten);
  return c === 10 ? cuil(r) : `${ten.slice(0, 2)}-${ten.slice(2)}-${c === 11 ? 0 : c}`;
}

const TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10];
/** An Australian tax file number `123 456 782`. */
export function tfn(r: Rng9): string {
  const eight = String(r.int(1, 9)) + r.digits(7);
  for (let d = 0; d < 10; d++) {
    const n = eight + d;
    if (dot(ds(n), TFN_W) % 11 === 0) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
  return tfn(r);
}

/** A Singapore NRIC `S1234567D`. */
export function nric(r: Rng9): string {
  const p = r.pick(['S', 'T']);
  const seven = r.digits(7);
  const sum = dot(ds(seven), [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0);
  return p + seven + 'JZIHGFEDCBA'[sum % 11];
}

/** A South Korean resident registration number `850730-1234567`. */
export function rrn(r: Rng9): string {
  const twelve = birth(r).join('') + String(r.int(1, 2)) + r.digits(5);
  const c = (11 - (dot(ds(twelve), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${twelve.slice(0, 6)}-${twelve.slice(6)}${c}`;
}

/** A Turkish T.C. Kimlik No (11 digits, two checks). */
export function tcKimlik(r: Rng9): string {
  const d = ds(String(r.int(1, 9)) + r.digits(8));
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return d.join('') + d10 + d11;
}

/** A Japanese My Number (12 digits, mod-11 check). */
export function myNumber(r: Rng9): string {
  const eleven = r.digits(11);
  const sum = ds(eleven).reverse().reduce((a, p, i) => a + p * (i + 1 <= 6 ? i + 2 : i - 4), 0);
  const rem = sum % 11;
  return eleven + (rem <= 1 ? 0 : 11 - rem);
}

const mrzVal = (c: string): number => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
/** ICAO 9303 check digit (weights 7-3-1). */
export const mrzCheck = (s: string): number => [...s].reduce((a, c, i) => a + mrzVal(c) * [7, 3, 1][i % 3]!, 0) % 10;
/** The second line of a passport MRZ (TD3, 44 characters) with its passport number. */
export function mrzLine(r: Rng9, nat: string): { line: string; passport: string } {
  const passport = r.chars(UPPER, 1) + r.chars('0123456789' + UPPER, 8);
  const dob = birth(r).join('');
  const exp = String(r.int(27, 34)) + birth(r).slice(1).join('');
  const personal = '<'.repeat(14);
  const body = passport + mrzCheck(passport) + nat + dob + mrzCheck(dob) + r.pick(['M', 'F']) + exp + mrzCheck(exp) + personal + mrzCheck(personal);
  const composite = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return { line: body + mrzCheck(composite), passport };
}
const mrzOk = (l: string): boolean =>
  l.length === 44 && mrzCheck(l.slice(0, 9)) === Number(l[9]) && mrzCheck(l.slice(13, 19)) === Number(l[19]) &&
  mrzCheck(l.slice(21, 27)) === Number(l[27]) && mrzCheck(l.slice(0, 10) + l.slice(13, 20) + l.slice(21, 43)) === Number(l[43]);

/** Format checks for the ids above, by planted kind. */
export const idChecksWorld: Record<string, (v: string) => boolean> = {
  ssn: (v) => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(v),
  cpf: cpfOk,
  aadhaar: (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeff(v.replace(/ /g, ''), 0) === 0,
  'china-ric': (v) => /^\d{17}[\dX]$/.test(v) && ricCheck(v.slice(0, 17)) === v[17],
  'za-id': (v) => /^\d{13}$/.test(v) && luhnOk(v),
  curp: (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v) && curpCheck(v.slice(0, 17)) === Number(v[17]),
  rut: (v) => /^\d{2}\.\d{3}\.\d{3}-[\dK]$/.test(v) && rutDv(v.replace(/\D/g, '').slice(0, 8)) === v.slice(-1),
  cuil: (v) => /^\d{2}-\d{8}-\d$/.test(v) && cuilCheck(v.replace(/-/g, '').slice(0, 10)) % 11 === Number(v.slice(-1)),
  tfn: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && dot(ds(v.replace(/ /g, '')), TFN_W) % 11 === 0,
  nric: (v) => /^[ST]\d{7}[A-Z]$/.test(v) && 'JZIHGFEDCBA'[(dot(ds(v.slice(1, 8)), [2, 7, 6, 5, 4, 3, 2]) + (v[0] === 'T' ? 4 : 0)) % 11] === v[8],
  rrn: (v) => /^\d{6}-\d{7}$/.test(v) && (11 - (dot(ds(v.replace('-', '').slice(0, 12)), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(v.slice(-1)),
  'tc-kimlik': (v) => /^[1-9]\d{10}$/.test(v) && ds(v.slice(0, 10)).reduce((a, x) => a + x, 0) % 10 === Number(v[10]),
  'my-number': (v) => /^\d{12}$/.test(v),
  mrz: mrzOk,
};
