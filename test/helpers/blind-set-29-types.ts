import type { Rng9 } from './blind-set-9-rng';

/** The three groups a planted value belongs to. */
export type Group29 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact substring, its kind (`base` or `base~enc`) and its group. */
export interface Planted29 {
  value: string;
  kind: string;
  group: Group29;
}

/** A positive case: a text and the values planted in it. */
export interface Positive29 {
  id: string;
  text: string;
  values: Planted29[];
}

/** A negative case: a text that holds no leak. */
export interface Negative29 {
  id: string;
  text: string;
}

/** Records the values a template plants; each method returns the value so it can be inlined. */
export class Bag29 {
  readonly values: Planted29[] = [];

  /** Plants a credential. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants a piece of personal data. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants a piece of financial data. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A template for positive cases. */
export interface PosTemplate29 {
  source: string;
  name: string;
  make(r: Rng9, b: Bag29): string;
}

/** A template for negative cases. */
export interface NegTemplate29 {
  source: string;
  name: string;
  make(r: Rng9): string;
}
