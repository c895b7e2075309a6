import type { Rng10 } from './blind-set-10-rng';

/** Which tally a planted value counts under. */
export type Group10 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value10 {
  value: string;
  kind: string;
  group: Group10;
}

/** A text holding one or more planted values. */
export interface Positive10 {
  id: string;
  text: string;
  values: Value10[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative10 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet10 {
  positives: Positive10[];
  negatives: Negative10[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase10 = (r: Rng10) => Positive10;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase10 = (r: Rng10) => Negative10;

/** A credential value. */
export const cred = (kind: string, value: string): Value10 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value10 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value10 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value10[]): Positive10 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative10 => ({ id, text });
