import type { Rng9 } from './blind-set-9-rng';

/** Which tally a planted value counts under. */
export type Group9 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value9 {
  value: string;
  kind: string;
  group: Group9;
}

/** A text holding one or more planted values. */
export interface Positive9 {
  id: string;
  text: string;
  values: Value9[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative9 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet9 {
  positives: Positive9[];
  negatives: Negative9[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase9 = (r: Rng9) => Positive9;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase9 = (r: Rng9) => Negative9;

/** A credential value. */
export const cred = (kind: string, value: string): Value9 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value9 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value9 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value9[]): Positive9 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative9 => ({ id, text });
