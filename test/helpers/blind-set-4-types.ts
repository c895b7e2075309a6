import type { Gen } from './blind-set-4-values';

/** What a positive case leaks. */
export type Blind4Group = 'credential' | 'personal' | 'financial';

/** A text that leaks the listed values: every occurrence of each must be covered by leak findings. */
export interface Blind4Positive {
  id: string;
  group: Blind4Group;
  text: string;
  values: string[];
}

/** A text that, read by a careful reviewer, leaks nothing. */
export interface Blind4Negative {
  id: string;
  text: string;
}

/** Writes one positive case from the seeded generators. */
export type Positive4 = (g: Gen) => { text: string; values: string[] };

/** Writes one negative case from the seeded generators. */
export type Negative4 = (g: Gen) => string;
