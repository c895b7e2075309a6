import { createHash } from 'node:crypto';
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { bban, ibanOf } from './blind-set-9-checks';
import { cfCheck } from './blind-set-13-ids-eu';

const ALNUM = DIGITS + UPPER;

/** A BBAN for the countries set 9's helper does not know, at each country's length. */
function moreBban(r: Rng9, cc: string): string {
  switch (cc) {
    case 'IT': {
      const rest = r.digits(10) + r.digits(12);
      return cfCheck(rest) + rest;
    }
    case 'HU': return r.digits(24);
    case 'CZ': return r.digits(20);
    case 'RO': return r.chars(UPPER, 4) + r.chars(ALNUM, 16);
    case 'AE': return r.digits(19);
    case 'BR': return r.digits(23) + r.pick(['C', 'P']) + r.chars(ALNUM, 1);
    case 'TR': return r.digits(5) + '0' + r.digits(16);
    case 'LT': return r.digits(16);
    case 'HR': return r.digits(17);
    case 'GR': return r.digits(7) + r.digits(16);
    case 'SA': return r.digits(2) + r.digits(18);
    case 'EE': return r.digits(16);
    case 'SK': return r.digits(20);
    case 'SI': return r.digits(15);
    default: return bban(r, cc);
  }
}

/** A valid IBAN (mod-97) for `cc`, with a BBAN of the country's length. */
export const iban13 = (r: Rng9, cc: string): string => ibanOf(cc, moreBban(r, cc));

const CLABE_W = [3, 7, 1];
const clabeCheck = (s: string): number => (10 - ([...s].reduce((a, c, i) => a + ((Number(c) * CLABE_W[i % 3]!) % 10), 0) % 10)) % 10;
/** A Mexican CLABE (18 digits, weighted 3-7-1 check). */
export function clabe(r: Rng9): string {
  const s = r.pick(['002', '012', '014', '021', '072']) + r.digits(3) + r.digits(11);
  return s + clabeCheck(s);
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
const b58 = (b: Buffer): string => {
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
};
const unb58 = (s: string): Buffer => {
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.length - s.replace(/^1+/, '').length;
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
};
/** Base58Check of a version byte and a payload. */
export function base58check(version: number, payload: Buffer): string {
  const body = Buffer.concat([Buffer.from([version]), payload]);
  return b58(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]));
}
/** True when a Base58Check string's checksum holds. */
export function base58ok(s: string): boolean {
  if (![...s].every((c) => B58.includes(c))) return false;
  const raw = unb58(s);
  return sha256(sha256(raw.subarray(0, -4))).subarray(0, 4).equals(raw.subarray(-4));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const polymod = (vals: number[]): number => {
  const g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of vals) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= g[i]!;
  }
  return chk >>> 0;
};
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
/** A P2WPKH bech32 address `bc1q…` (BIP-173 checksum). */
export function bech32Address(r: Rng9): string {
  const prog = r.bytes(20);
  const five: number[] = [0];
  let acc = 0;
  let bits = 0;
  for (const b of prog) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      five.push((acc >> bits) & 31);
    }
  }
  if (bits) five.push((acc << (5 - bits)) & 31);
  const pm = polymod([...hrpExpand('bc'), ...five, 0, 0, 0, 0, 0, 0]) ^ 1;
  const sum = [0, 1, 2, 3, 4, 5].map((i) => (pm >>> (5 * (5 - i))) & 31);
  return 'bc1' + [...five, ...sum].map((v) => BECH[v]).join('');
}
const bech32Ok = (s: string): boolean => polymod([...hrpExpand('bc'), ...[...s.slice(3)].map((c) => BECH.indexOf(c))]) === 1;

/** Format checks for the financial values above, by planted kind. */
export const moneyChecks: Record<string, (v: string) => boolean> = {
  clabe: (v) => /^\d{18}$/.test(v) && clabeCheck(v.slice(0, 17)) === Number(v[17]),
  'btc-bech32': (v) => v.startsWith('bc1q') && bech32Ok(v),
  'btc-legacy': (v) => /^[13]/.test(v) && base58ok(v),
  'tron-address': (v) => v.startsWith('T') && base58ok(v),
  'ltc-address': (v) => v.startsWith('L') && base58ok(v),
  'btc-wif': (v) => /^[KL]/.test(v) && v.length === 52 && base58ok(v),
  'eth-address': (v) => /^0x[0-9a-f]{40}$/.test(v),
};
