import type { Rng11 } from './blind-set-11-rng';

/** Which tally a planted value counts under. */
export type Group11 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value11 {
  value: string;
  kind: string;
  group: Group11;
}

/** A text holding one or more planted values. */
export interface Positive11 {
  id: string;
  text: string;
  values: Value11[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative11 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet11 {
  positives: Positive11[];
  negatives: Negative11[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase11 = (r: Rng11) => Positive11;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase11 = (r: Rng11) => Negative11;

/** A credential value. */
export const cred = (kind: string, value: string): Value11 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value11 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value11 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value11[]): Positive11 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative11 => ({ id, text });
