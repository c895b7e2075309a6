import { luhnValid } from './validators';

/** Digits of `v` as numbers (separators dropped). */
const nums = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** Weighted digit sum of `d` with `w` (extra digits ignored). */
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

/** True for a real calendar date (month 1-12, day within the month, leap years counted). */
export function dateOk(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** UK NHS / Scottish CHI number: 10 digits, weights 10..2, check 11 - sum mod 11 (10 never issued). */
export function nhsValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 10 || /^(\d)\1+$/.test(d.join(''))) return false;
  const c = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return c !== 10 && (c === 11 ? 0 : c) === d[9];
}

/** PL PESEL: birth date (century in the month: +80 1800s, +20 2000s, +40, +60), serial, check digit (weights 1,3,7,9). */
export function peselValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11) return false;
  const mm = d[2]! * 10 + d[3]!;
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)]!;
  if (!dateOk(century + d[0]! * 10 + d[1]!, mm % 20, d[4]! * 10 + d[5]!)) return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}

/** SE personnummer (and samordningsnummer, day + 60): `YYMMDD-NNNC`, `YYMMDD+NNNC` or `YYYYMMDDNNNC`, Luhn over the 10 digits. */
export function personnummerValid(v: string): boolean {
  // The 12-digit form writes the century first (`19680319-9451`): the checksum covers the last 10 digits.
  const m = /^(18|19|20)?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(v);
  if (!m) return false;
  const day = Number(m[4]) > 60 ? Number(m[4]) - 60 : Number(m[4]);
  if (!dateOk(m[1] ? Number(m[1] + m[2]) : 2000 + Number(m[2]), Number(m[3]), day) && !(m[1] === undefined && dateOk(1900 + Number(m[2]), Number(m[3]), day))) return false;
  return luhnValid(m[2]! + m[3]! + m[4]! + m[5]!);
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_CENTURY: Readonly<Record<string, number>> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** FI henkilötunnus: `DDMMYY`, a century sign, a 3-digit serial and a check character (9 digits mod 31). */
export function hetuValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(v.toUpperCase());
  if (!m || !dateOk(HETU_CENTURY[m[4]!]! + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

/** ZA identity number: 13 digits, `YYMMDD`, a serial, citizenship 0/1/2, a digit, Luhn. */
export function zaIdValid(v: string): boolean {
  const s = v.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(s) || !/^[012]$/.test(s[10]!)) return false;
  if (!dateOk(2000 + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6)))) return false;
  return luhnValid(s);
}

/** NO fødselsnummer / D-nummer (day + 40): `DDMMYY` and five digits, two mod-11 check digits. */
export function noFnrValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11) return false;
  const day = d[0]! * 10 + d[1]!;
  if (!dateOk(2000, d[2]! * 10 + d[3]!, day > 40 ? day - 40 : day)) return false;
  const k = (w: number[]): number => {
    const r = 11 - (weighted(d, w) % 11);
    return r === 11 ? 0 : r;
  };
  return k([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

/** DK CPR: `DDMMYY-SSSS` with a real date (the mod-11 rule was dropped in 2007). */
export function cprValid(v: string): boolean {
  const d = nums(v);
  return d.length === 10 && dateOk(2000, d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!) && !/^(\d)\1+$/.test(d.join(''));
}

/** BE national register number: `YYMMDD`, serial, 97 - (first 9 mod 97), with `2` prefixed for births from 2000. */
export function beNnValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  if (s.length !== 11) return false;
  const mm = Number(s.slice(2, 4));
  const dd = Number(s.slice(4, 6));
  // Unknown birth dates keep a month of 00 (or +20/+40 for bis numbers); the day then may be 00 too.
  if (!(mm % 20 <= 12 && mm <= 52 && dd <= 31 && (mm % 20 === 0 || dd > 0))) return false;
  const c = Number(s.slice(9));
  const n = Number(s.slice(0, 9));
  return 97 - (n % 97) === c || 97 - ((2e9 + n) % 97) === c;
}

/** PT NIF: 9 digits, a valid first digit, weights 9..2, check 11 - sum mod 11 (10 and 11 give 0). */
export function ptNifValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 9 || !/^(?:[1235689]|45|7[0-9]|9[0189])/.test(d.join(''))) return false;
  const c = 11 - (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === d[8];
}

