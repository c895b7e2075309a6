import type { Rng12 } from './blind-set-12-rng';

/** Which tally a planted value counts under. */
export type Group12 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value12 {
  value: string;
  kind: string;
  group: Group12;
}

/** A text holding one or more planted values. */
export interface Positive12 {
  id: string;
  text: string;
  values: Value12[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative12 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet12 {
  positives: Positive12[];
  negatives: Negative12[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase12 = (r: Rng12) => Positive12;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase12 = (r: Rng12) => Negative12;

/** A credential value. */
export const cred = (kind: string, value: string): Value12 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value12 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value12 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value12[]): Positive12 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative12 => ({ id, text });
