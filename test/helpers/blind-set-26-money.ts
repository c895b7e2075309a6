/** Financial values for blind set 26: cards of many schemes, IBANs, domestic account layouts, CLABE, UPI, wallets. */
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { abaDigit, CARD_BRANDS, clabeDigit, ibanMake, luhnDigit } from './blind-set-26-checks';
import { ascii, type Person } from './blind-set-26-people';

/** A card number of `brand` (prefix, length, Luhn), bare digits. */
export function card(r: Rng9, brand: string): string {
  const b = CARD_BRANDS[brand]!;
  const prefix = r.pick(b.prefixes);
  const len = r.pick(b.lengths);
  for (;;) {
    const body = prefix + r.digits(len - prefix.length - 1);
    const c = body + luhnDigit(body);
    if (!/^4(242424242424242|111111111111111|000056655665556)$/.test(c)) return c;
  }
}

/** A card number grouped as printed on the card (4-4-4-4, Amex 4-6-5, Diners 4-6-4). */
export function grouped(c: string, sep = ' '): string {
  if (c.length === 15) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  if (c.length === 14) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  return c.match(/.{1,4}/g)!.join(sep);
}

/** A brand common in the country, for domestic schemes. */
export function brandFor(r: Rng9, cc: string): string {
  const m: Record<string, string[]> = {
    BR: ['elo', 'mastercard', 'visa'],
    IN: ['rupay', 'visa', 'mastercard'],
    JP: ['jcb', 'visa'],
    CN: ['unionpay'],
    TR: ['troy', 'mastercard'],
    US: ['visa', 'amex', 'discover', 'mastercard'],
    GB: ['visa', 'mastercard', 'maestro'],
    KR: ['visa', 'mastercard', 'unionpay'],
  };
  return r.pick(m[cc] ?? ['visa', 'mastercard', 'amex', 'diners', 'jcb', 'unionpay', 'mir']);
}

/** A card expiry `MM/YY` in the future (not planted: only with its card). */
export function expiry(r: Rng9): string {
  return `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;
}

const ALNUM = UPPER + DIGITS;
const BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => `${r.digits(10)}${r.chars(ALNUM, 11)}${r.digits(2)}`,
  GB: (r) => `${r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'])}${r.digits(14)}`,
  NL: (r) => `${r.pick(['ABNA', 'INGB', 'RABO', 'TRIO'])}${r.digits(10)}`,
  ES: (r) => r.digits(20),
  IT: (r) => `${r.chars(UPPER, 1)}${r.digits(10)}${r.digits(12)}`,
  BE: (r) => r.digits(12),
  PL: (r) => r.digits(24),
  SE: (r) => r.digits(20),
  CH: (r) => r.digits(17),
  AT: (r) => r.digits(16),
  PT: (r) => r.digits(21),
  IE: (r) => `${r.pick(['AIBK', 'BOFI'])}${r.digits(14)}`,
  TR: (r) => `${r.digits(6)}${r.digits(16)}`,
  BR: (r) => `${r.digits(23)}${r.pick(['C', 'P'])}1`,
  SA: (r) => r.digits(20),
  AE: (r) => r.digits(19),
  NO: (r) => r.digits(11),
  DK: (r) => r.digits(14),
  FI: (r) => r.digits(14),
};

/** An IBAN of `country` (mod-97), compact. */
export function iban(r: Rng9, country?: string): string {
  const c = country ?? r.pick(Object.keys(BBAN));
  return ibanMake(c, BBAN[c]!(r));
}

/** An IBAN in groups of four, as printed on statements. */
export function ibanPrint(i: string): string {
  return i.match(/.{1,4}/g)!.join(' ');
}

/** A BIC for a country (public bank directory data; never planted). */
export function bic(r: Rng9, cc: string): string {
  const banks: Record<string, string[]> = {
    DE: ['DEUT', 'COBA', 'BYLA'],
    FR: ['BNPA', 'SOGE', 'CRLY'],
    NL: ['ABNA', 'INGB', 'RABO'],
    ES: ['BBVA', 'CAIX', 'BSCH'],
    IT: ['BCIT', 'UNCR'],
    GB: ['BARC', 'NWBK', 'HBUK'],
    PL: ['PKOP', 'BREX'],
    TR: ['TGBA', 'AKBK'],
    BR: ['ITAU', 'BRAS'],
    IN: ['HDFC', 'SBIN'],
    SE: ['ESSE', 'HAND'],
  };
  return `${r.pick(banks[cc] ?? ['CITI', 'HSBC'])}${cc}${r.pick(['FF', '2X', 'PP', 'MM', 'JJ'])}${r.pick(['', 'XXX'])}`;
}

/** A US ABA routing number (Federal Reserve district prefix, check digit). */
export function aba(r: Rng9): string {
  const body = `${String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0')}${r.digits(6)}`;
  return body + abaDigit(body);
}

/** A Mexican CLABE (bank, plaza, account, check digit). */
export function clabe(r: Rng9): string {
  const body = `${r.pick(['002', '012', '014', '021', '072', '646'])}${r.pick(['180', '320', '580', '010'])}${r.digits(11)}`;
  return body + clabeDigit(body);
}

/** An Indian IFSC (bank directory code; never planted). */
export function ifsc(r: Rng9): string {
  return `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${r.digits(6)}`;
}

/** A UPI virtual payment address of the person. */
export function upi(r: Rng9, p: Person): string {
  const local = r.next() < 0.3 ? `9${r.digits(9)}` : `${ascii(p.first)}${r.pick(['.', ''])}${ascii(p.last)}${r.pick(['', String(r.int(1, 99))])}`;
  return `${local}@${r.pick(['okhdfcbank', 'okaxis', 'oksbi', 'ybl', 'paytm', 'ibl', 'upi'])}`;
}

/** A UK sort code `nn-nn-nn` (never planted) and a helper for the 8-digit account. */
export function sortCode(r: Rng9): string {
  return `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
}

/** A bank account number of `n` digits without a leading zero. */
export function account(r: Rng9, n: number): string {
  return `${r.int(1, 9)}${r.digits(n - 1)}`;
}

/** A Brazilian conta with its check digit after a dash (`12345-6`). */
export function conta(r: Rng9): string {
  return `${account(r, r.int(5, 8))}-${r.pick([...DIGITS, 'X'])}`;
}

/** An Alipay user id (`2088` + 12 digits): the payer's Alipay account identifier. */
export function alipayUser(r: Rng9): string {
  return `2088${r.digits(12)}`;
}
