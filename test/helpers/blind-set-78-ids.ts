import { cfCheck78 } from './blind-set-78-format';
import { UPPER, type Rng78 } from './blind-set-78-rng';

/** Appends the Luhn digit to a digit string. */
export function withLuhn78(body: string): string {
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  return body + '0';
}

/** A card number (Visa, Mastercard, Amex, Discover, JCB) with a valid Luhn digit, unformatted. */
export function card78(r: Rng78): string {
  const brand = r.int(0, 9);
  if (brand < 4) return withLuhn78('4' + r.digits(14));
  if (brand < 7) {
    const pre = r.pick(['51', '52', '53', '54', '55', '2221', '2720', '2305']);
    return withLuhn78(pre + r.digits(15 - pre.length));
  }
  if (brand === 7) return withLuhn78(r.pick(['34', '37']) + r.digits(12));
  if (brand === 8) return withLuhn78('6011' + r.digits(11));
  return withLuhn78('35' + r.int(28, 89) + r.digits(11));
}

/** Groups a card number the way people type it (4-4-4-4 or Amex 4-6-5). */
export function cardSpaced78(n: string, sep = ' '): string {
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

const IBAN_BBAN: Record<string, (r: Rng78) => string> = {
  DE: (r) => r.pick(['10070000', '20050550', '37040044', '50010517', '70020270']) + r.digits(10),
  FR: (r) => '30004' + r.digits(5) + r.digits(11) + r.digits(2),
  ES: (r) => r.pick(['2100', '0049', '0182', '2085']) + r.digits(16),
  IT: (r) => r.chars(UPPER, 1) + r.pick(['03069', '02008', '05034']) + r.digits(5) + r.digits(12),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + r.digits(10),
  GB: (r) => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MONZ']) + r.digits(6) + r.digits(8),
  BE: (r) => r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
};

/** An IBAN of one of the countries in the set with valid mod-97 check digits, compact. */
export function iban78(r: Rng78, country?: string): string {
  const cc = country && IBAN_BBAN[country] ? country : r.pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[cc]!(r);
  const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(num) % 97n);
  return cc + String(check).padStart(2, '0') + bban;
}

/** An IBAN printed in groups of four. */
export function ibanSpaced78(iban: string): string {
  return iban.match(/.{1,4}/g)!.join(' ');
}

/** An ABA routing number with a valid 3-7-1 check digit. */
export function aba78(r: Rng78): string {
  const first = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0');
  const body = first + r.digits(6);
  const d = body.split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]!) + (d[2]! + d[5]!) + 7 * d[7]!;
  return body + ((10 - (s % 10)) % 10);
}

