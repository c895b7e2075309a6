import { createHash } from 'node:crypto';
import { BIP39_WORDS } from './blind-set-33-bip39-words';

/** Digits only. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** The Luhn check digit for a string of digits (the payload without its check digit). */
export function luhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when a string of digits passes Luhn. */
export function luhnOk(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** The mod-97 remainder of a long decimal string. */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** IBAN lengths by country for the countries the set draws. */
export const IBAN_LENGTHS: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, IE: 22, PL: 28, SE: 24, CH: 21, AT: 20, PT: 25, FI: 18, DK: 18, NO: 15, LT: 20, BR: 29, AE: 23, SA: 24 };

/** Letters to digits for the IBAN check (A=10 … Z=35). */
function ibanNumeric(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

/** An IBAN from country and BBAN, with its two check digits. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(ibanNumeric(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

/** True when an IBAN (spaces allowed) has the right length and passes mod 97. */
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

/** Groups of four, as IBANs are printed. */
export function spaced4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The ABA routing check digit for the first eight digits. */
export function abaDigit(first8: string): string {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = w.reduce((a, x, i) => a + x * Number(first8[i]), 0);
  return String((10 - (sum % 10)) % 10);
}

/** True when a nine-digit ABA routing number passes its checksum. */
export function abaOk(s: string): boolean {
  return /^\d{9}$/.test(s) && abaDigit(s.slice(0, 8)) === s[8];
}

/** The CLABE check digit for the first seventeen digits. */
export function clabeDigit(first17: string): string {
  const w = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(first17[i]) * w[i % 3]!) % 10;
  return String((10 - (sum % 10)) % 10);
}

/** True when an eighteen-digit CLABE passes its check digit. */
export function clabeOk(s: string): boolean {
  return /^\d{18}$/.test(s) && clabeDigit(s.slice(0, 17)) === s[17];
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** SHA-256 of bytes. */
export function sha256(b: Buffer): Buffer {
  return createHash('sha256').update(b).digest();
}

/** Base58 of bytes (leading zero bytes as '1'). */
export function base58(b: Buffer): string {
  let n = BigInt('0x' + (b.toString('hex') || '0'));
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const byte of b) {
    if (byte !== 0) break;
    out = '1' + out;
  }
  return out;
}

/** Base58check: payload plus the first four bytes of its double SHA-256. */
export function base58check(payload: Buffer): string {
  return base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
}

/** Decodes base58check; null when a character or the checksum is wrong. */
export function unbase58check(s: string): Buffer | null {
  let n = 0n;
  for (const ch of s) {
    const i = B58.indexOf(ch);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.length - s.replace(/^1+/, '').length;
  const b = Buffer.concat([Buffer.alloc(lead), Buffer.from(n === 0n ? '' : hex, 'hex')]);
  if (b.length < 5) return null;
  const payload = b.subarray(0, -4);
  return sha256(sha256(payload)).subarray(0, 4).equals(b.subarray(-4)) ? payload : null;
}

/** A BIP-39 mnemonic of `words` words (12/15/18/21/24) from the given entropy bytes. */
export function mnemonicFrom(entropy: Buffer): string {
  const bits = [...entropy].map((x) => x.toString(2).padStart(8, '0')).join('');
  const cs = [...sha256(entropy)].map((x) => x.toString(2).padStart(8, '0')).join('').slice(0, entropy.length / 4);
  const all = bits + cs;
  const out: string[] = [];
  for (let i = 0; i < all.length; i += 11) out.push(BIP39_WORDS[parseInt(all.slice(i, i + 11), 2)]!);
  return out.join(' ');
}

/** True when every word is on the English list and the checksum bits agree. */
export function mnemonicOk(m: string): boolean {
  const words = m.trim().split(/\s+/);
  if (![12, 15, 18, 21, 24].includes(words.length)) return false;
  const idx = words.map((w) => BIP39_WORDS.indexOf(w));
  if (idx.some((i) => i < 0)) return false;
  const bits = idx.map((i) => i.toString(2).padStart(11, '0')).join('');
  const entBits = (words.length * 11 * 32) / 33;
  const ent = Buffer.from(bits.slice(0, entBits).match(/.{8}/g)!.map((x) => parseInt(x, 2)));
  return mnemonicFrom(ent) === words.join(' ');
}
