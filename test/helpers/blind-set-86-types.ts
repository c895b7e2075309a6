import type { Rng86 } from './blind-set-86-rng';

export type Group86 = 'credential' | 'personal' | 'financial';
export interface Val86 {
  value: string;
  kind: string;
  group: Group86;
}
export interface Pos86 {
  id: string;
  text: string;
  values: Val86[];
}
export interface Neg86 {
  id: string;
  text: string;
}

/** One positive case being written: the raw values planted so far (the finalizer finds their printed form). */
export class Case86 {
  readonly vals: Val86[] = [];
  constructor(readonly rng: Rng86) {}

  cred(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }

  pii(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }

  /** A part of a value already planted whole (a given or family name beside the full name): planted only sometimes. */
  piiPart(value: string, kind: string): string {
    return this.rng.chance(0.12) ? this.pii(value, kind) : value;
  }

  fin(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A source of positive cases: a name (the id prefix) and its printers. */
export interface Source86 {
  name: string;
  formats: readonly ((c: Case86) => string)[];
}

/** A source of negatives. */
export interface NegSource86 {
  name: string;
  formats: readonly ((r: Rng86) => string)[];
}
