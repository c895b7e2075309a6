import { cfLetter, cpfDigits, deTaxDigit, dniLetter, ibanOf, luhnDigit, nirKey, peselDigit, verhoeffDigit } from './blind-set-30-checks';
import type { Country30, Person30 } from './blind-set-30-people';
import type { Rng30 } from './blind-set-30-rng';

/** A national id as [kind, value] (with its check digits), in the format its country prints. */
export function nationalId30(r: Rng30, c: Country30, p?: Person30): [string, string] {
  const y = p ? p.dob.y : r.int(1955, 2002), m = p ? p.dob.m : r.int(1, 12), d = p ? p.dob.d : r.int(1, 28);
  const two = (n: number) => String(n).padStart(2, '0');
  switch (c) {
    case 'US': {
      let area = r.int(1, 899);
      if (area === 666) area = 667;
      const v = `${String(area).padStart(3, '0')}-${two(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
      return ['us-ssn', r.chance(0.3) ? v.replace(/-/g, '') : v];
    }
    case 'GB': {
      const a = r.pick([...'ABCEGHJKLMNOPRSTWXYZ']), b = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
      const pre = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b) ? 'AB' : a + b;
      const dd = r.digits(6), suf = r.pick(['A', 'B', 'C', 'D']);
      return ['uk-nino', r.chance(0.5) ? `${pre}${dd}${suf}` : `${pre} ${dd.slice(0, 2)} ${dd.slice(2, 4)} ${dd.slice(4)} ${suf}`];
    }
    case 'DE': {
      const pool = [...'0123456789'];
      const ds: string[] = [];
      while (ds.length < 9) { const k = r.int(0, pool.length - 1); ds.push(pool.splice(k, 1)[0]!); }
      if (ds[0] === '0') ds.reverse();
      const dup = ds[r.int(1, 8)]!;
      ds.splice(r.int(1, 9), 0, dup);
      const body = ds.join('');
      const v = body + deTaxDigit(body);
      return ['de-tax-id', r.chance(0.5) ? v : `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`];
    }
    case 'FR': {
      const body = `${r.int(1, 2)}${two(y % 100)}${two(m)}${r.pick(['75', '69', '13', '33', '59'])}${r.digits(3)}${r.digits(3)}`;
      const k = nirKey(body);
      return ['fr-nir', r.chance(0.5) ? body + k : `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${k}`];
    }
    case 'ES': {
      if (r.chance(0.3)) { const x = r.int(0, 2); const n = r.digits(7); return ['es-nie', `${'XYZ'[x]}${n}${dniLetter(Number(`${x}${n}`))}`]; }
      const n = r.num(8);
      return ['es-dni', `${n}${r.chance(0.3) ? '-' : ''}${dniLetter(Number(n))}`];
    }
    case 'IT': {
      const cons = (s: string) => (s.toUpperCase().replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3);
      const body = `${cons(p?.last ?? 'Rossi')}${cons(p?.first ?? 'Mario')}${two(y % 100)}${'ABCDEHLMPRST'[m - 1]}${two(d + (r.chance(0.5) ? 40 : 0))}${r.pick(['F205', 'L219', 'A944', 'H501', 'F839'])}`;
      return ['it-codice-fiscale', body + cfLetter(body)];
    }
    case 'NL': {
      for (;;) {
        const b = r.num(8);
        let s = 0;
        for (let i = 0; i < 8; i++) s += Number(b[i]) * (9 - i);
        const c9 = s % 11;
        if (c9 < 10) return ['nl-bsn', b + String(c9)];
      }
    }
    case 'BR': {
      const b = r.digits(9);
      const v = b + cpfDigits(b);
      return ['br-cpf', r.chance(0.7) ? `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}` : v];
    }
    case 'SE': {
      const body = `${two(y % 100)}${two(m)}${two(d)}${r.digits(3)}`;
      return ['se-personnummer', `${body.slice(0, 6)}${r.chance(0.5) ? '-' : ''}${body.slice(6)}${luhnDigit(body)}`];
    }
    case 'CA': {
      const b = `${r.pick(['1', '2', '4', '5', '6', '7'])}${r.digits(7)}`;
      const v = b + luhnDigit(b);
      return ['ca-sin', r.chance(0.6) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v];
    }
    case 'IN': {
      const b = `${r.int(2, 9)}${r.digits(10)}`;
      const v = b + verhoeffDigit(b);
      return ['in-aadhaar', `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`];
    }
    case 'PL': {
      const body = `${two(y % 100)}${two(m + (y >= 2000 ? 20 : 0))}${two(d)}${r.digits(4)}`;
      return ['pl-pesel', body + peselDigit(body)];
    }
    default:
      return nationalId30(r, 'US');
  }
}

/** A passport number of a nationality (formats as the issuing country prints them). */
export function passport30(r: Rng30, c: Country30): string {
  if (c === 'DE') return r.pick([...'CFGHJK']) + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8);
  if (c === 'FR') return `${r.digits(2)}${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${r.digits(5)}`;
  if (c === 'IN') return `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(7)}`;
  if (c === 'BR' || c === 'MX') return `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.digits(6)}`;
  if (c === 'JP') return `T${r.chars('KRZ', 1)}${r.digits(7)}`;
  return r.num(9);
}

/** A US driver's licence number of a state, as [state, number]. */
export function licence30(r: Rng30): [string, string] {
  const s = r.pick(['CA', 'FL', 'NY', 'TX', 'IL', 'WA']);
  if (s === 'CA') return [s, r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(7)];
  if (s === 'FL' || s === 'IL') return [s, `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}`];
  if (s === 'NY') return [s, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`];
  if (s === 'WA') return [s, `WDL${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`];
  return [s, r.num(8)];
}

