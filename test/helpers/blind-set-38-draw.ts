import * as g from './blind-set-38-gen';
import type { Rng38 } from './blind-set-38-rng';

/** One planted value: the exact sensitive part, its kind and its group. */
export interface Planted38 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A positive template: one kind of text from the theme, its area and name. */
export interface Tpl38 {
  area: string;
  name: string;
  make: (d: Draw) => string;
}

/** A negative template: a look-alike text that holds nothing sensitive. */
export interface NegTpl38 {
  area: string;
  name: string;
  make: (r: Rng38) => string;
}

/** Collects the values a template plants while it writes its text. */
export class Draw {
  readonly values: Planted38[] = [];

  constructor(readonly r: Rng38) {}

  private add(group: Planted38['group'], kind: string, value: string): string {
    if (!this.values.some((v) => v.value === value && v.kind === kind)) this.values.push({ value, kind, group });
    return value;
  }

  /** A credential. */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data. */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }

  /** A person with a planted full name and e-mail (at `domain` when given). */
  who(domain?: string): { first: string; last: string; name: string; email: string } {
    const p = g.person(this.r);
    return { first: p.first, last: p.last, name: this.p('person-name', p.full), email: this.p('email', g.email(this.r, p.first, p.last, domain)) };
  }

  /** A planted e-mail address of a person (the name itself not planted). */
  email(domain?: string): string {
    const p = g.person(this.r);
    return this.p('email', g.email(this.r, p.first, p.last, domain));
  }

  name(): string {
    return this.p('person-name', g.person(this.r).full);
  }

  phone(): string {
    return this.p('phone', g.phone(this.r));
  }

  addr(): string {
    return this.p('postal-address', g.address(this.r));
  }

  ip(): string {
    return this.p('ip-address', g.publicIp(this.r));
  }

  dob(): string {
    return this.p('date-of-birth', g.dob(this.r));
  }

  pw(kind = 'password'): string {
    return this.c(kind, g.password(this.r));
  }

  card(sep?: string): string {
    return this.f('card-number', g.card(this.r, sep));
  }

  iban(spaced?: boolean): string {
    return this.f('iban', g.iban(this.r, spaced));
  }

  cvv(): string {
    return this.f('card-cvv', this.r.digits(3));
  }

  /** A card expiry, not planted (low value alone), kept away from the CVV's digits by the once rule. */
  exp(): string {
    return `${String(this.r.int(1, 12)).padStart(2, '0')}/${this.r.int(27, 31)}`;
  }

  routing(): string {
    return this.f('aba-routing', g.aba(this.r));
  }

  account(): string {
    return this.f('bank-account', this.r.digits(this.r.int(8, 12)));
  }

  sort(): string {
    return this.f('sort-code', g.sortCode(this.r));
  }

  ukAccount(): string {
    return this.f('bank-account', this.r.digits(8));
  }

  hex(n: number): string {
    return g.hex(this.r, n);
  }

  b62(n: number): string {
    return this.r.b62(n);
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

  /** A timestamp in the night of the alerts. */
  ts(): string {
    return `2026-${String(this.r.int(1, 11)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}T${String(this.r.int(0, 23)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}Z`;
  }

  client(): string {
    return this.r.pick(g.CLIENTS);
  }
}
