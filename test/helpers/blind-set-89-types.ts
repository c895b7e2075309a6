import type { Rng89 } from './blind-set-89-rng';

export type Group89 = 'credential' | 'personal' | 'financial';

/** One planted value in its raw form (the finalizer turns it into its printed form). */
export interface Planted89 {
  value: string;
  kind: string;
  group: Group89;
}

/** A case being printed: its RNG and the values its printer plants. */
export class Case89 {
  readonly values: Planted89[] = [];
  constructor(readonly r: Rng89) {}

  private add(value: string, kind: string, group: Group89): string {
    this.values.push({ value, kind, group });
    return value;
  }
  /** Plants a credential and returns it, so printers write `${c.cred(x, 'kind')}`. */
  cred(value: string, kind: string): string {
    return this.add(value, kind, 'credential');
  }
  pii(value: string, kind: string): string {
    return this.add(value, kind, 'personal');
  }
  fin(value: string, kind: string): string {
    return this.add(value, kind, 'financial');
  }
}

/** One printer: writes one message of its source, planting through the case. */
export type Printer89 = (c: Case89) => string;

/** A credential a worker's env/config line may carry for this source. */
export interface EnvSpec89 {
  words: readonly string[];
  kind: string;
  make: (r: Rng89) => string;
}

/** A source system: its name (the id's prefix), its printers and the env keys its workers hold. */
export interface Source89 {
  name: string;
  printers: readonly Printer89[];
  env: readonly EnvSpec89[];
  /** How often the source is picked relative to others (default 1). */
  weight?: number;
}

/** A negative template: text that looks close to a leak and holds none. */
export interface NegTemplate89 {
  family: string;
  name: string;
  make: (r: Rng89) => string;
}