/** IE PPSN: 7 digits, a check letter (mod 23, weights 8..2, a second letter counted ×9), an optional second letter. */
export function ppsnValid(v: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW])?$/.exec(v.toUpperCase());
  if (!m) return false;
  const second = m[3] === undefined || m[3] === 'W' ? 0 : m[3].charCodeAt(0) - 64;
  const sum = weighted(nums(m[1]!), [8, 7, 6, 5, 4, 3, 2]) + second * 9;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2];
}

/** AU Medicare card number: 10 digits (11 with the person's position), first 2-6, check digit (weights 1,3,7,9). */
export function medicareValid(v: string): boolean {
  const d = nums(v);
  if ((d.length !== 10 && d.length !== 11) || d[0]! < 2 || d[0]! > 6) return false;
  return weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8];
}

/** NZ IRD number: 8 or 9 digits (10-150 million), mod 11 with a second weight set when the first gives 10. */
export function irdValid(v: string): boolean {
  const raw = nums(v);
  const n = Number(raw.join(''));
  if (raw.length < 8 || raw.length > 9 || n < 10_000_000 || n > 150_000_000) return false;
  const d = raw.length === 8 ? [0, ...raw] : raw;
  const check = (w: number[]): number => {
    const r = weighted(d, w) % 11;
    return r === 0 ? 0 : 11 - r;
  };
  let c = check([3, 2, 7, 6, 5, 4, 3, 2]);
  if (c === 10) c = check([7, 4, 3, 2, 5, 2, 7, 6]);
  return c !== 10 && c === d[8];
}

/** SG NRIC / FIN: S, T, F or G, 7 digits, a check letter (weights 2,7,6,5,4,3,2; T and G add 4). */
export function nricValid(v: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(v.toUpperCase());
  if (!m) return false;
  const sum = weighted(nums(m[2]!), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' || m[1] === 'G' ? 4 : 0);
  return (m[1] === 'S' || m[1] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK')[sum % 11] === m[3];
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** MX CURP: 4 letters, birth date, sex, state, 3 consonants, a homonym character and a check digit. */
export function curpValid(v: string): boolean {
  const s = v.toUpperCase();
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})[HMX](?:AS|B[CS]|C[CLMSH]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z](\d)$/.exec(s);
  if (!m || !dateOk(2000, Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(s[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(m[4]);
}

/** AR CUIL / CUIT: type (20, 23, 24, 27 people; 30, 33, 34 companies), 8-digit DNI, mod-11 check digit. */
export function cuilValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || !/^(?:2[0347]|3[034])$/.test(d.slice(0, 2).join(''))) return false;
  const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return r !== 10 && (r === 11 ? 0 : r) === d[10];
}

/** UK NINO: two prefix letters HMRC issues (not D, F, I, Q, U, V; not O second; not BG, GB, NK, KN, TN, NT, ZZ), 6 digits, A-D. */
export function ninoValid(v: string): boolean {
  const s = v.replace(/\s/g, '').toUpperCase();
  return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s);
}

/**
 * UK (DVLA) driving licence number: 5 surname characters (`9`-padded), decade, month (+50 for
 * women), day, year digit, 2 initials (`9`-padded), a digit and 2 check letters.
 */
export function ukLicenceValid(v: string): boolean {
  const m = /^([A-Z]{1,5}9{0,4})(\d)(\d{2})(\d{2})(\d)([A-Z][A-Z9])(\d)([A-Z]{2})$/.exec(v);
  if (!m || m[1]!.length !== 5) return false;
  const month = Number(m[3]) > 50 ? Number(m[3]) - 50 : Number(m[3]);
  return dateOk(1900 + Number(m[2]! + m[5]!), month, Number(m[4]));
}
