import type { Rng17 } from './blind-set-17-rng';

const M = (1n << 64n) - 1n;
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn, 0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n,
  0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n,
  0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const rotl = (v: bigint, n: number): bigint => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & M);

function permute(a: bigint[]): void {
  for (let round = 0; round < 24; round++) {
    const c = [0, 1, 2, 3, 4].map((x) => a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!);
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 5; y++) a[x + 5 * y] = a[x + 5 * y]! ^ d;
    }
    const b = new Array<bigint>(25).fill(0n);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y]!, ROT[x + 5 * y]!);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) a[x + 5 * y] = b[x + 5 * y]! ^ (~b[((x + 1) % 5) + 5 * y]! & M & b[((x + 2) % 5) + 5 * y]!);
    a[0] = a[0]! ^ RC[round]!;
  }
}

/** Keccak-256 (the Ethereum hash, not SHA3-256's padding) as lowercase hex. */
export function keccak256hex(data: Buffer): string {
  const rate = 136;
  const padded = Buffer.alloc(Math.floor(data.length / rate + 1) * rate);
  data.copy(padded);
  padded[data.length] = padded[data.length]! ^ 0x01;
  padded[padded.length - 1] = padded[padded.length - 1]! ^ 0x80;
  const a = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) a[i] = a[i]! ^ padded.readBigUInt64LE(off + 8 * i);
    permute(a);
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) out.writeBigUInt64LE(a[i]!, 8 * i);
  return out.toString('hex');
}

/** EIP-55 mixed-case checksum of a 40-hex address body. */
export function eip55(lowerHex: string): string {
  const h = keccak256hex(Buffer.from(lowerHex, 'ascii'));
  return '0x' + [...lowerHex].map((c, i) => (/[a-f]/.test(c) && parseInt(h[i]!, 16) >= 8 ? c.toUpperCase() : c)).join('');
}

/** A fresh EIP-55 checksummed Ethereum address. */
export const ethAddress = (r: Rng17): string => eip55(r.hex(40));

/** True when an address carries a correct EIP-55 checksum (and is mixed case, so the checksum says something). */
export const eip55Ok = (v: string): boolean => /^0x[0-9a-fA-F]{40}$/.test(v) && /[A-F]/.test(v) && /[a-f]/.test(v) && eip55(v.slice(2).toLowerCase()) === v;
