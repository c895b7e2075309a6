import { createHash } from 'node:crypto';
import type { Rng9 } from './blind-set-9-rng';

/** Blind set 20 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng20 = Rng9;

/** Which tally a planted value counts under. */
export type Group20 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters (in the encoding the text carries) that must be covered. */
export interface Value20 {
  value: string;
  kind: string;
  group: Group20;
}

/** A text holding one or more planted values. */
export interface Positive20 {
  id: string;
  text: string;
  values: Value20[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative20 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet20 {
  positives: Positive20[];
  negatives: Negative20[];
}

/** A positive case's text and values (the builder gives it its id). */
export type PosBody20 = Omit<Positive20, 'id'>;

/** A positive case: builds its text from the case's own random stream. */
export type PosCase20 = (r: Rng20) => PosBody20;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase20 = (r: Rng20) => string;

/** A credential value. */
export const cred = (kind: string, value: string): Value20 => ({ value, kind, group: 'credential' });
/** A personal value. */
export const pers = (kind: string, value: string): Value20 => ({ value, kind, group: 'personal' });
/** A financial value. */
export const fin = (kind: string, value: string): Value20 => ({ value, kind, group: 'financial' });

/** A positive case body. */
export const pos = (text: string, ...values: Value20[]): PosBody20 => ({ text, values });

/** An ISO timestamp in late 2026 from the stream. */
export const iso20 = (r: Rng20): string => new Date((1796000000 + r.int(0, 3000000)) * 1000).toISOString();
/** `2026-12-03 14:02:11,417` (Python logging / Airflow). */
export const pyts20 = (r: Rng20): string => iso20(r).replace('T', ' ').replace('Z', '').replace('.', ',');
/** `2026-12-03 14:02:11.417` (Log4j / Spark / Connect). */
export const jts20 = (r: Rng20): string => iso20(r).replace('T', ' ').replace('Z', '');

/** Lowercase hex digests of a string (for negatives that carry digests). */
export const sha256hex = (s: string): string => createHash('sha256').update(s).digest('hex');
export const sha1hex = (s: string): string => createHash('sha1').update(s).digest('hex');
export const md5hex = (s: string): string => createHash('md5').update(s).digest('hex');

/** JSON-escapes a string for embedding inside another JSON string (`"` becomes `\"`). */
export const jsonInJson = (o: unknown): string => JSON.stringify(JSON.stringify(o)).slice(1, -1);

/** Draws until every short value sits exactly once in the text. */
export function once20<T extends { text: string; values: Value20[] }>(build: () => T): T {
  for (let i = 0; i < 80; i++) {
    const t = build();
    if (t.values.every((v) => v.value.length > 6 || t.text.split(v.value).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}
