import { createHash } from 'node:crypto';
import { B62, type Rng9 } from './blind-set-9-rng';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a number, left-padded with 0 to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  do {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** A GitHub token (`ghp_`, `gho_`, `ghs_`, `ghu_`, `ghr_`): 30 random base62 + CRC32 in 6 base62. */
export function githubToken(r: Rng9, prefix: string): string {
  const body = r.b62(30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}

/** True when a GitHub token's last six characters are the CRC32 of the thirty before. */
export function githubOk(t: string): boolean {
  const body = t.slice(4, 34);
  return t.length === 40 && base62(crc32(body), 6) === t.slice(34);
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

/** Base58check of a version byte and payload (Bitcoin P2PKH `1…` with 0x00, P2SH `3…` with 0x05). */
export function base58check(version: number, payload: Buffer): string {
  const raw = Buffer.concat([Buffer.from([version]), payload]);
  const full = Buffer.concat([raw, sha256(sha256(raw)).subarray(0, 4)]);
  let n = BigInt('0x' + full.toString('hex'));
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of full) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

/** True when a base58 string's last four bytes are its double-SHA256 checksum. */
export function base58Ok(s: string): boolean {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) return false;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = s.match(/^1*/)![0].length;
  const full = Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
  const raw = full.subarray(0, full.length - 4);
  return sha256(sha256(raw)).subarray(0, 4).equals(full.subarray(full.length - 4));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
}
const hrpExpand = (h: string): number[] => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];

/** A bech32 (BIP-173) segwit v0 address for a 20-byte program. */
export function bech32Address(program: Buffer, hrp = 'bc'): string {
  const data = [0];
  let acc = 0;
  let bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [0, 1, 2, 3, 4, 5].map((i) => (pm >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...chk].map((d) => BECH[d]).join('')}`;
}

/** True when a bech32 string's checksum holds. */
export function bech32Ok(s: string): boolean {
  const at = s.lastIndexOf('1');
  const data = [...s.slice(at + 1)].map((c) => BECH.indexOf(c));
  return !data.includes(-1) && polymod([...hrpExpand(s.slice(0, at)), ...data]) === 1;
}

/** A JWT that decodes: a JSON header and JSON claims, and a random signature. */
export function jwt(r: Rng9, claims: Record<string, unknown>, alg = 'HS256'): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sig = r.b64url(alg.startsWith('HS') ? 32 : 256);
  return `${enc({ alg, typ: 'JWT' })}.${enc(claims)}.${sig}`;
}

/** A PEM private key with a random DER-like body, 64-character lines. */
export function pem(r: Rng9, label = 'RSA PRIVATE KEY', bytes = 1190): string {
  const head = label.startsWith('EC') ? [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20] : [0x30, 0x82, 0x04, 0xa2, 0x02, 0x01, 0x00];
  const body = Buffer.concat([Buffer.from(head), r.bytes(bytes)]).toString('base64');
  return `-----BEGIN ${label}-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----`;
}
