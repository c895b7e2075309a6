import { Rng9 } from './blind-set-9-rng';

/** Blind set 27: people operations and the service desk (HR, recruiting, identity, e-signature, support, spend). */
export type Group27 = 'credential' | 'personal' | 'financial';

/** One planted value: verbatim as it sits in the text (percent-, form-, base64-, JSON- or QP-encoded, or folded, as the text has it). */
export interface Planted27 {
  value: string;
  kind: string;
  group: Group27;
}

/** A case that holds at least one planted value. */
export interface Positive27 {
  id: string;
  text: string;
  values: Planted27[];
}

/** A case that looks close to a leak but holds none. */
export interface Negative27 {
  id: string;
  text: string;
}

/**
 * Collects the values a positive case plants; each helper returns the value so templates read inline.
 * A kind `base~enc` (e.g. `email~url`, `pem~json`) names a value of kind `base` as it sits after the
 * encoding `enc`; the format checks decode it before checking `base`.
 */
export class Bag27 {
  readonly values: Planted27[] = [];

  private add(group: Group27, kind: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A credential: passwords, API keys, tokens, client and signing secrets, private keys, session cookies. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data: national ids, birth dates, home addresses, personal phones and e-mails, passports, licences, paired names, HR notes. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data: cards, IBANs, payroll bank accounts and their routing numbers. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** A positive template: its source (the id's tally before `/`), its name, and a maker drawing from its own stream. */
export interface PosTemplate27 {
  source: string;
  name: string;
  make: (r: Rng9, b: Bag27) => string;
}

/** A negative template: close to a leak in the same format and placement, holding nothing personal and no live secret. */
export interface NegTemplate27 {
  source: string;
  name: string;
  make: (r: Rng9) => string;
}
