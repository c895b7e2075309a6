import type { Rng88 } from './blind-set-88-rng';

/** The Luhn check digit that completes `body`. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const KNOWN_TEST = new Set(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100']);

/** A Luhn-valid card number of a real brand (Visa, Mastercard, Amex, Discover, JCB), never a well-known test number. */
export function card(r: Rng88, layout: 'plain' | 'spaced' | 'dashed' | 'any' = 'any'): string {
  let digits = '';
  do {
    const brand = r.int(0, 5);
    const [pre, len] =
      brand === 0
        ? ['4' + r.digits(5), 16]
        : brand === 1
          ? [`5${r.int(1, 5)}${r.digits(4)}`, 16]
          : brand === 2
            ? [`2${r.int(221, 720)}${r.digits(2)}`, 16]
            : brand === 3
              ? [`3${r.pick(['4', '7'])}${r.digits(4)}`, 15]
              : brand === 4
                ? [`6011${r.digits(2)}`, 16]
                : [`35${r.int(28, 89)}${r.digits(2)}`, 16];
    const body = pre + r.digits(len - 1 - pre.length);
    digits = body + luhnDigit(body);
  } while (KNOWN_TEST.has(digits));
  const l = layout === 'any' ? r.pick(['plain', 'plain', 'spaced', 'dashed'] as const) : layout;
  if (l === 'plain') return digits;
  const sep = l === 'spaced' ? ' ' : '-';
  return digits.length === 15 ? `${digits.slice(0, 4)}${sep}${digits.slice(4, 10)}${sep}${digits.slice(10)}` : digits.match(/.{4}/g)!.join(sep);
}

/** Mod-97 of a numeric string of any length. */
export function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
}

const toDigits = (s: string): string => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));

/** A mod-97-valid IBAN (DE, GB, FR, NL, ES, IT), plain or in groups of four. */
export function iban(r: Rng88, spaced = r.chance(0.4)): string {
  const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT']);
  const U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bban =
    cc === 'DE'
      ? r.digits(18)
      : cc === 'GB'
        ? r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14)
        : cc === 'FR'
          ? r.digits(23)
          : cc === 'NL'
            ? r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)
            : cc === 'ES'
              ? r.digits(20)
              : r.str(U, 1) + r.digits(10) + r.digits(12);
  const check = 98 - mod97(toDigits(bban + cc + '00'));
  const s = `${cc}${String(check).padStart(2, '0')}${bban}`;
  return spaced ? s.match(/.{1,4}/g)!.join(' ') : s;
}

export function ibanOk(v: string): boolean {
  const s = v.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(toDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

/** A US ABA routing number with a valid checksum. */
export function aba(r: Rng88): string {
  for (;;) {
    const pre = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
    const body = pre + r.digits(6);
    for (let d = 0; d <= 9; d++) if (abaOk(body + d)) return body + d;
  }
}

export function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const d = [...v].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

export const bankAccount = (r: Rng88): string => r.digits(r.int(8, 12)).replace(/^0/, '4');
export const expiry = (r: Rng88): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`;
export const sortCode = (r: Rng88): string => `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`;
