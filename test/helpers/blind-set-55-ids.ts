import { luhnDigit, mod97, ibanDigits, type G55 } from './blind-set-55-gen';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A US SSN with a valid area (not 000, 666 or 9xx), group and serial. */
export function ssn(g: G55): string {
  let area = g.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(g.int(1, 99), 2)}-${pad(g.int(1, 9999), 4)}`;
}

/** A UK National Insurance number. */
export function nino(g: G55): string {
  const a = 'ABCEGHJKLMNPRSTWXYZ';
  const b = 'ABCEGHJKLMNPRSTWXYZ';
  let p = g.pick([...a]) + g.pick([...b]);
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) p = 'AB';
  const d = g.digits(6);
  return g.pick([`${p}${d}${g.pick(['A', 'B', 'C', 'D'])}`, `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${g.pick(['A', 'B', 'C', 'D'])}`]);
}

/** An NHS number (mod 11), spaced 3-3-4. */
export function nhs(g: G55): string {
  for (;;) {
    const d = g.digits(9);
    let s = 0;
    for (let i = 0; i < 9; i++) s += Number(d[i]) * (10 - i);
    const c = 11 - (s % 11);
    if (c === 10) continue;
    const all = d + String(c === 11 ? 0 : c);
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
  }
}

/** A Canadian SIN (Luhn), spaced 3-3-3. */
export function sin(g: G55): string {
  const body = String(g.pick([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7);
  const all = body + luhnDigit(body);
  return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
}

/** A Spanish DNI (8 digits and its check letter). */
export function dni(g: G55): string {
  const n = g.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A Dutch BSN (11-proef). */
export function bsn(g: G55): string {
  for (;;) {
    const d = String(g.int(1, 6)) + g.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c === 10) continue;
    return d + String(c);
  }
}

/** A Brazilian CPF, formatted 000.000.000-00. */
export function cpf(g: G55): string {
  const d = g.digits(9).split('').map(Number);
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  const dig = (xs: number[]): number => {
    const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  d.push(dig(d));
  d.push(dig(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** A Polish PESEL with a real birth date. */
export function pesel(g: G55): string {
  const y = g.int(1950, 2005);
  const m = g.int(1, 12) + (y >= 2000 ? 20 : 0);
  const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(g.int(1, 28), 2)}${g.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = w.reduce((a, x, i) => a + x * Number(body[i]), 0);
  return body + String((10 - (s % 10)) % 10);
}

/** A Swedish personnummer YYYYMMDD-NNNC (Luhn over YYMMDDNNN). */
export function personnummer(g: G55): string {
  const y = g.int(1950, 2004);
  const core = `${pad(y % 100, 2)}${pad(g.int(1, 12), 2)}${pad(g.int(1, 28), 2)}${g.digits(3)}`;
  return `${y - (y % 100) + Number(core.slice(0, 2))}${core.slice(2, 6)}-${core.slice(6)}${luhnDigit(core)}`;
}

/** A Finnish henkilötunnus DDMMYY-NNNC. */
export function hetu(g: G55): string {
  const y = g.int(1950, 1999);
  const n = g.int(2, 899);
  const dm = `${pad(g.int(1, 28), 2)}${pad(g.int(1, 12), 2)}${pad(y % 100, 2)}`;
  const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dm + pad(n, 3)) % 31];
  return `${dm}-${pad(n, 3)}${c}`;
}

/** One national id, with its kind. */
export function nationalId(g: G55): [string, string] {
  const f = g.pick<[(g: G55) => string, string]>([[ssn, 'us_ssn'], [nino, 'uk_nino'], [nhs, 'uk_nhs'], [sin, 'ca_sin'], [dni, 'es_dni'], [bsn, 'nl_bsn'], [cpf, 'br_cpf'], [pesel, 'pl_pesel'], [personnummer, 'se_personnummer'], [hetu, 'fi_hetu']]);
  return [f[0](g), f[1]];
}

/** A US passport number (9 digits) or a UK one. */
export function passport(g: G55): string {
  return g.pick([`${g.int(5, 6)}${g.digits(8)}`, `C${g.digits(8)}`, `${g.chars('CFGHJKLMNPRTVWXYZ', 2)}${g.digits(7)}`]);
}

// ---- financial ----

/** A card number passing Luhn (Visa, Mastercard, Amex, Discover, JCB, UnionPay), optionally grouped. */
export function card(g: G55, grouped = g.int(0, 2)): string {
  const [prefix, len] = g.pick<[string, number]>([
    ['4', 16], ['4', 16], [String(g.int(51, 55)), 16], [String(g.int(2221, 2720)), 16], [g.pick(['34', '37']), 15], ['6011', 16], [`35${g.int(28, 89)}`, 16], ['62', 16],
  ]);
  const body = prefix + g.digits(len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  if (grouped === 0) return n;
  const sep = grouped === 1 ? ' ' : '-';
  return len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n.match(/.{4}/g)!.join(sep);
}

const BBAN: Record<string, (g: G55) => string> = {
  DE: (g) => g.digits(18),
  GB: (g) => g.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + g.digits(14),
  FR: (g) => g.digits(23),
  NL: (g) => g.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB']) + g.digits(10),
  ES: (g) => g.digits(20),
  IT: (g) => g.chars('ABCDEFGHIJKLMNOPRSTUVWXYZ', 1) + g.digits(22),
  BE: (g) => {
    const ten = g.digits(10);
    const c = mod97(ten) || 97;
    return ten + String(c).padStart(2, '0');
  },
  CH: (g) => g.digits(17),
  PL: (g) => g.digits(24),
  IE: (g) => g.pick(['AIBK', 'BOFI']) + g.digits(14),
};

/** An IBAN passing mod-97, printed compact or in groups of four. */
export function iban(g: G55, grouped = g.int(0, 1) === 1): string {
  const cc = g.pick(Object.keys(BBAN));
  const bban = BBAN[cc]!(g);
  const check = 98 - mod97(ibanDigits(bban + cc + '00'));
  const s = `${cc}${String(check).padStart(2, '0')}${bban}`;
  return grouped ? s.match(/.{1,4}/g)!.join(' ') : s;
}

/** An ABA routing number with a valid checksum. */
export function routing(g: G55): string {
  const first = pad(g.pick([g.int(1, 12), g.int(21, 32)]), 2);
  for (;;) {
    const d = first + g.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const s = w.reduce((a, x, i) => a + x * Number(d[i]), 0);
    return d + String((10 - (s % 10)) % 10);
  }
}

/** A bank account number (8 to 12 digits, not starting with 0). */
export function account(g: G55): string {
  return String(g.int(1, 9)) + g.digits(g.int(7, 11));
}
