import { Rng } from './blind-set-7-rng';

/** Crypto addresses for blind set 7: Bech32 (BIP-173) segwit v0 addresses with a valid checksum. */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

const hrpExpand = (hrp: string): number[] => [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];

/** Regroups 8-bit bytes into 5-bit words (with padding). */
function toWords(bytes: Buffer): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}

/** True when `addr` carries a valid Bech32 checksum. */
export function bech32Ok(addr: string): boolean {
  const at = addr.lastIndexOf('1');
  const data = [...addr.slice(at + 1)].map((c) => CHARSET.indexOf(c));
  return !data.includes(-1) && polymod([...hrpExpand(addr.slice(0, at)), ...data]) === 1;
}

/** A fresh P2WPKH mainnet address (`bc1q…`, 42 characters). */
export function btcBech32(r: Rng): string {
  const data = [0, ...toWords(r.bytes(20))];
  const mod = polymod([...hrpExpand('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `bc1${[...data, ...check].map((d) => CHARSET[d]).join('')}`;
}

/** A lower-case Ethereum address (valid without the EIP-55 mixed-case checksum). */
export const ethAddress = (r: Rng): string => `0x${r.hex(40)}`;
