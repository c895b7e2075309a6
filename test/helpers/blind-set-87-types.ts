import type { Rng87 } from './blind-set-87-rng';

export type Group87 = 'credential' | 'personal' | 'financial';
export interface Val87 {
  value: string;
  kind: string;
  group: Group87;
}
export interface Pos87 {
  id: string;
  text: string;
  values: Val87[];
}
export interface Neg87 {
  id: string;
  text: string;
}

/** One positive case being written: the raw values planted so far (the finalizer finds their printed form). */
export class Case87 {
  readonly vals: Val87[] = [];
  constructor(readonly rng: Rng87) {}

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
export interface Source87 {
  name: string;
  formats: readonly ((c: Case87) => string)[];
}

/** A source of negatives. */
export interface NegSource87 {
  name: string;
  formats: readonly ((r: Rng87) => string)[];
}