/** A US Social Security number in its dashed form. */
export function ssn78(r: Rng78): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number, spaced or compact. */
export function nino78(r: Rng78, spaced: boolean): string {
  const a = r.pick('ABCEGHJKLMNOPRSTWXYZ'.split(''));
  const b = r.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const pre = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b) ? 'AB' : a + b;
  const d = r.digits(6);
  const s = r.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${pre}${d}${s}`;
}

/** A German tax identification number (Steuer-ID) with its check digit. */
export function steuerId78(r: Rng78): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    const ten = pool.slice(0, 9);
    ten.splice(r.int(0, 9), 0, ten[r.int(0, 8)]!);
    if (ten[0] === 0) continue;
    let product = 10;
    for (const x of ten) {
      let sum = (x + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    return ten.join('') + ((11 - product) % 10);
  }
}

/** A French NIR (numéro de sécurité sociale) of 15 digits for a birth year and month. */
export function nir78(r: Rng78, female: boolean, yy: string, mm: string): string {
  const body = (female ? '2' : '1') + yy + mm + String(r.int(1, 95)).padStart(2, '0').replace('20', '21') + String(r.int(1, 990)).padStart(3, '0') + String(r.int(1, 999)).padStart(3, '0');
  const key = 97 - Number(BigInt(body) % 97n);
  return body + String(key).padStart(2, '0');
}

/** A Spanish DNI (8 digits and letter) or NIE (X/Y/Z, 7 digits and letter). */
export function dni78(r: Rng78, nie: boolean): string {
  const L = 'TRWAGMYFPDXBNJZSQVHLCKE';
  if (nie) {
    const p = r.int(0, 2);
    const d = r.digits(7);
    return 'XYZ'[p] + d + L[Number(String(p) + d) % 23];
  }
  const d = String(r.int(10000000, 79999999));
  return d + L[Number(d) % 23];
}

/** An Italian codice fiscale built from surname, name, birth date and sex. */
export function codiceFiscale78(r: Rng78, last: string, first: string, dob: string, female: boolean): string {
  const norm = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase();
  const cons = (s: string) => norm(s).replace(/[AEIOU]/g, '');
  const vow = (s: string) => norm(s).replace(/[^AEIOU]/g, '');
  const three = (s: string) => (cons(s) + vow(s) + 'XXX').slice(0, 3);
  const fc = cons(first);
  const fn = fc.length >= 4 ? fc[0]! + fc[2]! + fc[3]! : three(first);
  const [y, m, d] = dob.split('-');
  const day = String(Number(d) + (female ? 40 : 0)).padStart(2, '0');
  const body = three(last) + fn + y!.slice(2) + 'ABCDEHLMPRST'[Number(m) - 1] + day + r.pick(['F205', 'H501', 'L219', 'F839', 'A944', 'G273', 'D612']);
  return body + cfCheck78(body);
}

/** A Dutch BSN passing the eleven-proof. */
export function bsn78(r: Rng78): string {
  for (;;) {
    const d = String(r.int(10000000, 69999999)).split('').map(Number);
    const sum = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return d.join('') + last;
  }
}

/** A Brazilian CPF with both check digits, formatted 000.000.000-00. */
export function cpf78(r: Rng78): string {
  const d = r.digits(9).split('').map(Number);
  for (const n of [9, 10]) {
    const sum = d.reduce((a, x, i) => a + x * (n + 1 - i), 0);
    d.push(((sum * 10) % 11) % 10);
  }
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** A Mexican CURP with its check digit. */
export function curp78(r: Rng78, last: string, first: string, dob: string, female: boolean): string {
  const norm = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase();
  const L = norm(last);
  const vowel = L.slice(1).replace(/[^AEIOU]/g, '')[0] ?? 'X';
  const [y, m, d] = dob.split('-');
  const cons = (s: string) => s.slice(1).replace(/[AEIOU]/g, '')[0] ?? 'X';
  const body = L[0]! + vowel + r.chars(UPPER, 1) + norm(first)[0]! + y!.slice(2) + m + d + (female ? 'M' : 'H') + r.pick(['DF', 'JC', 'NL', 'PL', 'VZ', 'GT', 'YN']) + cons(L) + r.chars('BCDFGHJKLMNPRSTVZ', 1) + cons(norm(first)) + (Number(y) >= 2000 ? r.chars(UPPER, 1) : r.digits(1));
  const dict = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += dict.indexOf(body[i]!) * (18 - i);
  return body + ((10 - (sum % 10)) % 10);
}

/** An Aadhaar number with its Verhoeff digit, grouped 4-4-4. */
export function aadhaar78(r: Rng78, check: (s: string) => boolean): string {
  const body = r.int(2, 9) + r.digits(10);
  for (let c = 0; c < 10; c++) if (check(body + c)) return `${body.slice(0, 4)} ${body.slice(4, 8)} ${body.slice(8)}${c}`;
  return aadhaar78(r, check);
}

/** An Indian PAN of an individual (fourth letter P). */
export function pan78(r: Rng78, last: string): string {
  const l = last.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0] ?? 'K';
  return r.chars(UPPER, 3) + 'P' + l + r.digits(4) + r.chars(UPPER, 1);
}

/** A Japanese My Number (individual number) with its check digit. */
export function myNumber78(r: Rng78): string {
  const d = (r.int(1, 9) + r.digits(10)).split('').map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const rem = sum % 11;
  return d.join('') + (rem <= 1 ? 0 : 11 - rem);
}

/** An Australian tax file number passing the weighted mod-11. */
export function tfn78(r: Rng78): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9];
  for (;;) {
    const d = (r.int(1, 8) + r.digits(7)).split('').map(Number);
    const last = d.reduce((a, x, i) => a + x * w[i]!, 0) % 11;
    if (last < 10) return `${d.slice(0, 3).join('')} ${d.slice(3, 6).join('')} ${d.slice(6).join('')}${last}`;
  }
}

/** A Canadian SIN (Luhn), grouped 3-3-3. */
export function sin78(r: Rng78): string {
  const s = withLuhn78(r.pick(['1', '2', '3', '4', '5', '6', '7']) + r.digits(7));
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

/** A Mexican CLABE of 18 digits with its check digit. */
export function clabe78(r: Rng78): string {
  const body = r.pick(['002', '012', '014', '021', '072', '127']) + r.pick(['180', '320', '650']) + r.digits(11);
  const w = [3, 7, 1];
  const sum = body.split('').reduce((a, x, i) => a + ((Number(x) * w[i % 3]!) % 10), 0);
  return body + ((10 - (sum % 10)) % 10);
}
