import { createHash } from 'node:crypto';
import { B62, type Rng10 } from './blind-set-10-rng';

/** Crypto-address and checksummed-token generators and validators, written from the public specs. */
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

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
const unbase58 = (s: string): Buffer => {
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.match(/^1*/)![0].length;
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(n === 0n ? '' : hex, 'hex')]);
};
export const base58check = (payload: Buffer): string => base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
export function base58Ok(s: string): boolean {
  if (![...s].every((c) => B58.includes(c))) return false;
  const b = unbase58(s);
  return b.length > 4 && sha256(sha256(b.subarray(0, -4))).subarray(0, 4).equals(b.subarray(-4));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const polymod = (vals: number[]): number => {
  let chk = 1;
  for (const v of vals) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
};
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
const toWords = (b: Buffer): number[] => {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of b) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
};
export function bech32(hrp: string, words: number[], m: boolean): string {
  const c = (polymod([...hrpExpand(hrp), ...words, 0, 0, 0, 0, 0, 0]) ^ (m ? 0x2bc830a3 : 1)) >>> 0;
  const cs = [0, 1, 2, 3, 4, 5].map((i) => (c >> (5 * (5 - i))) & 31);
  return hrp + '1' + [...words, ...cs].map((w) => BECH[w]).join('');
}
export function bech32Ok(s: string): boolean {
  const low = s.toLowerCase();
  const at = low.lastIndexOf('1');
  const hrp = low.slice(0, at);
  const data = [...low.slice(at + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  const pm = polymod([...hrpExpand(hrp), ...data]);
  return pm === 1 || pm === 0x2bc830a3;
}

export const btcBech32 = (r: Rng10): string => bech32('bc', [0, ...toWords(r.bytes(20))], false);
export const btcTaproot = (r: Rng10): string => bech32('bc', [1, ...toWords(r.bytes(32))], true);
export const ltcBech32 = (r: Rng10): string => bech32('ltc', [0, ...toWords(r.bytes(20))], false);
export const btcP2pkh = (r: Rng10): string => base58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
export const btcP2sh = (r: Rng10): string => base58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
export const tronAddr = (r: Rng10): string => base58check(Buffer.concat([Buffer.from([0x41]), r.bytes(20)]));
export const ethAddr = (r: Rng10): string => '0x' + r.hex(40);
/** age X25519 identity: bech32 (upper case) of 32 bytes under hrp age-secret-key-. */
export const ageKey = (r: Rng10): string => bech32('age-secret-key-', toWords(r.bytes(32)), false).toUpperCase();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (s: string): number => {
  let c = 0xffffffff;
  for (const ch of Buffer.from(s)) c = CRC_TABLE[(c ^ ch) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const b62of = (n: number, w: number): string => {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(w, '0');
};
/** A GitHub token (`ghp_`, `gho_`, `ghs_`, `ghr_`, `ghu_`): 30 random base62 and a base62 CRC32 of them. */
export function githubToken(r: Rng10, prefix: string): string {
  const body = r.b62(30);
  return `${prefix}_${body}${b62of(crc32(body), 6)}`;
}
export const githubOk = (s: string): boolean => /^gh[pousr]_[0-9A-Za-z]{36}$/.test(s) && b62of(crc32(s.slice(4, 34)), 6) === s.slice(34);
