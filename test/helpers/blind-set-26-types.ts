import { Rng9 } from './blind-set-9-rng';

/** Blind set 26: the global commerce desk (payment, commerce, messaging, logistics and ERP integrations worldwide). */
export type Group26 = 'credential' | 'personal' | 'financial';

/** One planted value: verbatim as it sits in the text (percent-, form-, base64-, JSON- or XML-encoded as the text has it). */
export interface Planted26 {
  value: string;
  kind: string;
  group: Group26;
}

/** A case that holds at least one value that must be redacted. */
export interface Positive26 {
  id: string;
  text: string;
  values: Planted26[];
}

/** A case that holds nothing that must be redacted. */
export interface Negative26 {
  id: string;
  text: string;
}

/**
 * Collects the values a positive case plants; each helper returns the value so templates read inline.
 * A kind `base~enc` (e.g. `email~url`, `basic~b64`) names a value of kind `base` as it sits after the
 * encoding `enc`; the format checks decode it before checking `base`.
 */
export class Bag26 {
  readonly values: Planted26[] = [];

  private add(group: Group26, kind: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A credential: passwords, API keys, tokens, client and webhook secrets, private keys, session cookies. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data: national ids, birth dates, addresses, phones, e-mails, passports, licences, paired names. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data: cards, IBANs, bank accounts (with US routing numbers), CLABEs, UPI ids, wallet ids. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }
}

/** A positive template: its source (the id's tally before `/`), its name, and a maker drawing from its own stream. */
export interface PosTemplate26 {
  source: string;
  name: string;
  make: (r: Rng9, b: Bag26) => string;
}

/** A negative template: close to a leak in the same format and placement, holding nothing personal and no live secret. */
export interface NegTemplate26 {
  source: string;
  name: string;
  make: (r: Rng9) => string;
}
