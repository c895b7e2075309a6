import { createHash } from 'node:crypto';
import type { Rng9 } from './blind-set-9-rng';

/** Blind set 19 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng19 = Rng9;

/** Which tally a planted value counts under. */
export type Group19 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters (in the encoding the text carries) that must be covered. */
export interface Value19 {
  value: string;
  kind: string;
  group: Group19;
}

/** A text holding one or more planted values. */
export interface Positive19 {
  id: string;
  text: string;
  values: Value19[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative19 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet19 {
  positives: Positive19[];
  negatives: Negative19[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase19 = (r: Rng19) => Positive19;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase19 = (r: Rng19) => Negative19;

/** A credential value. */
export const cred = (kind: string, value: string): Value19 => ({ value, kind, group: 'credential' });
/** A personal value. */
export const pers = (kind: string, value: string): Value19 => ({ value, kind, group: 'personal' });
/** A financial value. */
export const fin = (kind: string, value: string): Value19 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value19[]): Positive19 => ({ id, text, values });
/** A negative case record. */
export const neg = (id: string, text: string): Negative19 => ({ id, text });

/** An ISO timestamp in late 2026 from the stream. */
export const iso19 = (r: Rng19): string => new Date((1796000000 + r.int(0, 3000000)) * 1000).toISOString();

/** Lowercase hex SHA-256 / SHA-1 of a string (for negatives that carry digests). */
export const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');
export const sha1hex = (s: string): string => createHash('sha1').update(s).digest('hex');

/** Draws until every short value sits exactly once in the text. */
export function once19<T extends { text: string; values: Value19[] }>(build: () => T): T {
  for (let i = 0; i < 80; i++) {
    const t = build();
    if (t.values.every((v) => v.value.length > 6 || t.text.split(v.value).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}
