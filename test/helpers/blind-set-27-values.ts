import { DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { abaDigit, cccDigit, clabeDigit, luhnDigit, makeIban, ribKey } from './blind-set-27-checks';
import { ascii, type Cc27 } from './blind-set-27-ids';
import type { Person27 } from './blind-set-27-people';

/** Blind set 27: bank accounts, IBANs, cards, passports and licences of the people the templates draw. */
export { COUNTRIES, type Cc27 } from './blind-set-27-ids';
export { handle, person, phone, type Person27 } from './blind-set-27-people';

/** A payroll bank account of country `cc` as [kind, value] pairs, every part to redact. */
export function bank(r: Rng9, cc: Cc27): [string, string][] {
  switch (cc) {
    case 'US': {
      const b = `${r.pick(['0', '1', '2', '3'])}${r.int(1, 9)}${r.digits(6)}`;
      return [
        ['aba', b + abaDigit(b)],
        ['bank-account', r.digits(r.int(9, 12))],
      ];
    }
    case 'CA':
      return [
        ['routing-ca', `0${r.pick(['01', '02', '03', '04', '06'])}-${r.digits(5)}`],
        ['bank-account', r.digits(7)],
      ];
    case 'GB':
      return [
        ['sort-code', `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`],
        ['bank-account', `${r.int(1, 9)}${r.digits(7)}`],
      ];
    case 'AU':
      return [
        ['bsb', `0${r.int(1, 8)}${r.digits(1)}-${r.digits(3)}`],
        ['bank-account', `${r.int(1, 9)}${r.digits(8)}`],
      ];
    case 'IN':
      return [
        ['ifsc', `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${r.digits(6)}`],
        ['bank-account', `${r.int(1, 9)}${r.digits(r.int(10, 13))}`],
      ];
    case 'MX': {
      const b = `${r.pick(['002', '012', '014', '072'])}${r.digits(14)}`;
      return [['clabe', b + clabeDigit(b)]];
    }
    case 'BR':
      return [['bank-account', `${r.digits(4)} / ${r.int(10000, 99999)}${r.digits(3)}-${r.digits(1)}`]];
    case 'SG':
      return [['bank-account', `${r.digits(3)}-${r.digits(6)}-${r.digits(1)}`]];
    case 'JP':
      return [['bank-account', `${r.digits(4)}-${r.digits(3)}-${r.int(1, 9)}${r.digits(6)}`]];
    default:
      return [['iban', iban(r, cc)]];
  }
}

/** An IBAN of a European country with valid national check digits where the BBAN has them. */
export function iban(r: Rng9, cc: Cc27): string {
  switch (cc) {
    case 'FR': {
      const bank = r.digits(5);
      const br = r.digits(5);
      const acct = r.digits(11);
      return makeIban('FR', bank + br + acct + ribKey(bank, br, acct));
    }
    case 'ES': {
      const bb = r.digits(8);
      const acct = r.digits(10);
      return makeIban('ES', bb + cccDigit('00' + bb) + cccDigit(acct) + acct);
    }
    case 'IT':
      return makeIban('IT', r.chars(UPPER, 1) + r.digits(10) + r.digits(12));
    case 'NL':
      return makeIban('NL', r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10));
    case 'PL':
      return makeIban('PL', r.digits(24));
    case 'SE':
      return makeIban('SE', r.digits(20));
    case 'IE':
      return makeIban('IE', r.pick(['AIBK', 'BOFI']) + r.digits(14));
    case 'GB':
      return makeIban('GB', r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MONZ']) + r.digits(14));
    default:
      return makeIban('DE', r.digits(18));
  }
}

/** Groups an IBAN in fours, as statements and HR forms print it. */
export const spaced = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

/** A card number (Visa, Mastercard or Amex) that passes Luhn. */
export function card(r: Rng9, brand: 'visa' | 'mc' | 'amex' = r.pick(['visa', 'mc', 'amex'] as const)): string {
  const b = brand === 'visa' ? '4' + r.digits(14) : brand === 'mc' ? `5${r.int(1, 5)}${r.digits(13)}` : `3${r.pick(['4', '7'])}${r.digits(12)}`;
  return b + luhnDigit(b);
}

/** A card number grouped the way receipts and forms print it. */
export const cardSpaced = (c: string): string => (c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c.replace(/(.{4})(?=.)/g, '$1 '));

/** A passport number of the holder's country. */
export function passport(r: Rng9, cc: Cc27): string {
  if (cc === 'DE') return 'C' + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
  if (cc === 'IN') return r.chars('JKLMNPRSTUVWZ', 1) + r.digits(7);
  if (cc === 'FR' || cc === 'ES' || cc === 'IT') return r.digits(2) + r.chars(UPPER, 2) + r.digits(5);
  if (cc === 'US') return r.int(0, 1) ? `A${r.digits(8)}` : `5${r.digits(8)}`;
  return `${r.int(1, 9)}${r.digits(8)}`;
}

/** A driver's licence number of a US state, Canada or the UK (DVLA). */
export function licence(r: Rng9, p: Person27): string {
  if (p.cc === 'GB') {
    const sur = (ascii(p.last).toUpperCase() + '99999').slice(0, 5);
    const [y, m, d] = p.dob.split('-') as [string, string, string];
    return `${sur}${y[2]}${m}${d}${y[3]}${ascii(p.first)[0]!.toUpperCase()}9${r.int(1, 9)}${r.chars(UPPER, 2)}`;
  }
  return r.pick([() => `${r.chars(UPPER, 1)}${r.digits(7)}`, () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`])();
}

/** Lower-case letters for ids. */
export const lowerId = (r: Rng9, n: number): string => r.chars(LOWER + DIGITS, n);
