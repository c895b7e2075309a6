import type { Rng35 } from './blind-set-35-rng';

/** One planted value: the exact substring, its label and its group. */
export interface Planted35 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** Collects the values one draw of a template plants, in the order they are used. */
export class Draw35 {
  readonly values: Planted35[] = [];

  constructor(readonly r: Rng35) {}

  private add(value: string, kind: string, group: Planted35['group']): string {
    if (!this.values.some((v) => v.value === value)) this.values.push({ value, kind, group });
    return value;
  }

  /** Plants a credential and returns it. */
  c(kind: string, value: string): string {
    return this.add(value, kind, 'credential');
  }

  /** Plants a personal value and returns it. */
  p(kind: string, value: string): string {
    return this.add(value, kind, 'personal');
  }

  /** Plants a financial value and returns it. */
  f(kind: string, value: string): string {
    return this.add(value, kind, 'financial');
  }
}

/** A positive template: area, name, and the text it builds while planting values. */
export interface Template35 {
  area: string;
  name: string;
  /** How many draws (default: the set's base count). */
  draws?: number;
  make: (d: Draw35) => string;
}

/** A negative template: area, name, and a text holding only look-alikes. */
export interface NegTemplate35 {
  area: string;
  name: string;
  make: (r: Rng35) => string;
}

/** Escapes a text for embedding in a JSON string literal (as a logger would). */
export function jsonEsc35(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
