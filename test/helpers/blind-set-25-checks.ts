/** Blind set 25's check-digit and structure checks, one per format; blind-set-25-format.ts maps kinds onto them. */

const onlyDigits = (s: string): string => s.replace(/\D/g, '');

export function luhnOk(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

let CRC: number[] | null = null;
export function crc32(s: string): number {
  if (!CRC)
    CRC = Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
  let crc = 0xffffffff;
  for (const ch of Buffer.from(s, 'utf8')) crc = CRC[(crc ^ ch) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n: number, width: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor(x / 62)) out = B62[x % 62] + out;
  return out.padStart(width, '0');
}

/** GitHub's classic tokens: prefix, 30 random base62 characters, then the CRC32 of those in 6 base62 digits. */
export const githubOk = (v: string): boolean => {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
};

const IBAN_LEN: Record<string, number> = { GB: 22, DE: 22, FR: 27, NL: 18, ES: 24, IT: 27, IE: 22, BE: 16, PT: 25, PL: 28, CH: 21, AT: 20, SE: 24, DK: 18, NO: 15, FI: 18, LU: 20 };
export function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(num) % 97n === 1n && !/^GB82WEST/.test(s) && !/^DE89370400440532013000$/.test(s);
}

export function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v) || !/^(0\d|1[0-2]|2[1-9]|3[0-2])/.test(v)) return false;
  const d = [...v].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

const weighted = (s: string, w: readonly number[]): number => [...s].reduce((a, x, i) => a + Number(x) * w[i]!, 0);

export function cpfOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(v) || s.length !== 11 || /^(\d)\1+$/.test(s)) return false;
  const d = [...s].map(Number);
  const dv = (n: number) => ((d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0) * 10) % 11) % 10;
  return dv(9) === d[9] && dv(10) === d[10];
}

export const tfnOk = (v: string): boolean => /^\d{3} ?\d{3} ?\d{3}$/.test(v) && weighted(onlyDigits(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;

export function steuerIdOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/.test(v) || !/^[1-9]\d{10}$/.test(s)) return false;
  const counts = new Map<string, number>();
  for (const c of s.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  let product = 10;
  for (const c of s.slice(0, 10)) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product === 10 ? 0 : 11 - product) === Number(s[10]);
}

export function nirOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/.test(v) || !/^[12]\d{2}(0[1-9]|1[0-2])\d{10}$/.test(s)) return false;
  return 97n - (BigInt(s.slice(0, 13)) % 97n) === BigInt(s.slice(13));
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscaleOk(v: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v[i]!;
    const n = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[n]! : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export const dniOk = (v: string): boolean => /^\d{8}-?[A-Z]$/.test(v) && DNI_LETTERS[Number(v.slice(0, 8)) % 23] === v.slice(-1);
export const nieOk = (v: string): boolean => /^[XYZ]-?\d{7}-?[A-Z]$/.test(v) && DNI_LETTERS[Number(String('XYZ'.indexOf(v[0]!)) + onlyDigits(v)) % 23] === v.slice(-1);

export const bsnOk = (v: string): boolean => /^\d{9}$/.test(v) && (weighted(v.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0 && v !== '000000000';

export function personnummerOk(v: string): boolean {
  const m = /^(?:19|20)?(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+]?(\d{4})$/.exec(v);
  return !!m && luhnOk(m[1]! + m[2]! + m[3]! + m[4]!);
}

const CURP_DICT = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
export function curpOk(v: string): boolean {
  if (
    !/^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HM](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/.test(
      v,
    )
  )
    return false;
  const sum = [...v.slice(0, 17)].reduce((a, c, i) => a + CURP_DICT.indexOf(c) * (18 - i), 0);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
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
export function aadhaarOk(v: string): boolean {
  if (!/^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v)) return false;
  const s = onlyDigits(v);
  let c = 0;
  for (let i = 0; i < s.length; i++) c = VD[c]![VP[i % 8]![Number(s[s.length - 1 - i])]!]!;
  return c === 0;
}

/** Japan's My Number: 11 digits and a check digit, weights 2-7 then 2-6 from the right. */
export function myNumberOk(v: string): boolean {
  const s = onlyDigits(v);
  if (!/^\d{4} ?\d{4} ?\d{4}$/.test(v)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(s[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(s[11]);
}

/** Korea's resident registration number: YYMMDD-SNNNNNC, weights 2..9,2..5, check (11 - sum mod 11) mod 10. */
export function rrnOk(v: string): boolean {
  if (!/^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?[1-4]\d{6}$/.test(v)) return false;
  const s = onlyDigits(v);
  return (11 - (weighted(s.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]);
}

export const zaIdOk = (v: string): boolean => /^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}[01]8\d$/.test(v) && luhnOk(v);

export function peselOk(v: string): boolean {
  if (!/^\d{2}([0-3]\d)(0[1-9]|[12]\d|3[01])\d{5}$/.test(v)) return false;
  const m = Number(v.slice(2, 4)) % 20;
  return m >= 1 && m <= 12 && (10 - (weighted(v.slice(0, 10), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]);
}

export function clabeOk(v: string): boolean {
  if (!/^\d{18}$/.test(v)) return false;
  const sum = [...v.slice(0, 17)].reduce((a, x, i) => a + ((Number(x) * [3, 7, 1][i % 3]!) % 10), 0);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

export function birthDateOk(v: string): boolean {
  const ok = (y: number, m: number, d: number) => y >= 1930 && y <= 2008 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(T00:00:00(\.000)?Z?)?$/.exec(v);
  if (m) return ok(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{2})[\/.-](\d{2})[\/.-](\d{4})$/.exec(v);
  return !!m && (ok(+m[3]!, +m[1]!, +m[2]!) || ok(+m[3]!, +m[2]!, +m[1]!));
}

export const b64Bytes = (s: string): Buffer | null => (/^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 ? Buffer.from(s, 'base64') : null);

export function pemOk(v: string): boolean {
  const t = v
    .replace(/(\\)+r(\\)+n|(\\)+n/g, '\n')
    .replace(/\r\n/g, '\n')
    .trimEnd();
  const m = /^-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  const der = m ? b64Bytes(m[2]!.replace(/\n/g, '')) : null;
  return !!der && der[0] === 0x30;
}

export function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && h.alg !== 'none' && parts[2]!.length >= 32;
  } catch {
    return false;
  }
}

export const basicAuthOk = (v: string): boolean => /^[\x21-\x7e]*:[\x20-\x7e]{8,}$/.test(b64Bytes(v)?.toString('utf8') ?? '');
