import { createHash } from 'node:crypto';
import { B62, type Rng9 } from './blind-set-9-rng';

/** Blind set 15 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng15 = Rng9;

/** Which tally a planted value counts under. */
export type Group15 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value15 {
  value: string;
  kind: string;
  group: Group15;
}

/** A text holding one or more planted values. */
export interface Positive15 {
  id: string;
  text: string;
  values: Value15[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative15 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet15 {
  positives: Positive15[];
  negatives: Negative15[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase15 = (r: Rng15) => Positive15;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase15 = (r: Rng15) => Negative15;

/** A credential value. */
export const cred = (kind: string, value: string): Value15 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value15 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value15 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value15[]): Positive15 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative15 => ({ id, text });

/** A signed-looking JWT: real JSON header and claims, random signature bytes. */
export function jwt15(r: Rng15, claims: Record<string, unknown>, alg = 'HS256'): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg, typ: 'JWT' })}.${enc(claims)}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

/** A PEM block of `bytes` random bytes with 64-column body lines. */
export function pem15(r: Rng15, label: string, bytes: number): string {
  const body = r.b64(bytes).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** Epoch seconds around the end of 2026, for log timestamps. */
export const epoch15 = (r: Rng15): number => 1796000000 + r.int(0, 3000000);

/** An ISO timestamp from the stream. */
export const iso15 = (r: Rng15): string => new Date(epoch15(r) * 1000).toISOString();

/** Base64 of a UTF-8 string. */
export const b64s = (s: string): string => Buffer.from(s).toString('base64');

/** SHA-256 of a buffer. */
export const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

/** A GitHub-style token body: 30 random base62 characters plus a 6-character base62 CRC-like tail. */
export const ghBody = (r: Rng15): string => r.chars(B62, 36);

/** Draws values until `build` puts each short value exactly once in its text (CVCs, PINs). */
export function once<T extends { text: string }>(build: () => T, shorts: (t: T) => string[]): T {
  for (let i = 0; i < 50; i++) {
    const t = build();
    if (shorts(t).every((s) => t.text.split(s).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}