/** A payment card number (Luhn-valid) of a network, grouped as printed ('plain', 'spaced' or 'dashed'). */
export function card30(r: Rng30, style: 'plain' | 'spaced' | 'dashed' | 'any' = 'any'): string {
  const net = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb']);
  const pre = net === 'visa' ? '4' + r.pick(['539', '716', '024', '485', '929']) : net === 'mc' ? '5' + r.int(1, 5) + r.digits(2) : net === 'mc2' ? String(r.int(2221, 2720)) : net === 'amex' ? r.pick(['34', '37']) + r.digits(2) : net === 'disc' ? '6011' : String(r.int(3528, 3589));
  const len = net === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  const n = body + luhnDigit(body);
  const st = style === 'any' ? r.pick(['plain', 'plain', 'spaced', 'dashed'] as const) : style;
  if (st === 'plain') return n;
  const sep = st === 'spaced' ? ' ' : '-';
  return len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)].join(sep);
}

/** The last four digits a masked rendering of a card shows. */
export function last4(card: string): string {
  return card.replace(/\D/g, '').slice(-4);
}

const IBAN_SPEC: Record<string, (r: Rng30) => string> = {
  DE: (r) => r.num(8) + r.digits(10),
  FR: (r) => r.digits(5) + r.digits(5) + r.digits(11) + r.digits(2),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6) + r.digits(8),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(10) + r.digits(12),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + r.digits(10),
  BE: (r) => r.digits(12),
  AT: (r) => r.digits(16),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  PL: (r) => r.digits(24),
  PT: (r) => r.digits(21),
  SE: (r) => r.digits(20),
  CH: (r) => r.digits(17),
};

/** A valid IBAN of a country (random SEPA country when not given), compact or grouped by four. */
export function iban30(r: Rng30, country?: string, grouped?: boolean): string {
  const c = country && IBAN_SPEC[country] ? country : r.pick(Object.keys(IBAN_SPEC));
  const v = ibanOf(c, IBAN_SPEC[c]!(r));
  return (grouped ?? r.chance(0.4)) ? v.replace(/(.{4})/g, '$1 ').trim() : v;
}

/** A US ABA routing number with a valid checksum (not a value: banks publish them). */
export function routing30(r: Rng30): string {
  for (;;) {
    const b = r.pick(['02', '03', '04', '06', '07', '11', '12', '21', '26', '31', '32']) + r.digits(6);
    for (let c = 0; c < 10; c++) {
      const s = b + c;
      const d = [...s].map(Number);
      if ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0) return s;
    }
  }
}

/** A bank account number of `n` digits (first not 0). */
export function account30(r: Rng30, n: number): string {
  return r.num(n);
}
