import type { Rng9 } from './blind-set-9-rng';

/** The three groups a planted value belongs to. */
export type Group28 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact substring as it sits in the text, its kind and group. */
export interface Planted28 {
  value: string;
  kind: string;
  group: Group28;
}

/** A positive case: a text and the values planted in it. */
export interface Positive28 {
  id: string;
  text: string;
  values: Planted28[];
}

/** A negative case: a text that holds no leak. */
export interface Negative28 {
  id: string;
  text: string;
}

/** Records the values a template plants; each method returns the value for inline use. */
export class Bag28 {
  readonly values: Planted28[] = [];

  /** Plants a credential. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants a personal value. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants a financial value. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A positive template: builds one text from a stream, planting values in the bag. */
export interface PosTemplate28 {
  source: string;
  name: string;
  make(r: Rng9, b: Bag28): string;
}

/** A negative template: builds one text that holds no leak. */
export interface NegTemplate28 {
  source: string;
  name: string;
  make(r: Rng9): string;
}
