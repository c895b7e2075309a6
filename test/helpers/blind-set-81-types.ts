import type { Rng81 } from './blind-set-81-rng';

/** The group a planted value belongs to. */
export type Group81 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact text, its format name and its group. */
export interface Planted81 {
  value: string;
  kind: string;
  group: Group81;
}

/** One generated text with the values planted in it. */
export interface Case81 {
  text: string;
  values: Planted81[];
}

/** Collects the values a template plants while it writes its text. */
export class Bag81 {
  readonly values: Planted81[] = [];

  /** Plants a credential and returns it. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants a piece of personal data and returns it. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants a piece of financial data and returns it. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }

  /** The finished case. */
  done(text: string): Case81 {
    return { text, values: this.values };
  }
}

/** A positive template: writes one text from a random stream and plants values in it. */
export type Template81 = (r: Rng81, b: Bag81) => string;

/** A negative template: writes one text that holds no leak. */
export type NegTemplate81 = (r: Rng81) => string;
