import type { Rng9 } from './blind-set-9-rng';

/** Blind set 22 draws from set 9's seeded stream (one implementation for every sealed set). */
export type Rng22 = Rng9;

/** Which tally a planted value counts under. */
export type Group22 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters (in the encoding the text carries) that must be covered. */
export interface Value22 {
  value: string;
  kind: string;
  group: Group22;
}

/** A text holding one or more planted values. */
export interface Positive22 {
  id: string;
  text: string;
  values: Value22[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative22 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet22 {
  positives: Positive22[];
  negatives: Negative22[];
}

/** A positive case: builds its text from the case's own random stream (`id` is given by the builder). */
export type PosCase22 = (r: Rng22, id: string) => Positive22;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase22 = (r: Rng22, id: string) => Negative22;

/** A credential value. */
export const cred = (kind: string, value: string): Value22 => ({ value, kind, group: 'credential' });
/** A personal value. */
export const pers = (kind: string, value: string): Value22 => ({ value, kind, group: 'personal' });
/** A financial value. */
export const fin = (kind: string, value: string): Value22 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value22[]): Positive22 => ({ id, text, values });
/** A negative case record. */
export const neg = (id: string, text: string): Negative22 => ({ id, text });

/** An ISO timestamp in late 2026 from the stream (milliseconds kept). */
export const iso22 = (r: Rng22): string => new Date((1796000000 + r.int(0, 3000000)) * 1000 + r.int(0, 999)).toISOString();

/** Draws until every short value sits exactly once in the text. */
export function once22(build: () => Positive22): Positive22 {
  for (let i = 0; i < 80; i++) {
    const t = build();
    if (t.values.every((v) => v.value.length > 6 || t.text.split(v.value).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}
