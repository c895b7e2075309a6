import { Rng9, DIGITS, UPPER } from './blind-set-9-rng';
import { luhnDigit73 } from './blind-set-73-ids';

/** IBAN BBAN shapes of 36 countries: n digits, a letters, c alphanumerics. */
const BBAN: Record<string, string> = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', AT: '16n', CH: '5n12c', PL: '24n',
  SE: '20n', DK: '14n', FI: '14n', NO: '11n', PT: '21n', IE: '4a14n', LU: '3n13c', CZ: '20n', SK: '20n', HU: '24n', RO: '4a16c',
  BG: '4a6n8c', HR: '17n', SI: '15n', GR: '7n16c', CY: '8n16c', MT: '4a5n18c', EE: '16n', LV: '4a13c', LT: '16n', TR: '6n16c',
  SA: '2n18c', AE: '19n', IL: '19n', BR: '23n1a1c', UA: '6n19c', QA: '4a21c', EG: '25n', PK: '4a16c', KZ: '3n13c',
};
export const IBAN_CC73 = Object.keys(BBAN);

const mod97 = (s: string): number => {
  let m = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const dch of v) m = (m * 10 + Number(dch)) % 97;
  }
  return m;
};

export function iban73(r: Rng9, cc = r.pick(IBAN_CC73), grouped = r.int(0, 2) === 0): string {
  let bban = '';
  for (const [, n, t] of BBAN[cc]!.matchAll(/(\d+)([nac])/g)) bban += r.chars(t === 'n' ? DIGITS : t === 'a' ? UPPER : UPPER + DIGITS, Number(n));
  if (cc === 'TR') bban = bban.slice(0, 5) + '0' + bban.slice(6);
  const check = 98 - mod97(bban + cc + '00');
  const iban = cc + String(check).padStart(2, '0') + bban;
  return grouped ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
}

/** A US routing number with a valid ABA checksum (a bank's public identifier: not marked). */
export function aba73(r: Rng9): string {
  const b = r.pick(['0210', '0260', '1110', '1210', '0110', '0719', '3222']) + r.digits(4);
  for (let c = 0; c <= 9; c++) {
    const d = [...(b + c)].map(Number);
    if ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0) return b + c;
  }
  return '021000021';
}

/** A CLABE (Mexico): bank 3, branch 3, account 11, check digit (weights 3,7,1). */
export function clabe73(r: Rng9): string {
  const b = r.pick(['002', '012', '014', '021', '072', '127']) + r.digits(3) + r.digits(11);
  const s = [...b].reduce((a, ch, i) => a + ((Number(ch) * [3, 7, 1][i % 3]!) % 10), 0);
  return b + ((10 - (s % 10)) % 10);
}

export const sortCode73 = (r: Rng9): string => `${r.pick(['20', '40', '60', '30', '11', '09'])}-${r.digits(2)}-${r.digits(2)}`;
export const ukAccount73 = (r: Rng9): string => String(r.int(10000000, 99999999));
export const usAccount73 = (r: Rng9): string => r.digits(r.int(9, 12)).replace(/^0/, '4');
export const caAccount73 = (r: Rng9): string => r.digits(r.int(7, 12)).replace(/^0/, '5');
export const bsb73 = (r: Rng9): string => `${r.pick(['062', '033', '083', '012', '732'])}-${r.digits(3)}`;
export const auAccount73 = (r: Rng9): string => String(r.int(10000000, 999999999));
export const ifsc73 = (r: Rng9): string => `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0${r.chars(DIGITS + UPPER, 6)}`;
export const inAccount73 = (r: Rng9): string => String(r.int(1, 9)) + r.digits(r.int(10, 15));
export const brConta73 = (r: Rng9): string => `${r.int(10000, 9999999)}-${r.chars(DIGITS + 'X', 1)}`;
export const jpAccount73 = (r: Rng9): string => String(r.int(1000000, 9999999));

interface Brand {
  name: string;
  pre: string[];
  len: number[];
}
export const BRANDS73: Brand[] = [
  { name: 'JCB', pre: ['3528', '3530', '3566', '3589'], len: [16] },
  { name: 'UnionPay', pre: ['62', '6212', '6250'], len: [16, 19] },
  { name: 'Mir', pre: ['2200', '2201', '2202', '2204'], len: [16] },
  { name: 'RuPay', pre: ['6070', '6080', '6521', '5085'], len: [16] },
  { name: 'Elo', pre: ['401178', '431274', '506722', '636297', '650031'], len: [16] },
  { name: 'Troy', pre: ['9792'], len: [16] },
  { name: 'Visa', pre: ['4'], len: [16] },
  { name: 'Mastercard', pre: ['51', '53', '55', '2221', '2720'], len: [16] },
  { name: 'Amex', pre: ['34', '37'], len: [15] },
  { name: 'Discover', pre: ['6011', '65'], len: [16] },
];

/** A card of a brand (valid Luhn), written plain, spaced or dashed. */
export function card73(r: Rng9, brand = r.pick(BRANDS73)): { brand: string; pan: string } {
  const pre = r.pick(brand.pre);
  const len = r.pick(brand.len);
  const body = pre + r.digits(len - pre.length - 1);
  const n = body + luhnDigit73(body);
  const k = r.int(0, 3);
  const sep = k === 1 ? ' ' : k === 2 ? '-' : '';
  const pan = sep === '' ? n : len === 15 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  return { brand: brand.name, pan };
}

export const expiry73 = (r: Rng9): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;
