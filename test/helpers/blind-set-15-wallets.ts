import { sha256, type Rng15 } from './blind-set-15-types';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const b58 = (b: Buffer): string => {
  let n = BigInt('0x' + (b.toString('hex') || '0'));
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const x of b) {
    if (x !== 0) break;
    out = '1' + out;
  }
  return out;
};
const unb58 = (s: string): Buffer => {
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = /^1*/.exec(s)![0].length;
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
};
const check4 = (b: Buffer): Buffer => sha256(sha256(b)).subarray(0, 4);

/** A Base58Check address: version byte plus a random 20-byte hash (BTC `1…`/`3…`, Tron `T…`). */
export function base58Address(r: Rng15, version: number): string {
  const payload = Buffer.concat([Buffer.from([version]), r.bytes(20)]);
  return b58(Buffer.concat([payload, check4(payload)]));
}

/** True when a Base58Check string's 4-byte checksum matches. */
export function base58Ok(s: string): boolean {
  if (![...s].every((c) => B58.includes(c))) return false;
  const b = unb58(s);
  return b.length > 4 && check4(b.subarray(0, -4)).equals(b.subarray(-4));
}

const polymod = (v: number[]): number => {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const x of v) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
};
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
const to5 = (b: Buffer): number[] => {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const x of b) {
    acc = (acc << 8) | x;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >> bits) & 31);
    }
  }
  if (bits) out.push((acc << (5 - bits)) & 31);
  return out;
};

/** A bech32 segwit v0 address (`bc1q…` for a 20-byte hash, `ltc1q…` with hrp ltc). */
export function bech32Address(r: Rng15, hrp = 'bc', bytes = 20): string {
  const data = [0, ...to5(r.bytes(bytes))];
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const sum = [0, 1, 2, 3, 4, 5].map((i) => (pm >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...sum].map((d) => CS[d]).join('')}`;
}

/** True when a bech32 string's checksum holds. */
export function bech32Ok(s: string): boolean {
  const at = s.lastIndexOf('1');
  const data = [...s.slice(at + 1)].map((c) => CS.indexOf(c));
  return at > 0 && data.every((d) => d >= 0) && polymod([...hrpExpand(s.slice(0, at)), ...data]) === 1;
}

/** An Ethereum address in lower case (valid without an EIP-55 mixed-case checksum). */
export const ethAddress = (r: Rng15): string => '0x' + r.hex(40);
