/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN length per ISO 13616 country code. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19,
  SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
  // Joined the SWIFT IBAN registry since 2020.
  BI: 27, DJ: 27, FK: 18, HN: 28, LY: 25, MN: 20, NI: 28, OM: 23, RU: 33, SD: 18, SO: 23, YE: 30,
});

/** ISO 7064 mod-97 remainder of an IBAN (compact, uppercase): 1 means valid. */
export function ibanMod97(iban: string): number {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

/** True for a compact IBAN with a known country, the right length and mod-97 = 1. */
export function ibanValid(compact: string): boolean {
  const iban = compact.toUpperCase();
  const len = IBAN_LENGTHS[iban.slice(0, 2)];
  if (len === undefined || iban.length !== len) return false;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  return ibanMod97(iban) === 1;
}

/** US ABA routing number: 9 digits, valid Federal Reserve prefix, 3-7-1 weighted checksum. */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const p = Number(digits.slice(0, 2));
  const prefixOk = p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
  if (!prefixOk || digits === '000000000') return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * w[i % 3]!;
  return sum % 10 === 0;
}

/** An ABA routing number's checksum alone (any prefix; not one digit repeated): for a value under a routing label. */
export function abaChecksumOk(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^(\d)\1{8}$/.test(digits)) return false;
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * w[i % 3]!;
  return sum % 10 === 0;
}

/** US SSN structure: area not 000/666/9xx, group not 00, serial not 0000. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits) || digits === '123456789') return false;
  // Published examples: the Woolworth wallet card's 078-05-1120 and the SSA's 219-09-9999 (never issued to anyone).
  if (digits === '078051120' || digits === '219099999') return false;
  return true;
}

/** Regional and debit brands (Mir, Maestro, RuPay, Troy, Verve, Elo, BC Card): found only grouped or in card context (see CONTEXT_BRANDS). */
function regionalBrand(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'mir';
  if (((p6 >= 506099 && p6 <= 506198) || (p6 >= 650002 && p6 <= 650027) || (p6 >= 507865 && p6 <= 507964)) && n >= 16 && n <= 19) return 'verve';
  if (p4 === 9792 && n === 16) return 'troy';
  if ((p2 === 60 || p2 === 81 || p2 === 82 || p3 === 508 || p3 === 353 || p3 === 356 || p4 === 6521 || p4 === 6522) && n === 16) return 'rupay';
  if ([401178, 401179, 438935, 457631, 457632, 431274, 451416, 457393, 504175, 506699, 509000, 627780, 636297, 636368, 650031].includes(p6) && n === 16) return 'elo';
  if (p2 === 50 || (p2 >= 56 && p2 <= 58) || p2 === 67 || p2 === 63) return n >= 12 && n <= 19 ? 'maestro' : null;
  if (p2 === 94 && n === 16) return 'bccard';
  return null;
}

/** Brands whose IIN ranges are wide and rarely seen in logs: a bare run of digits needs card context to be one of them. */
export const CONTEXT_BRANDS: ReadonlySet<string> = new Set(['mir', 'verve', 'troy', 'rupay', 'elo', 'maestro', 'bccard']);

/** Card brand from the IIN and length, or null when no brand issues such a number. */
export function cardBrand(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  return regionalBrand(digits);
}

/**
 * True for one word as prose and UI labels write it, in any alphabet: all lowercase, all capitals,
 * or capitalised (`Réinitialiser`, `Speichern`, `Submit`). A generated password mixes cases inside.
 */
export function isPlainWord(v: string): boolean {
  return /^(?:\p{Ll}+|\p{Lu}+|\p{Lu}\p{Ll}+)$/u.test(v);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '0123456789abcdef'];

/**
 * True for values no issuer generates: one short unit repeated (`abc123abc123`, `aaaa`),
 * mostly sequential characters (`1234567890abcdef`, `abcdefgh`), a keyboard row (`qwerty…`),
 * or very few distinct characters for the length. Looks at the first 64 characters only, and
 * at repeated units of up to 12 characters.
 */
