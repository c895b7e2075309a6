import { createHash } from 'node:crypto';
import type { Rng9 } from './blind-set-9-rng';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256d = (b: Buffer): Buffer => createHash('sha256').update(createHash('sha256').update(b).digest()).digest();

const b58encode = (b: Buffer): string => {
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

const b58decode = (s: string): Buffer | null => {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = /^1*/.exec(s)![0].length;
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
};

/** A Bitcoin base58check address (version 0x00 P2PKH or 0x05 P2SH). */
export function btcLegacy(r: Rng9): string {
  const payload = Buffer.concat([Buffer.from([r.pick([0, 5])]), r.bytes(20)]);
  return b58encode(Buffer.concat([payload, sha256d(payload).subarray(0, 4)]));
}

/** True when a base58check address's checksum holds. */
export function btcLegacyOk(s: string): boolean {
  const b = b58decode(s);
  return Boolean(b) && b!.length === 25 && sha256d(b!.subarray(0, 21)).subarray(0, 4).equals(b!.subarray(21));
}

const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const polymod = (values: number[]): number => {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
};
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];

/** A bech32 (segwit v0, 20-byte program) address for `hrp` (`bc`, `ltc`). */
export function bech32Addr(r: Rng9, hrp = 'bc'): string {
  const bytes = r.bytes(20);
  const data = [0];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((d) => CS[d]).join('')}`;
}

/** True when a bech32 address's checksum holds. */
export function bech32Ok(s: string): boolean {
  const at = s.lastIndexOf('1');
  const data = [...s.slice(at + 1)].map((c) => CS.indexOf(c));
  return at > 0 && !data.includes(-1) && polymod([...hrpExpand(s.slice(0, at)), ...data]) === 1;
}

/** A lowercase (checksum-free, still valid) Ethereum address. */
export const ethAddr = (r: Rng9): string => '0x' + r.hex(40);
