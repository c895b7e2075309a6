import { dniValid } from './id-checksums';
import { ptNifValid } from './id-checksums-more';
import { luhnValid } from './validators';

/** Digits of `s` as numbers. */
const nums = (s: string): number[] => [...s].map(Number);

/** Weighted digit sum. */
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);

/** Spanish CIF (company) control: a letter, 7 digits and a control digit or letter. */
function cifValid(s: string): boolean {
  const m = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(s);
  if (!m) return false;
  const d = nums(m[2]!);
  let sum = 0;
  d.forEach((x, i) => (sum += i % 2 === 0 ? Math.floor((x * 2) / 10) + ((x * 2) % 10) : x));
  const c = (10 - (sum % 10)) % 10;
  return m[3] === String(c) || m[3] === 'JABCDEFGHI'[c];
}

/** Round l88: a Spanish VAT number (`ESA84236934`) or NIF whose body is a valid CIF: a company's, not a person's. */
export function isSpanishCompanyVat(v: string): boolean {
  return cifValid(v.replace(/^ES/, ''));
}

/** Check of each country's VAT number body (after the country prefix), where it is cheap. */
const CHECKS: Readonly<Record<string, (b: string) => boolean>> = {
  DE: (b) => {
    if (!/^[1-9]\d{8}$/.test(b)) return false;
    let product = 10;
    for (let i = 0; i < 8; i++) {
      const sum = (Number(b[i]) + product) % 10 || 10;
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10 === Number(b[8]);
  },
  FR: (b) => /^\d{11}$/.test(b) && (12 + 3 * (Number(b.slice(2)) % 97)) % 97 === Number(b.slice(0, 2)),
  IT: (b) => /^\d{11}$/.test(b) && luhnValid(b),
  NL: (b) => {
    const m = /^(\d{9})B\d{2}$/.exec(b);
    if (!m) return false;
    const d = nums(m[1]!);
    const old = (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]!) % 11 === 0;
    let r = 0;
    for (const ch of '2321' + b) r = (r * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
    return old || r === 1;
  },
  BE: (b) => /^[01]\d{9}$/.test(b) && 97 - (Number(b.slice(0, 8)) % 97) === Number(b.slice(8)),
  AT: (b) => {
    const m = /^U(\d{8})$/.exec(b);
    if (!m) return false;
    const d = nums(m[1]!);
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += i % 2 === 0 ? d[i]! : Math.floor((d[i]! * 2) / 10) + ((d[i]! * 2) % 10);
    return (10 - ((sum + 4) % 10)) % 10 === d[7];
  },
  ES: (b) => dniValid(b) || cifValid(b),
  GB: (b) => {
    if (!/^\d{9}$/.test(b)) return false;
    const total = weighted(nums(b), [8, 7, 6, 5, 4, 3, 2]) + Number(b.slice(7));
    return total % 97 === 0 || (total + 55) % 97 === 0;
  },
  PL: (b) => /^\d{10}$/.test(b) && weighted(nums(b), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(b[9]),
  SE: (b) => /^\d{10}01$/.test(b) && luhnValid(b.slice(0, 10)),
  DK: (b) => /^[1-9]\d{7}$/.test(b) && weighted(nums(b), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  FI: (b) => {
    if (!/^\d{8}$/.test(b)) return false;
    const r = weighted(nums(b), [7, 9, 10, 5, 8, 4, 2]) % 11;
    return r !== 1 && (r === 0 ? 0 : 11 - r) === Number(b[7]);
  },
  PT: (b) => /^\d{9}$/.test(b) && ptNifValid(b),
  CHE: (b) => {
    if (!/^\d{9}$/.test(b)) return false;
    const c = 11 - (weighted(nums(b), [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
    return c !== 10 && (c === 11 ? 0 : c) === Number(b[8]);
  },
};

/**
 * True for an EU (or Swiss, UK) VAT number whose check digits hold: `DE136695976`, `FR40303265045`,
 * `NL004495445B01`, `ATU13585627`, `CHE-116.281.710 MWST` (separators and a trailing MWST/TVA/IVA allowed).
 */
export function vatValid(v: string): boolean {
  const s = v.toUpperCase().replace(/\s+(?:MWST|TVA|IVA)$/, '').replace(/[\s.-]/g, '');
  const m = /^(CHE|[A-Z]{2})([0-9A-Z]{8,12})$/.exec(s);
  const check = m ? CHECKS[m[1]!] : undefined;
  return check !== undefined && !/^(\d)\1+$/.test(m![2]!) && check(m![2]!);
}
