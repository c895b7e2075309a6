import { createHash } from 'node:crypto';
import { B62, type Rng9 } from './blind-set-9-rng';

/** Blind set 21 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng21 = Rng9;

/** Every planted value of set 21 is a credential. */
export type Group21 = 'credential';

/** One planted value: the exact characters (in the encoding the text carries) that must be covered. */
export interface Value21 {
  value: string;
  kind: string;
  group: Group21;
}

/** A text holding one or more planted values. */
export interface Positive21 {
  id: string;
  text: string;
  values: Value21[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative21 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet21 {
  positives: Positive21[];
  negatives: Negative21[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase21 = (r: Rng21) => Positive21;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase21 = (r: Rng21) => Negative21;

/** A credential value. */
export const cred = (kind: string, value: string): Value21 => ({ value, kind, group: 'credential' });
/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value21[]): Positive21 => ({ id, text, values });
/** A negative case record. */
export const neg = (id: string, text: string): Negative21 => ({ id, text });

/** Lowercase hex SHA-256 / SHA-1 of a string (for negatives that carry digests). */
export const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');
export const sha1hex = (s: string): string => createHash('sha1').update(s).digest('hex');

/** CRC-32 (IEEE, reflected, as zlib computes it) of a string's bytes. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 (0-9A-Za-z) of a non-negative integer, left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  do {
    out = B62[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** GitHub's (and npm's) token shape: prefix, 30 random base62 characters, 6-character base62 CRC-32 of those 30. */
export function crcToken(r: Rng21, prefix: string): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32(body), 6);
}

/** True when a GitHub/npm-shaped token's last 6 characters are the base62 CRC-32 of the 30 before them. */
export function crcTokenOk(value: string, prefix: string): boolean {
  if (!value.startsWith(prefix) || value.length !== prefix.length + 36) return false;
  const body = value.slice(prefix.length, prefix.length + 30);
  return value.slice(prefix.length + 30) === base62(crc32(body), 6);
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bechPolymod(values: number[]): number {
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

/** Bech32 (BIP-173) of bytes under a human-readable part, lowercase. */
export function bech32(hrp: string, data: Buffer): string {
  const five: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of data) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      five.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) five.push((acc << (5 - bits)) & 31);
  const mod = bechPolymod([...hrpExpand(hrp), ...five, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = [0, 1, 2, 3, 4, 5].map((i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...five, ...chk].map((v) => BECH[v]).join('')}`;
}

/** True when a bech32 string (either case) carries a valid checksum. */
export function bech32Ok(s: string): boolean {
  const low = s.toLowerCase();
  const at = low.lastIndexOf('1');
  if (at < 1) return false;
  const data = [...low.slice(at + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return bechPolymod([...hrpExpand(low.slice(0, at)), ...data]) === 1;
}

/** Base64url of a JSON value (JWT segments). */
export const b64json = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Wraps a base64 body into lines of `n` characters. */
export const wrap = (s: string, n: number): string => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n');

/** Draws until every short value sits exactly once in the text. */
export function once21<T extends { text: string; values: Value21[] }>(build: () => T): T {
  for (let i = 0; i < 80; i++) {
    const t = build();
    if (t.values.every((v) => v.value.length > 6 || t.text.split(v.value).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}
