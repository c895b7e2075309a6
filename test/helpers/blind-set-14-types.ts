import type { Rng9 } from './blind-set-9-rng';

/** Which tally a planted value counts under. */
export type Group14 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value14 {
  value: string;
  kind: string;
  group: Group14;
}

/** A text holding one or more planted values. */
export interface Positive14 {
  id: string;
  text: string;
  values: Value14[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative14 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet14 {
  positives: Positive14[];
  negatives: Negative14[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase14 = (r: Rng9) => Positive14;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase14 = (r: Rng9) => Negative14;

/** A credential value. */
export const cred = (kind: string, value: string): Value14 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value14 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value14 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value14[]): Positive14 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative14 => ({ id, text });
