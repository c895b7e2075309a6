import { createHash } from 'node:crypto';
import { B62, type Rng11 } from './blind-set-11-rng';

const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 of a byte string (leading zero bytes become '1'). */
export function base58(b: Buffer): string {
  let n = BigInt('0x' + (b.toString('hex') || '0'));
  let out = '';
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  for (const x of b) { if (x !== 0) break; out = '1' + out; }
  return out;
}

/** Base58Check of version + payload. */
export const base58check = (payload: Buffer): string => base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));

/** True when a base58 string decodes and its 4-byte double-SHA256 checksum matches. */
export function base58Ok(s: string): boolean {
  if (!/^[1-9A-HJ-NP-Za-km-z]+$/.test(s)) return false;
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.match(/^1*/)![0].length;
  const b = Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
  const body = b.subarray(0, -4);
  return sha256(sha256(body)).subarray(0, 4).equals(b.subarray(-4));
}

const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk;
}
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function toWords(b: Buffer): number[] {
  let acc = 0, bits = 0;
  const out: number[] = [];
  for (const x of b) { acc = (acc << 8) | x; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}

/** A segwit address: version 0 uses bech32, version 1+ bech32m (BIP-350). */
export function segwit(hrp: string, version: number, program: Buffer): string {
  const data = [version, ...toWords(program)];
  const k = version === 0 ? 1 : 0x2bc830a3;
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ k;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...check].map((d) => CS[d]).join('');
}

/** True when a bech32/bech32m string's checksum holds (constant per the witness version). */
export function bech32Ok(s: string): boolean {
  const at = s.lastIndexOf('1');
  const hrp = s.slice(0, at);
  const data = [...s.slice(at + 1)].map((c) => CS.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  const k = polymod([...hrpExpand(hrp), ...data]);
  return k === (data[0] === 0 ? 1 : 0x2bc830a3);
}

// Keccak-256 (the pre-standard padding Ethereum uses), on BigInt lanes: slow but only for a few addresses.
const RC = [0x1n, 0x8082n, 0x800000000000808an, 0x8000000080008000n, 0x808bn, 0x80000001n, 0x8000000080008081n, 0x8000000000008009n, 0x8an, 0x88n, 0x80008009n, 0x8000000an, 0x8000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x80000001n, 0x8000000080008008n];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const M = (1n << 64n) - 1n;
const rotl = (x: bigint, n: number): bigint => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & M);
function keccakF(A: bigint[]): void {
  for (let round = 0; round < 24; round++) {
    const C = [0, 1, 2, 3, 4].map((x) => A[x]! ^ A[x + 5]! ^ A[x + 10]! ^ A[x + 15]! ^ A[x + 20]!);
    for (let x = 0; x < 5; x++) { const D = C[(x + 4) % 5]! ^ rotl(C[(x + 1) % 5]!, 1); for (let y = 0; y < 25; y += 5) A[x + y] = A[x + y]! ^ D; }
    const B: bigint[] = new Array(25).fill(0n);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) B[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(A[x + 5 * y]!, ROT[x + 5 * y]!);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) A[x + 5 * y] = B[x + 5 * y]! ^ (~B[((x + 1) % 5) + 5 * y]! & M & B[((x + 2) % 5) + 5 * y]!);
    A[0] = A[0]! ^ RC[round]!;
  }
}
/** Keccak-256 digest. */
export function keccak256(msg: Buffer): Buffer {
  const rate = 136;
  const padded = Buffer.alloc(Math.ceil((msg.length + 1) / rate) * rate);
  msg.copy(padded);
  padded[msg.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const A: bigint[] = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) A[i] = A[i]! ^ padded.readBigUInt64LE(off + 8 * i);
    keccakF(A);
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) out.writeBigUInt64LE(A[i]!, 8 * i);
  return out;
}

/** EIP-55 mixed-case checksum of a 40-hex address body. */
export function eip55(hex40: string): string {
  const h = keccak256(Buffer.from(hex40.toLowerCase(), 'ascii')).toString('hex');
  return '0x' + [...hex40.toLowerCase()].map((c, i) => (parseInt(h[i]!, 16) >= 8 ? c.toUpperCase() : c)).join('');
}
export const eip55Ok = (s: string): boolean => /^0x[0-9a-fA-F]{40}$/.test(s) && eip55(s.slice(2)) === s;

/** CRC-32 (IEEE), as GitHub and npm tokens use for their trailing checksum. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const ch of Buffer.from(s)) { c ^= ch; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; }
  return (c ^ 0xffffffff) >>> 0;
}
const b62of = (n: number, w: number): string => { let o = ''; while (n > 0) { o = B62[n % 62] + o; n = Math.floor(n / 62); } return o.padStart(w, '0'); };

/** `prefix` + 30 random base62 + 6-char base62 CRC32 of the random part (GitHub ghp_/gho_/ghs_… and npm_ layout). */
export function crcToken(r: Rng11, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + b62of(crc32(body), 6);
}
export const crcTokenOk = (s: string): boolean => {
  const m = /^[a-z_]+_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(s);
  return !!m && b62of(crc32(m[1]!), 6) === m[2];
};

/** Wallet addresses of several chains. */
export function btcLegacy(r: Rng11): string { return base58check(Buffer.concat([Buffer.from([0]), r.bytes(20)])); }
export function btcP2sh(r: Rng11): string { return base58check(Buffer.concat([Buffer.from([5]), r.bytes(20)])); }
export const btcSegwit = (r: Rng11): string => segwit('bc', 0, r.bytes(20));
export const btcTaproot = (r: Rng11): string => segwit('bc', 1, r.bytes(32));
export const ethAddr = (r: Rng11): string => eip55(r.hex(40));
export const ltcAddr = (r: Rng11): string => base58check(Buffer.concat([Buffer.from([0x30]), r.bytes(20)]));
export const trxAddr = (r: Rng11): string => base58check(Buffer.concat([Buffer.from([0x41]), r.bytes(20)]));
export const dogeAddr = (r: Rng11): string => base58check(Buffer.concat([Buffer.from([0x1e]), r.bytes(20)]));
