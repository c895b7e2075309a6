/**
 * Blind set 84: financial values with valid checksums: card numbers (Luhn), CVCs, IBANs (mod 97),
 * US routing numbers (ABA) with account numbers, UK sort codes with account numbers.
 */
import { Rng } from './blind-set-84-rng';

/** The Luhn check digit that completes a digit string. */
export function luhnDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const KNOWN_TEST = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '378282246310005', '6011111111111117', '5105105105105100']);

/** A card: digits, brand and a printed form (plain, spaced or dashed). */
export interface Card {
  digits: string;
  brand: 'visa' | 'mastercard' | 'amex' | 'discover';
  printed: string;
}

/** A fresh Luhn-valid card number of a common brand (never a published test number). */
export function card(r: Rng, style: 'plain' | 'spaced' | 'dashed' | 'any' = 'any'): Card {
  for (;;) {
    const k = r.int(0, 9);
    const brand = k < 5 ? 'visa' : k < 8 ? 'mastercard' : k < 9 ? 'amex' : 'discover';
    const prefix = brand === 'visa' ? `4${r.digits(5)}` : brand === 'mastercard' ? (r.chance(0.7) ? `5${r.int(1, 5)}${r.digits(4)}` : `2${r.int(221, 720)}${r.digits(2)}`) : brand === 'amex' ? `3${r.pick(['4', '7'])}${r.digits(4)}` : `6011${r.digits(2)}`;
    const len = brand === 'amex' ? 15 : 16;
    const partial = prefix + r.digits(len - 1 - prefix.length);
    const digits = partial + luhnDigit(partial);
    if (KNOWN_TEST.has(digits)) continue;
    const s = style === 'any' ? r.pick(['plain', 'plain', 'plain', 'spaced', 'dashed'] as const) : style;
    const groups = brand === 'amex' ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)] : digits.match(/.{4}/g)!;
    const printed = s === 'plain' ? digits : groups.join(s === 'spaced' ? ' ' : '-');
    return { digits, brand, printed };
  }
}

/** A CVC for a card (four digits for Amex). */
export function cvc(r: Rng, c: Card): string {
  return c.brand === 'amex' ? r.digits(4) : r.digits(3);
}

/** An expiry month and year (not a planted value). */
export function expiry(r: Rng): { month: string; year: string } {
  return { month: String(r.int(1, 12)).padStart(2, '0'), year: String(r.int(2025, 2031)) };
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + r.digits(14),
  FR: (r) => r.digits(10) + r.chars('0123456789ABCDEFGHJK', 11) + r.digits(2),
  ES: (r) => r.digits(20),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + r.digits(10),
  IT: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(10) + r.chars('0123456789ABCDEFGHIJ', 12),
  BE: (r) => r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  CH: (r) => r.digits(17),
  PL: (r) => r.digits(24),
};

/** An IBAN valid under mod 97, electronic or printed in groups of four. */
export function iban(r: Rng, printed = r.chance(0.4)): { cc: string; electronic: string; value: string } {
  const cc = r.pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[cc]!(r);
  const check = 98 - mod97(bban + cc + '00');
  const electronic = `${cc}${String(check).padStart(2, '0')}${bban}`;
  return { cc, electronic, value: printed ? electronic.match(/.{1,4}/g)!.join(' ') : electronic };
}

/** True when an IBAN (spaces allowed) passes mod 97. */
export function ibanOk(s: string): boolean {
  const e = s.replace(/[\s+]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(e)) return false;
  return mod97(e.slice(4) + e.slice(0, 4)) === 1;
}

/** A US ABA routing number with a valid check digit and a real Federal Reserve prefix. */
export function routing(r: Rng): string {
  const pre = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0');
  const d = (pre + r.digits(6)).split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + String((10 - (s % 10)) % 10);
}

/** True when a nine-digit routing number passes the ABA checksum. */
export function routingOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = s.split('').map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** A US bank account number (8 to 14 digits, no leading zero). */
export function usAccount(r: Rng): string {
  return `${r.int(1, 9)}${r.digits(r.int(7, 13))}`;
}

/** A UK sort code (dashed or not) and 8-digit account number. */
export function ukBank(r: Rng): { sortCode: string; account: string } {
  const sc = `${r.pick(['20', '40', '30', '60', '07', '04', '09', '11'])}${r.digits(4)}`;
  return { sortCode: r.chance(0.6) ? `${sc.slice(0, 2)}-${sc.slice(2, 4)}-${sc.slice(4)}` : sc, account: `${r.int(1, 9)}${r.digits(7)}` };
}
