import { abaOk, ibanOf, withLuhn } from './blind-set-9-checks';
import { base58check, bech32Address } from './blind-set-9-crypto';
import { UP, type Rng17 } from './blind-set-17-rng';

/** Card brands: issuer prefixes and lengths. */
const BRANDS: Record<string, { prefixes: string[]; len: number }> = {
  visa: { prefixes: ['4'], len: 16 },
  mastercard: { prefixes: ['51', '52', '53', '54', '55', '2221', '2720', '23', '26'], len: 16 },
  amex: { prefixes: ['34', '37'], len: 15 },
  discover: { prefixes: ['6011', '65', '644', '649'], len: 16 },
  jcb: { prefixes: ['3528', '3541', '3566', '3589'], len: 16 },
  unionpay: { prefixes: ['62'], len: 16 },
  diners: { prefixes: ['36', '38', '3056'], len: 14 },
  maestro: { prefixes: ['6759', '6761', '5018'], len: 19 },
  mir: { prefixes: ['2200', '2201', '2202', '2204'], len: 16 },
};
export const BRAND_NAMES = Object.keys(BRANDS);

/** A Luhn-valid card number of a brand. */
export function cardOf(r: Rng17, brand: string): string {
  const b = BRANDS[brand]!;
  const p = r.pick(b.prefixes);
  return withLuhn(p + r.digits(b.len - p.length - 1));
}

/** Groups a card as printed on it (4-6-5 Amex, 4-6-4 Diners, 4-4-4-4, 4-4-4-4-3). */
export function grouped(n: string, sep = ' '): string {
  if (n.length === 15 || n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

/** A CVC of the brand's length. */
export const cvcFor = (r: Rng17, n: string): string => r.digits(/^3[47]/.test(n) ? 4 : 3);

const esControl = (s: string): string => {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = 11 - ([...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};
const nlAccount = (r: Rng17): string => {
  for (;;) {
    const a = r.num(10);
    if ([...a].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11 === 0) return a;
  }
};

/** A national BBAN (national check digits where the country has them). */
export function bbanOf(r: Rng17, cc: string): string {
  switch (cc) {
    case 'DE': return r.pick(['10070000', '37040044', '50010517', '20041133', '70150000']) + r.digits(10);
    case 'GB': return r.pick(['BARC', 'NWBK', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14);
    case 'NL': return r.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB']) + nlAccount(r);
    case 'AT': return r.digits(16);
    case 'CH': return r.digits(17);
    case 'IE': return r.pick(['AIBK', 'BOFI']) + r.digits(14);
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '2085']) + r.digits(4);
      const acct = r.digits(10);
      return bank + esControl('00' + bank) + esControl(acct) + acct;
    }
    case 'FR': {
      const bank = r.pick(['30004', '30003', '20041', '10278']);
      const branch = r.digits(5);
      const acct = r.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
      return bank + branch + acct + String(key).padStart(2, '0');
    }
    case 'BE': {
      const ten = r.digits(10);
      const k = Number(BigInt(ten) % 97n) || 97;
      return ten + String(k).padStart(2, '0');
    }
    case 'PT': {
      const n = r.digits(19);
      return n + String(98 - Number((BigInt(n) * 100n) % 97n)).padStart(2, '0');
    }
    default: {
      const ten = r.digits(10);
      const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const k = 11 - ([...ten].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11);
      return k === 10 ? bbanOf(r, 'NO') : ten + String(k === 11 ? 0 : k);
    }
  }
}
export const IBAN_CC = ['DE', 'GB', 'NL', 'AT', 'CH', 'IE', 'ES', 'FR', 'BE', 'PT', 'NO'];
export const ibanFor = (r: Rng17, cc: string): string => ibanOf(cc, bbanOf(r, cc));
export const ibanGrouped = (s: string): string => s.match(/.{1,4}/g)!.join(' ');

/** A valid ABA routing number. */
export function routing(r: Rng17): string {
  const body = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0') + r.digits(6);
  for (let d = 0; d < 10; d++) if (abaOk(body + d)) return body + d;
  throw new Error('unreachable');
}

export const sortCode = (r: Rng17): string => `${r.pick(['20', '30', '40', '60', '77', '09'])}-${r.digits(2)}-${r.digits(2)}`;
export const btcLegacy = (r: Rng17): string => base58check(r.pick([0, 5]), r.bytes(20));
export const btcBech32 = (r: Rng17): string => bech32Address(r.bytes(20));
export const swift = (r: Rng17): string => r.chars(UP, 4) + r.pick(['DE', 'GB', 'FR']) + r.chars(UP, 2);
