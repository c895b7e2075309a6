import type { Rng85 } from './blind-set-85-rng';

export type Group85 = 'credential' | 'personal' | 'financial';
export interface Val85 {
  value: string;
  kind: string;
  group: Group85;
}
export interface Pos85 {
  id: string;
  text: string;
  values: Val85[];
}
export interface Neg85 {
  id: string;
  text: string;
}

/** One positive case being written: the raw values planted so far (the finalizer finds their printed form). */
export class Case85 {
  readonly vals: Val85[] = [];
  constructor(readonly rng: Rng85) {}

  cred(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }

  pii(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }

  fin(value: string, kind: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A source of positive cases: a name (the id prefix) and its printers. */
export interface Source85 {
  name: string;
  formats: readonly ((c: Case85) => string)[];
}

/** A source of negatives. */
export interface NegSource85 {
  name: string;
  formats: readonly ((r: Rng85) => string)[];
}
