import { Rng9 } from './blind-set-9-rng';

/** Blind set 25: mainstream API providers, hostile encodings and field placements. */
export type Group25 = 'credential' | 'personal' | 'financial';

/** One planted value: verbatim as it sits in the text (percent-, form-, base64-, JSON-, HTML- or QP-encoded as the text has it). */
export interface Planted25 {
  value: string;
  kind: string;
  group: Group25;
}

export interface Positive25 {
  id: string;
  text: string;
  values: Planted25[];
}

export interface Negative25 {
  id: string;
  text: string;
}

/**
 * Collects the values a positive case plants; each helper returns the value so templates read inline.
 * A kind `base~enc` (e.g. `email~url`, `password~b64`) names a value of kind `base` as it sits after
 * the encoding `enc`; the format checks decode it before checking `base`.
 */
export class Bag25 {
  readonly values: Planted25[] = [];

  private add(group: Group25, kind: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A credential: passwords, keys, tokens, client secrets, private keys, session cookies. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data: national ids, birth dates, addresses, phones, e-mails, passports, licences, paired names. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data: cards, IBANs, bank accounts and their routing numbers. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** A positive template: its source (the id's tally before `/`), its name, and a maker drawing from its own stream. */
export interface PosTemplate25 {
  source: string;
  name: string;
  make: (r: Rng9, b: Bag25) => string;
}

/** A negative template: close to a leak in the same encoding and placement, holding nothing personal and no live secret. */
export interface NegTemplate25 {
  source: string;
  name: string;
  make: (r: Rng9) => string;
}