export function isLowEntropy(value: string): boolean {
  const v = value.length > 64 ? value.slice(0, 64) : value;
  const n = v.length;
  if (n < 4) return false;
  for (let p = 1, maxP = Math.min(n >> 1, 12); p <= maxP; p++) {
    let i = p;
    while (i < n && v.charCodeAt(i) === v.charCodeAt(i - p)) i++;
    if (i === n) return true;
  }
  let seq = 0;
  for (let i = 1; i < n; i++) {
    const d = v.charCodeAt(i) - v.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) seq++;
  }
  if (seq / (n - 1) >= 0.7) return true;
  // A row is at most 26 characters, and lowercasing never shortens a string.
  if (n >= 8 && n <= 26) {
    const lower = v.toLowerCase();
    for (const row of KEYBOARD_ROWS) if (row.includes(lower.slice(0, 8)) && lower.length <= row.length && row.includes(lower)) return true;
  }
  return n >= 12 && fewCharacters(v, 3);
}

/** True when `v` has at most `max` distinct characters (code points, as a Set of them counts). */
function fewCharacters(v: string, max: number): boolean {
  const seen: string[] = [];
  for (const c of v) {
    if (seen.includes(c)) continue;
    if (seen.length === max) return false;
    seen.push(c);
  }
  return true;
}

/**
 * True when `value` (found under a key named `kind`) can be a secret: not a reference (`$VAR`,
 * `{{ }}`, `<slot>`), not low-entropy; passwords 6+ characters, other secrets 8+ with some
 * entropy and not only letters (unless long and mixed-case) nor only a few digits.
 */
export function plausibleSecretValue(kind: 'password' | 'secret', value: string): boolean {
  if (value.length === 0 || /^(?:\$|%\(|%\w+%$|\{\{|<|#\{|\*)/.test(value) || isLowEntropy(value)) return false;
  if (/^(?:true|false|null|nil|none|undefined|required|optional|string|int|bool)$/i.test(value)) return false;
  const letters = /^[A-Za-z]+$/.test(value.replace(/[_.-]/g, ''));
  if (kind === 'password') {
    if (value.length < 6 || /^\d{1,5}$/.test(value)) return false;
    return !letters || /\s/.test(value) || (value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !value.includes('_'));
  }
  if (/^\d+$/.test(value)) return value.length >= 16; // digits never reach 3 bits a character; low entropy is checked above
  // Both cases, a digit and a symbol (`7t7WmHG7*27`) make no filler or word: the entropy floor, noisy on a short value
  // with a repeated character, is not asked of them (repeats and runs were refused above).
  const fourClasses = /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value) && /^[!-~]+$/.test(value) && /[^A-Za-z0-9]/.test(value);
  if (value.length < 8 || (!fourClasses && shannonEntropy(value) < Math.min(3, Math.log2(value.length) * 0.8))) return false;
  return !letters || (value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value)) || shortRandomLetters(value, 15);
}

/**
 * 12 to 19 letters drawn at random in both cases (`UVHhYabGfsFvh`, `biLHAGEvPMIjC`: Expedia Rapid shared secrets), not
 * words run together (`MySecretValue`, `iOSAppStoreKey`, `XMLHttpRequest`): three or more of each case, the case
 * switching often, many distinct letters, few vowels, no long or vowelled lower-case run, and under 70 % of it in
 * pronounceable camelCase parts (a part from one capital to the next, of three letters or more, with a vowel).
 * `maxLength` 15 where a caller's own rule takes longer runs (plausibleSecretValue's call-argument and form detectors).
 */
export function shortRandomLetters(v: string, maxLength = 19): boolean {
  if (v.length < 12 || v.length > maxLength || !/^[A-Za-z]+$/.test(v) || /[a-z]{7}/.test(v)) return false;
  const caps = v.replace(/[a-z]/g, '').length;
  if (caps < 3 || v.length - caps < 3 || new Set(v).size < v.length * 0.6) return false;
  let switches = 0;
  for (let i = 1; i < v.length; i++) if ((v.charCodeAt(i) < 97) !== (v.charCodeAt(i - 1) < 97)) switches++;
  if (switches < v.length / 4) return false;
  // Vowels: about a fifth of random letters, two fifths of words; a lower-case run of five with two vowels is a word (`Request`).
  if ((v.match(/[aeiou]/gi)?.length ?? 0) > v.length * 0.35 || (v.match(/[a-z]{5,}/g) ?? []).some((r) => (r.match(/[aeiou]/g)?.length ?? 0) >= 2)) return false;
  const wordy = (v.match(/[A-Z]?[a-z]+/g) ?? []).filter((p) => p.length >= 3 && /[aeiouy]/i.test(p)).reduce((n, p) => n + p.length, 0);
  return wordy < v.length * 0.7;
}
