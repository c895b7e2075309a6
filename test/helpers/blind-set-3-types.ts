import type { BlindValues } from './blind-set-3-values';

/** Which kind of value a positive case leaks. */
export type BlindGroup = 'credential' | 'personal' | 'financial';

/** A text that leaks the listed values (each must be fully covered, every occurrence). */
export interface BlindPositive {
  id: string;
  group: BlindGroup;
  text: string;
  values: string[];
}

/** A text a careful reviewer agrees leaks nothing. */
export interface BlindNegative {
  id: string;
  text: string;
}

/** Builds one positive case from seeded values. */
export type PositiveMaker = (v: BlindValues) => { text: string; values: string[] };

/** Builds one negative case from seeded values. */
export type NegativeMaker = (v: BlindValues) => string;
