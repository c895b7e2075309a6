import { createHash } from 'node:crypto';
import { randomBytes, randomInt } from './seeded-random';
import { IBAN_LENGTHS, ibanMod97 } from '../../src/scan/validators';

/** Random decimal digits. */
export const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');

/** A random card number of `len` digits starting with `prefix`, with its Luhn check digit. */
export function luhnCard(prefix: string, len = 16): string {
  const body = prefix + digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const d = body + c;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let x = d.charCodeAt(d.length - 1 - i) - 48;
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return d;
  }
  throw new Error('unreachable');
}

/** A Mastercard 2-series number (BIN 2221–2720). */
export const mastercard2 = (): string => luhnCard(String(randomInt(2221, 2721)));

/** A random ABA routing number: Federal Reserve prefix, 3-7-1 check digit. */
export function abaNumber(): string {
  const prefixes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32];
  const first8 = String(prefixes[randomInt(prefixes.length)]).padStart(2, '0') + digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * w[i]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

/** A random bank account number of `n` digits that is no run or repeat. */
export function accountNumber(n = randomInt(8, 13)): string {
  for (;;) {
    const d = String(randomInt(1, 10)) + digits(n - 1);
    if (!/(\d)\1\1/.test(d)) return d;
  }
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 of `bytes` (leading zero bytes as `1`). */
export function base58(bytes: Buffer): string {
  let n = BigInt('0x' + (bytes.toString('hex') || '0'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

/** A random Bitcoin Base58Check address: version 0 (P2PKH, `1…`) or 5 (P2SH, `3…`), checksum by node:crypto. */
export function btcBase58(version: 0 | 5): string {
  const payload = Buffer.concat([Buffer.from([version]), randomBytes(20)]);
  const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
  return base58(Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]));
}

/** A random IBAN of country `cc` (letters then digits in the BBAN), mod-97 check digits. */
export function ibanOf(cc: string, grouped: boolean): string {
  const len = IBAN_LENGTHS[cc]!;
  const bban = 'ABCDEFGHJK'[randomInt(10)]! + 'ABCDEFGHJK'[randomInt(10)]! + digits(len - 6);
  const compact = cc + String(98 - ibanMod97(`${cc}00${bban}`)).padStart(2, '0') + bban;
  return grouped ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

/** 40 random lowercase hex digits. */
export const hex40 = (): string => Array.from({ length: 40 }, () => '0123456789abcdef'[randomInt(16)]).join('');
