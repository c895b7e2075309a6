/** Checksums and check digits used by set 57's generators and by its format checker. */
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE: number[] = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The six-character base62 CRC-32 suffix GitHub and npm append to their tokens. */
export function crcSuffix(body: string): string {
  let n = crc32(body);
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

/** True when a digit string passes the Luhn check. */
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

/** The Luhn check digit to append to `partial`. */
export function luhnDigit(partial: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(partial + d)) return String(d);
  return '0';
}

/** The remainder mod 97 of an IBAN-style alphanumeric string (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** True when a compact or spaced IBAN has valid mod-97 check digits. */
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** A full IBAN from a country code and a BBAN. */
export function ibanMake(cc: string, bban: string): string {
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}

/** True when a nine-digit ABA routing number has a valid checksum and Fed prefix. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  const p = Number(s.slice(0, 2));
  if (!((p >= 1 && p <= 12) || (p >= 21 && p <= 32))) return false;
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** True when a US SSN (with or without dashes) is in an issuable range. */
export function ssnOk(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** True when a Dutch BSN passes the eleven-test. */
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  sum -= Number(s[8]);
  return sum % 11 === 0 && s[0] !== '0';
}

/** True when a Spanish DNI's letter matches its number. */
export function dniOk(s: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(s);
  return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2];
}

/** The two CPF check digits for nine base digits. */
export function cpfDigits(base: string): string {
  const dig = (s: string): number => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (s.length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dig(base);
  return `${d1}${dig(base + d1)}`;
}

/** True when a Brazilian CPF (formatted or not) has valid check digits. */
export function cpfOk(s: string): boolean {
  const d = s.replace(/[.-]/g, '');
  return /^\d{11}$/.test(d) && !/^(\d)\1{10}$/.test(d) && cpfDigits(d.slice(0, 9)) === d.slice(9);
}

/** True when a French NIR (13 digits + 2-digit key, spaces allowed) has a valid key. */
export function nirOk(s: string): boolean {
  const d = s.replace(/ /g, '');
  if (!/^[12]\d{14}$/.test(d)) return false;
  return 97 - (Number(BigInt(d.slice(0, 13)) % 97n)) === Number(d.slice(13));
}
