import type { Rng88 } from './blind-set-88-rng';

/** Which kind of data a planted value is. */
export type Group88 = 'credential' | 'personal' | 'financial';

/** One planted value: exactly the substring a redactor must cover. */
export interface Planted88 {
  value: string;
  kind: string;
  group: Group88;
}

/** A positive case being printed: the printer records every value it plants through these methods. */
export class Case88 {
  readonly planted: Planted88[] = [];

  constructor(readonly r: Rng88) {}

  private add(group: Group88, kind: string, value: string): string {
    this.planted.push({ value, kind, group });
    return value;
  }

  /** A secret that grants access (token, key, password). */
  cred(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Data about a person (name, email, phone, address, birth date, national id). */
  pii(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data (card, IBAN, routing/account, live payment keys). */
  fin(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** Prints one file or output of a source, planting values through the case. */
export type Printer88 = (c: Case88) => string;

/** A tool or file family and the ways it is printed. */
export interface Source88 {
  name: string;
  printers: readonly Printer88[];
  /** Relative weight when the builder draws sources (default 1). */
  weight?: number;
}

/** A negative generator: text that looks close but holds no secret or personal data. */
export interface Negative88 {
  name: string;
  make: (r: Rng88) => string;
}

export interface Positive88 {
  id: string;
  text: string;
  values: Planted88[];
}

export interface NegativeCase88 {
  id: string;
  text: string;
}
