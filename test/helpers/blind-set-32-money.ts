import { type Rng32 } from './blind-set-32-rng';
import { luhnDigit, luhnOk } from './blind-set-32-people';

const TEST_PANS = new Set(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '371449635398431', '6011111111111117', '5105105105105100', '4000056655665556', '4012888888881881', '3530111333300000']);

/** A payment card: brand, digits and the number as written. */
export interface Card32 {
  brand: 'Visa' | 'Mastercard' | 'American Express' | 'Discover' | 'JCB';
  pan: string;
  written: string;
}

/** A Luhn-valid card number of a random brand (never a well-known test number), written as people and exports write it. */
export function card(r: Rng32, style?: 'spaces' | 'dashes' | 'compact'): Card32 {
  const brand = r.pick(['Visa', 'Visa', 'Mastercard', 'Mastercard', 'American Express', 'Discover', 'JCB'] as const);
  const len = brand === 'American Express' ? 15 : 16;
  const prefix = brand === 'Visa' ? '4' : brand === 'Mastercard' ? r.pick(['51', '52', '53', '54', '55', String(r.int(2221, 2720))]) : brand === 'American Express' ? r.pick(['34', '37']) : brand === 'Discover' ? r.pick(['6011', '65']) : String(r.int(3528, 3589));
  let partial = prefix + r.digits(len - 1 - prefix.length);
  let pan = partial + luhnDigit(partial);
  while (TEST_PANS.has(pan)) {
    partial = prefix + r.digits(len - 1 - prefix.length);
    pan = partial + luhnDigit(partial);
  }
  const s = style ?? r.pick(['spaces', 'spaces', 'dashes', 'compact'] as const);
  const groups = len === 15 ? [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)] : [pan.slice(0, 4), pan.slice(4, 8), pan.slice(8, 12), pan.slice(12)];
  const written = s === 'compact' ? pan : groups.join(s === 'spaces' ? ' ' : '-');
  return { brand, pan, written };
}

/** Whether a written card number is Luhn-valid with a plausible length. */
export function cardOk(written: string): boolean {
  const d = written.replace(/[ -]/g, '');
  return /^\d{13,19}$/.test(d) && luhnOk(d);
}

/** A card security code (3 digits, 4 for American Express). */
export function cvc(r: Rng32, brand: Card32['brand']): string {
  return brand === 'American Express' ? String(r.int(1000, 9999)) : String(r.int(100, 999));
}

/** The mod-97 remainder of a numeric string (IBAN letters already expanded). */
function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
}

/** Letters to IBAN digits (A=10 … Z=35). */
function expand(s: string): string {
  return [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, BE: 16, CH: 21, AT: 20, PL: 28, IE: 22 };

/** The Spanish BBAN control digit over weighted digits. */
function esDigit(s: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const x = 11 - ([...s].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 11);
  return String(x === 11 ? 0 : x === 10 ? 1 : x);
}

/** A BBAN with the national check digits its country uses. */
function bban(r: Rng32, cc: string): string {
  switch (cc) {
    case 'DE': return r.pick(['10070000', '20041111', '37040044', '50010517', '70150000']) + r.digits(10);
    case 'GB': case 'IE': return r.pick(cc === 'GB' ? ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'] : ['AIBK', 'BOFI']) + r.digits(14);
    case 'FR': {
      const b = r.pick(['30004', '20041', '30003', '10278']) + r.digits(5) + r.digits(11);
      const key = 97 - Number(BigInt(b) * 100n % 97n);
      return b + String(key).padStart(2, '0');
    }
    case 'NL': return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ']) + r.digits(10);
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '2080']) + r.digits(4);
      const acc = r.digits(10);
      return bank + esDigit(`00${bank}`) + esDigit(acc) + acc;
    }
    case 'BE': {
      const ten = r.pick(['001', '068', '310', '539']) + r.digits(7);
      const c = Number(ten) % 97 || 97;
      return ten + String(c).padStart(2, '0');
    }
    case 'CH': return r.pick(['00762', '00230', '08390']) + r.digits(12);
    case 'AT': return r.pick(['12000', '20111', '32000']) + r.digits(11);
    default: return r.pick(['10901014', '11402004', '10205561']) + r.digits(16);
  }
}

/** An IBAN with valid mod-97 check digits, compact or in groups of four. */
export function iban(r: Rng32, country?: string, grouped?: boolean): string {
  const cc = country ?? r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'BE', 'CH', 'AT', 'PL', 'IE']);
  const b = bban(r, cc);
  const check = 98 - mod97(expand(`${b}${cc}00`));
  const compact = `${cc}${String(check).padStart(2, '0')}${b}`;
  const g = grouped ?? r.chance(0.6);
  return g ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

/** Whether an IBAN (spaces allowed) has a known length and valid mod-97 check digits. */
export function ibanOk(written: string): boolean {
  const s = written.replace(/ /g, '');
  const cc = s.slice(0, 2);
  const want = IBAN_LEN[cc];
  if (!want || s.length !== want || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(expand(s.slice(4) + s.slice(0, 4))) === 1;
}

/** An ABA routing number with its 3-7-1 checksum (public bank identifier, used as context). */
export function abaRouting(r: Rng32): string {
  const base = r.pick(['0210', '0260', '0110', '1210', '0440', '0710', '3222']) + r.digits(4);
  for (let c = 0; c <= 9; c++) {
    const d = base + c;
    const s = [...d].reduce((a, ch, i) => a + Number(ch) * [3, 7, 1][i % 3]!, 0);
    if (s % 10 === 0) return d;
  }
  return base + '0';
}

/** A bank account number (US 9-12 digits, UK 8 digits). */
export function bankAccount(r: Rng32, cc: 'US' | 'GB' = 'US'): string {
  return cc === 'GB' ? `${r.int(1, 9)}${r.digits(7)}` : `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
}
