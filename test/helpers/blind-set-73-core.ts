import { Rng9 } from './blind-set-9-rng';

/** One value planted in a positive case. */
export interface Planted73 {
  value: string;
  kind: string;
  group: string;
}

/** The context a template writes with: its random stream and the values it marks. */
export class Ctx73 {
  readonly values: Planted73[] = [];

  constructor(readonly r: Rng9) {}

  /** Marks a credential (the secret part only) and returns it. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Marks personal data and returns it. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Marks financial data and returns it. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  uuid(): string {
    return this.r.uuid();
  }

  hex(n: number): string {
    return this.r.hex(n);
  }

  /** An ISO timestamp (never personal). */
  ts(): string {
    const p = (n: number) => String(n).padStart(2, '0');
    return `2025-${p(this.int(1, 12))}-${p(this.int(1, 28))}T${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${String(this.int(0, 999)).padStart(3, '0')}Z`;
  }

  /** A request / trace id (never a secret). */
  rid(): string {
    return `req_${this.r.b62(20)}`;
  }
}

/** A positive template: its source (id prefix), its name and the text it writes. */
export interface PosTpl73 {
  src: string;
  name: string;
  make: (x: Ctx73) => string;
}

/** A negative template: holds no secret and no personal data. */
export interface NegTpl73 {
  src: string;
  name: string;
  make: (x: Ctx73) => string;
}

/** JSON with a given indentation or compact. */
export const js73 = (o: unknown, indent = 0): string => JSON.stringify(o, null, indent || undefined);
