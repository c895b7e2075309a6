/** Checksums for the numbers set 29 plants, written from each format's published rule. */

/** Digits only. */
export const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** The Luhn (mod 10) check over a digit string. */
export function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return d.length > 1 && sum % 10 === 0;
}

/** The Luhn check digit that completes `body`. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c);
  return '0';
}

/** ISO 13616 mod-97 remainder of an IBAN-like string moved and lettered. */
export function mod97(s: string): number {
  const moved = (s.slice(4) + s.slice(0, 4)).toUpperCase().replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of moved) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}

/** A valid IBAN (spaces ignored). */
export const ibanOk = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s) === 1;
};

/** The Verhoeff tables, used by Aadhaar. */
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
/** The Verhoeff check over a digit string. */
export function verhoeffOk(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[i % 8]![Number(d[d.length - 1 - i])]!]!;
  return c === 0;
}

/** Weighted digit sum. */
const wsum = (d: string, w: number[]): number => w.reduce((a, x, i) => a + x * Number(d[i]), 0);

/** Brazilian CPF: two mod-11 check digits. */
export function cpfOk(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || /^(\d)\1+$/.test(d)) return false;
  const dig = (n: number) => {
    const s = wsum(
      d,
      Array.from({ length: n }, (_, i) => n + 1 - i),
    );
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return dig(9) === Number(d[9]) && dig(10) === Number(d[10]);
}

/** Spanish DNI: 8 digits and the mod-23 letter. */
export const dniOk = (v: string): boolean => {
  const m = /^(\d{8})-?([A-Z])$/.exec(v);
  return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2];
};

/** Polish PESEL: weights 1 3 7 9. */
export const peselOk = (v: string): boolean => /^\d{11}$/.test(v) && (10 - (wsum(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]);

/** Dutch BSN: the eleven test. */
export const bsnOk = (v: string): boolean => {
  const d = digitsOf(v);
  return d.length === 9 && d[0] !== '0' && (wsum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0;
};

/** Singapore NRIC/FIN (S and T series). */
export function nricOk(v: string): boolean {
  const m = /^([ST])(\d{7})([A-Z])$/.exec(v);
  if (!m) return false;
  const s = wsum(m[2]!, [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0);
  return 'JZIHGFEDCBA'[s % 11] === m[3];
}

/** Australian TFN: weights 1 4 3 7 5 8 6 9 10, mod 11. */
export const tfnOk = (v: string): boolean => {
  const d = digitsOf(v);
  return d.length === 9 && wsum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
};

/** US SSN: valid area, group and serial. */
export const ssnOk = (v: string): boolean => {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000' && v !== '123-45-6789';
};

/** UK NINO. */
export const ninoOk = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(s);
};

/** Canadian SIN: Luhn over 9 digits. */
export const sinOk = (v: string): boolean => {
  const d = digitsOf(v);
  return d.length === 9 && luhnOk(d) && d[0] !== '0' && d[0] !== '8';
};

/** Indian Aadhaar: 12 digits, Verhoeff, not starting 0/1. */
export const aadhaarOk = (v: string): boolean => {
  const d = digitsOf(v);
  return d.length === 12 && /^[2-9]/.test(d) && verhoeffOk(d);
};

/** Indian PAN. */
export const panOk = (v: string): boolean => /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(v);

/** ABA routing number checksum. */
export const abaOk = (v: string): boolean => /^\d{9}$/.test(v) && wsum(v, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;

/** A calendar date in one of the usual orders. */
export function dateOk(v: string): boolean {
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  m = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(v);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  m = /^(\d{2})([A-Z]{3})(\d{2,4})$/.exec(v);
  if (m) return months.includes(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31;
  m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(v);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 31;
}
