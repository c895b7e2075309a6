import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { cfLetter, cpfDigits, curpDigit, dniLetter, luhnDigit, myNumberDigit, nirKey, nricLetter, peselDigit, ppsnLetter, steuerDigit, verhoeffDigit } from './blind-set-27-checks';

/** Blind set 27: the countries the company hires in, and each one's national id with valid check digits. */
export const COUNTRIES = ['US', 'CA', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'IN', 'BR', 'MX', 'AU', 'IE', 'SG', 'JP'] as const;
export type Cc27 = (typeof COUNTRIES)[number];

/** A name folded to lower-case ASCII letters (for e-mail local parts, logins, codice fiscale and CURP letters). */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** The country's national id for a person born on `iso` (with its kind). */
export function nationalId(r: Rng9, cc: Cc27, iso: string, female: boolean, first: string, last: string): [string, string] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const yy = y.slice(2);
  switch (cc) {
    case 'US':
      return r.int(0, 4) === 0 ? ['itin', `9${r.digits(2)}-${r.pick(['70', '78', '83', '88', '92', '94'])}-${r.int(1000, 9999)}`] : ['ssn', `${r.int(101, 665)}-${r.int(10, 99)}-${r.int(1001, 9999)}`];
    case 'CA': {
      const b = `${r.int(1, 7)}${r.digits(7)}`;
      const s = b + luhnDigit(b);
      return ['sin-ca', `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`];
    }
    case 'GB':
      return ['nino', `${r.chars('ACEHJLMNPRSWY', 1)}${r.chars('ABCEHJLMPRSWXY', 1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.chars('ABCD', 1)}`];
    case 'DE': {
      const pool = [...DIGITS];
      const out: string[] = [];
      for (let i = 0; i < 9; i++) out.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
      out.splice(r.int(1, 9), 0, out[r.int(0, 8)]!);
      if (out[0] === '0') out.push(out.shift()!);
      const b = out.join('');
      return ['steuer-id', b + steuerDigit(b)];
    }
    case 'FR': {
      const b = `${female ? 2 : 1}${yy}${m}${r.pick(['69', '75', '13', '33', '59'])}${r.digits(3)}${r.digits(3)}`;
      const k = nirKey(b);
      return ['nir', `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${k}`];
    }
    case 'ES': {
      if (r.int(0, 2) === 0) {
        const p = r.int(0, 1);
        const n = r.digits(7);
        return ['nie', `${'XY'[p]}${n}${dniLetter(Number(`${p}${n}`))}`];
      }
      const n = r.int(10000000, 79999999);
      return ['dni', `${n}${dniLetter(n)}`];
    }
    case 'IT': {
      const cons = (s: string) =>
        (
          ascii(s)
            .toUpperCase()
            .replace(/[AEIOU]/g, '') +
          ascii(s)
            .toUpperCase()
            .replace(/[^AEIOU]/g, '') +
          'XXX'
        ).slice(0, 3);
      const dd = String(Number(d) + (female ? 40 : 0)).padStart(2, '0');
      const b = `${cons(last)}${cons(first)}${yy}${'ABCDEHLMPRST'[Number(m) - 1]}${dd}${r.pick(['H501', 'F205', 'L219', 'A944'])}`;
      return ['codice-fiscale', b + cfLetter(b)];
    }
    case 'NL': {
      for (;;) {
        const b = `${r.int(1, 6)}${r.digits(7)}`;
        const s = [...b].reduce((a, x, i) => a + Number(x) * (9 - i), 0) % 11;
        if (s < 10) return ['bsn', b + s];
      }
    }
    case 'PL': {
      const b = `${yy}${String(Number(m) + (Number(y) >= 2000 ? 20 : 0)).padStart(2, '0')}${d}${r.digits(3)}${female ? r.pick(['0', '2', '4', '6', '8']) : r.pick(['1', '3', '5', '7', '9'])}`;
      return ['pesel', b + peselDigit(b)];
    }
    case 'SE': {
      const b = `${yy}${m}${d}${r.digits(3)}`;
      return ['personnummer', `${r.int(0, 1) ? y.slice(0, 2) : ''}${b.slice(0, 6)}-${b.slice(6)}${luhnDigit(b)}`];
    }
    case 'IN': {
      if (r.int(0, 1)) return ['pan-in', `${r.chars(UPPER, 3)}P${ascii(last)[0]!.toUpperCase()}${r.digits(4)}${r.chars(UPPER, 1)}`];
      const b = `${r.int(2, 9)}${r.digits(10)}`;
      const s = b + verhoeffDigit(b);
      return ['aadhaar', `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`];
    }
    case 'BR': {
      const b = r.digits(9);
      const s = b + cpfDigits(b);
      return ['cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`];
    }
    case 'MX': {
      const L = ascii(last).toUpperCase() + 'XX';
      const F = ascii(first).toUpperCase() + 'X';
      const vow = L.slice(1).replace(/[^AEIOU]/g, '')[0] ?? 'X';
      const cons = (s: string) => s.slice(1).replace(/[AEIOU]/g, '')[0] ?? 'X';
      const b = `${L[0]}${vow}${r.chars(UPPER, 1)}${F[0]}${yy}${m}${d}${female ? 'M' : 'H'}${r.pick(['DF', 'JC', 'NL', 'PL'])}${cons(L)}${r.chars('BCDFGHJKLMNPRSTVZ', 1)}${cons(F)}${Number(y) >= 2000 ? r.chars(UPPER, 1) : r.digits(1)}`;
      return ['curp', b + curpDigit(b)];
    }
    case 'AU': {
      for (;;) {
        const b = r.digits(8);
        const s = [...b].reduce((a, x, i) => a + Number(x) * [1, 4, 3, 7, 5, 8, 6, 9][i]!, 0) % 11;
        if (s < 10 && b[0] !== '0') return ['tfn', `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}${s}`];
      }
    }
    case 'IE': {
      const b = r.digits(7);
      return ['ppsn', b + ppsnLetter(b)];
    }
    case 'SG': {
      const p = Number(y) >= 2000 ? 'T' : 'S';
      const b = r.digits(7);
      return ['nric', p + b + nricLetter(p, b)];
    }
    case 'JP': {
      const b = `${r.int(1, 9)}${r.digits(10)}`;
      const s = b + myNumberDigit(b);
      return ['my-number', `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`];
    }
  }
}
