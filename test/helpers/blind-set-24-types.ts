import { Rng9 } from './blind-set-9-rng';

/** Blind set 24: regulated-industry integrations (healthcare, insurance, government and tax, payroll, education). */
export type Group24 = 'credential' | 'personal' | 'financial';

/** One planted value: verbatim as it sits in the text (HL7-, JSON-, URL- or base64-encoded as the text has it). */
export interface Planted24 {
  value: string;
  kind: string;
  group: Group24;
}

export interface Positive24 {
  id: string;
  text: string;
  values: Planted24[];
}

export interface Negative24 {
  id: string;
  text: string;
}

/** Collects the values a positive case plants; each helper returns the value so templates read inline. */
export class Bag24 {
  readonly values: Planted24[] = [];

  private add(group: Group24, kind: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A credential: passwords, keys, tokens, client secrets, private keys. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data: national ids, birth dates, addresses, phones, e-mails, names paired with another identifier, member ids. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data: bank accounts, routing numbers, IBANs, sort codes, cards. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** A positive template: its source (the id's tally before `/`), its name, and a maker drawing from its own stream. */
export interface PosTemplate24 {
  source: string;
  name: string;
  make: (r: Rng9, b: Bag24) => string;
}

/** A negative template: close to a leak, holding nothing personal and no live secret. */
export interface NegTemplate24 {
  source: string;
  name: string;
  make: (r: Rng9) => string;
}
