import type { Rng } from './held-out-2-rng';

/** The group a held-out positive value belongs to. */
export type HeldOutGroup = 'credential' | 'personal' | 'financial';

/** A line (or block) that leaks every string in `values`. */
export interface HeldOutPositive {
  /** `group/class/n`: the class names the format and context, for per-class figures. */
  id: string;
  group: HeldOutGroup;
  text: string;
  values: string[];
}

/** A line that leaks nothing: no finding that counts as a leak may touch it. */
export interface HeldOutNegative {
  /** `neg/class/n`. */
  id: string;
  text: string;
}

/** Held-out set 2: positives and negatives built from one seed. */
export interface HeldOutSet2 {
  positives: HeldOutPositive[];
  negatives: HeldOutNegative[];
}

/** One positive template: a class name and a builder of text + leaked values. */
export type PosTemplate = readonly [cls: string, build: (r: Rng) => { text: string; values: string[] }];

/** One negative template: a class name and a builder of a leak-free text. */
export type NegTemplate = readonly [cls: string, build: (r: Rng) => string];
