import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { bban, ibanOf } from './blind-set-9-checks';
import { base58check, base58Ok, bech32Address as bech32Of, bech32Ok } from './blind-set-9-crypto';
import { cfCheck } from './blind-set-13-ids-eu';

const ALNUM = DIGITS + UPPER;

/** A BBAN for the countries set 9's helper does not know, at each country's length. */
function moreBban(r: Rng9, cc: string): string {
  switch (cc) {
    case 'IT': {
      const rest = r.digits(10) + r.digits(12);
      return cfCheck(rest) + rest;
    }
    case 'HU': return r.digits(24);
    case 'CZ': return r.digits(20);
    case 'RO': return r.chars(UPPER, 4) + r.chars(ALNUM, 16);
    case 'AE': return r.digits(19);
    case 'BR': return r.digits(23) + r.pick(['C', 'P']) + r.chars(ALNUM, 1);
    case 'TR': return r.digits(5) + '0' + r.digits(16);
    case 'LT': return r.digits(16);
    case 'HR': return r.digits(17);
    case 'GR': return r.digits(7) + r.digits(16);
    case 'SA': return r.digits(2) + r.digits(18);
    case 'EE': return r.digits(16);
    case 'SK': return r.digits(20);
    case 'SI': return r.digits(15);
    default: return bban(r, cc);
  }
}

/** A valid IBAN (mod-97) for `cc`, with a BBAN of the country's length. */
export const iban13 = (r: Rng9, cc: string): string => ibanOf(cc, moreBban(r, cc));

const CLABE_W = [3, 7, 1];
const clabeCheck = (s: string): number => (10 - ([...s].reduce((a, c, i) => a + ((Number(c) * CLABE_W[i % 3]!) % 10), 0) % 10)) % 10;
/** A Mexican CLABE (18 digits, weighted 3-7-1 check). */
export function clabe(r: Rng9): string {
  const s = r.pick(['002', '012', '014', '021', '072']) + r.digits(3) + r.digits(11);
  return s + clabeCheck(s);
}

export { base58check };
/** A P2WPKH bech32 address `bc1q…` (BIP-173 checksum), from set 9's encoder. */
export const bech32Address = (r: Rng9): string => bech32Of(r.bytes(20), 'bc');

/** Format checks for the financial values above, by planted kind. */
export const moneyChecks: Record<string, (v: string) => boolean> = {
  clabe: (v) => /^\d{18}$/.test(v) && clabeCheck(v.slice(0, 17)) === Number(v[17]),
  'btc-bech32': (v) => v.startsWith('bc1q') && bech32Ok(v),
  'btc-legacy': (v) => /^[13]/.test(v) && base58Ok(v),
  'tron-address': (v) => v.startsWith('T') && base58Ok(v),
  'ltc-address': (v) => v.startsWith('L') && base58Ok(v),
  'btc-wif': (v) => /^[KL]/.test(v) && v.length === 52 && base58Ok(v),
  'eth-address': (v) => /^0x[0-9a-f]{40}$/.test(v),
};
