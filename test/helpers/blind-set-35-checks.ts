import { DIGITS, UPPER, type Rng35 } from './blind-set-35-rng';

/** True when the digits of `s` (other characters ignored) pass the Luhn check. */
export function luhnOk35(s: string): boolean {
  const d = s.replace(/\D/g, '');
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit35(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk35(body + c)) return String(c);
  return '0';
}

/** True when an IBAN (spaces allowed) passes ISO 13616 mod-97. */
export function ibanOk35(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(c)) return false;
  return mod97(c.slice(4) + c.slice(0, 4)) === 1;
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

const IBAN_BBAN: Record<string, (r: Rng35) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.chars(UPPER, 4) + r.digits(14),
  FR: (r) => r.digits(23),
  NL: (r) => r.chars(UPPER, 4) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(22),
  SE: (r) => r.digits(20),
  PL: (r) => r.digits(24),
  IE: (r) => r.chars(UPPER, 4) + r.digits(14),
  FI: (r) => r.digits(14),
};

/** A mod-97-valid IBAN, compact or printed in groups of four. */
export function iban35(r: Rng35, spaced = r.next() < 0.5): string {
  const cc = r.pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[cc]!(r);
  const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const c = cc + check + bban;
  return spaced ? c.replace(/(.{4})/g, '$1 ').trim() : c;
}

/** True when a 9-digit ABA routing number passes its 3-7-1 checksum and has a valid prefix. */
export function abaOk35(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const p = Number(s.slice(0, 2));
  if (!((p >= 1 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...s].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 10 === 0;
}

/** A checksum-valid ABA routing number. */
export function aba35(r: Rng35): string {
  const p = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
  const body = p + r.digits(6);
  for (let c = 0; c < 10; c++) if (abaOk35(body + c)) return body + c;
  return body + '0';
}

/** A Luhn-valid card number of a real brand, printed compact, in groups, or dashed. */
export function card35(r: Rng35): string {
  const brand = r.int(0, 4);
  if (brand === 4) {
    const body = r.pick(['34', '37']) + r.digits(12);
    const n = body + luhnDigit35(body);
    return r.next() < 0.5 ? n : `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const prefix = brand === 0 ? '4' : brand === 1 ? String(r.int(51, 55)) : brand === 2 ? String(r.int(2221, 2720)) : r.pick(['6011', '65']);
  const body = prefix + r.digits(15 - prefix.length);
  const n = body + luhnDigit35(body);
  const sep = r.pick(['', ' ', '-', ' ']);
  return sep ? n.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : n;
}

/** True for a plausible US SSN or ITIN (dashed or compact): valid area, group and serial. */
export function ssnOk35(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const [, a, g, n] = m;
  if (a!.startsWith('9')) return /^(5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])$/.test(g!) && n !== '0000';
  return a !== '000' && a !== '666' && g !== '00' && n !== '0000';
}

/** A valid-looking SSN (area 001-899 minus 666), usually dashed. */
export function ssn35(r: Rng35, dashed = r.next() < 0.8): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
  return dashed ? s.join('-') : s.join('');
}

/** A valid-looking ITIN (9xx-7x-xxxx). */
export function itin35(r: Rng35): string {
  return `9${r.digits(2)}-${r.int(70, 88)}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A Canadian SIN (Luhn), printed `123 456 782`. */
export function caSin35(r: Rng35): string {
  const body = String(r.int(1, 7)) + r.digits(7);
  const n = body + luhnDigit35(body);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}

/** True when a Brazilian CPF (punctuated or not) has both check digits right. */
export function cpfOk35(s: string): boolean {
  const d = s.replace(/\D/g, '');
  if (d.length !== 11 || /^(\d)\1+$/.test(d)) return false;
  return cpfDigit(d.slice(0, 9)) === d[9] && cpfDigit(d.slice(0, 10)) === d[10];
}

function cpfDigit(b: string): string {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += Number(b[i]) * (b.length + 1 - i);
  const r = (s * 10) % 11;
  return String(r === 10 ? 0 : r);
}

/** A Brazilian CPF, printed `123.456.789-09`. */
export function cpf35(r: Rng35): string {
  let b = r.digits(9);
  if (/^(\d)\1+$/.test(b)) b = '1' + b.slice(1, 8) + '7';
  const d = b + cpfDigit(b);
  const n = d + cpfDigit(d);
  return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
}

/** True when a Dutch BSN passes the 11-test. */
export function bsnOk35(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const sum = [...s].reduce((a, ch, i) => a + Number(ch) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 && s[0] !== '0';
}

/** A Dutch BSN. */
export function bsn35(r: Rng35): string {
  for (;;) {
    const b = String(r.int(1, 6)) + r.digits(7);
    const sum = [...b].reduce((a, ch, i) => a + Number(ch) * (9 - i), 0);
    const c = sum % 11;
    if (c < 10) return b + c;
  }
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** True when a Spanish DNI or NIE has the right control letter. */
export function dniOk35(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const n = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

/** A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
export function dni35(r: Rng35): string {
  if (r.next() < 0.3) {
    const p = r.pick(['X', 'Y', 'Z']);
    const d = r.digits(7);
    return p + d + DNI_LETTERS[Number(String('XYZ'.indexOf(p)) + d) % 23];
  }
  const d = String(r.int(10000000, 99999999));
  return d + DNI_LETTERS[Number(d) % 23];
}

/** True when a Swedish personnummer (YYMMDD-NNNN or YYYYMMDD-NNNN) passes Luhn on its last ten digits. */
export function pnrOk35(s: string): boolean {
  const m = /^(\d{2})?(\d{6})[-+](\d{4})$/.exec(s);
  return !!m && luhnOk35(m[2]! + m[3]!);
}

/** A Swedish personnummer. */
export function pnr35(r: Rng35): string {
  const y = r.int(60, 99), mo = r.int(1, 12), d = r.int(1, 28);
  const b = `${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}${r.digits(3)}`;
  return `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit35(b)}`;
}

/** A UK National Insurance number in a valid prefix/suffix shape, printed spaced or compact. */
export function nino35(r: Rng35): string {
  const first = r.pick([...'ABCEGHJKLMNOPRSTWXYZ']);
  const second = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const d = r.chars(DIGITS, 6);
  const s = r.pick([...'ABCD']);
  return r.next() < 0.5 ? `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${first}${second}${d}${s}`;
}

/** True for a UK NINO shape. */
export function ninoOk35(s: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(s) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(s);
}
