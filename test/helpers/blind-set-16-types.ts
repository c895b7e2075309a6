import { createHash } from 'node:crypto';
import type { Rng9 } from './blind-set-9-rng';

/** Blind set 16 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng16 = Rng9;

/** Which tally a planted value counts under. */
export type Group16 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value16 {
  value: string;
  kind: string;
  group: Group16;
}

/** A text holding one or more planted values. */
export interface Positive16 {
  id: string;
  text: string;
  values: Value16[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative16 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet16 {
  positives: Positive16[];
  negatives: Negative16[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase16 = (r: Rng16) => Positive16;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase16 = (r: Rng16) => Negative16;

/** A credential value. */
export const cred = (kind: string, value: string): Value16 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value16 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value16 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value16[]): Positive16 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative16 => ({ id, text });

/** An ISO timestamp in late 2026 from the stream. */
export const iso16 = (r: Rng16): string => new Date((1796000000 + r.int(0, 3000000)) * 1000).toISOString();

/** Base64 of a UTF-8 string. */
export const b64s = (s: string): string => Buffer.from(s).toString('base64');

/** Lowercase hex SHA-1 / SHA-256 of a string (for negatives that carry digests). */
export const sha1hex = (s: string): string => createHash('sha1').update(s).digest('hex');
/** Lowercase hex SHA-256 of a string. */
export const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Draws until every short value sits exactly once in the text (CVCs, short ids). */
export function once16<T extends { text: string }>(build: () => T, shorts: (t: T) => string[]): T {
  for (let i = 0; i < 60; i++) {
    const t = build();
    if (shorts(t).every((s) => t.text.split(s).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}

/** A W3C traceparent-style trace id (32 hex) and span id (16 hex). */
export const traceIds = (r: Rng16): { trace: string; span: string } => ({ trace: r.hex(32), span: r.hex(16) });
