import type { Rng9 } from './blind-set-9-rng';

/** Which tally a planted value counts under. */
export type Group13 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters that must be covered by leak findings. */
export interface Value13 {
  value: string;
  kind: string;
  group: Group13;
}

/** A text holding one or more planted values. */
export interface Positive13 {
  id: string;
  text: string;
  values: Value13[];
}

/** A text that holds nothing worth a leak finding. */
export interface Negative13 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet13 {
  positives: Positive13[];
  negatives: Negative13[];
}

/** A positive case: builds its text from the case's own random stream. */
export type PosCase13 = (r: Rng9) => Positive13;

/** A negative case: builds its text from the case's own random stream. */
export type NegCase13 = (r: Rng9) => Negative13;

/** A credential value. */
export const cred = (kind: string, value: string): Value13 => ({ value, kind, group: 'credential' });

/** A personal value. */
export const pers = (kind: string, value: string): Value13 => ({ value, kind, group: 'personal' });

/** A financial value. */
export const fin = (kind: string, value: string): Value13 => ({ value, kind, group: 'financial' });

/** A positive case record. */
export const pos = (id: string, text: string, ...values: Value13[]): Positive13 => ({ id, text, values });

/** A negative case record. */
export const neg = (id: string, text: string): Negative13 => ({ id, text });
