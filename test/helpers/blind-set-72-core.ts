import { B62, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { account, card, city, dob, email, iban, password, person, phone, routing, street, urlPassword, type Person } from './blind-set-72-people';
import { GEN } from './blind-set-72-tokens';

export interface Planted { value: string; kind: string; group: string }

/** The context a template writes with: it marks each planted value and offers realistic noise. */
export class Ctx {
  readonly vals: Planted[] = [];
  constructor(readonly r: Rng9) {}

  c(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  p(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  f(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
  /** A provider token of the kind, marked. */
  t(kind: string): string {
    return this.c(kind, GEN[kind]!(this.r));
  }
  /** A provider token of the kind, NOT marked (for identifiers we judge non-secret, or negatives). */
  raw(kind: string): string {
    return GEN[kind]!(this.r);
  }
  pw(spaces = false, dq = false): string {
    return this.c('password', password(this.r, spaces, dq));
  }
  upw(): string {
    return this.c('password', urlPassword(this.r));
  }
  person(): Person {
    return person(this.r);
  }
  name(p: Person = person(this.r)): string {
    return this.p('name', p.full);
  }
  email(p: Person = person(this.r)): string {
    return this.p('email', email(this.r, p));
  }
  phone(): string {
    return this.p('phone', phone(this.r));
  }
  street(): string {
    return this.p('address', street(this.r));
  }
  city(): [string, string, string] {
    return city(this.r);
  }
  dob(): string {
    return this.p('dob', dob(this.r));
  }
  card(brand?: string): string {
    return this.f('card', card(this.r, brand).number);
  }
  iban(grouped = false): string {
    return this.f('iban', iban(this.r, grouped));
  }
  acct(): string {
    return this.f('bank-account', account(this.r));
  }
  aba(): string {
    return this.f('routing-number', routing(this.r));
  }
  /** Percent-encodes a value just marked, and marks it as written. */
  enc(v: string): string {
    const e = encodeURIComponent(v);
    const last = this.vals[this.vals.length - 1];
    if (last && last.value === v) this.vals[this.vals.length - 1] = { ...last, value: e };
    return e;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  /** Noise: ISO timestamp, request ids, object ids, IPs. */
  ts(): string {
    return `2026-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}T${String(this.r.int(0, 23)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}.${this.r.digits(3)}Z`;
  }
  epoch(): number {
    return 1780000000 + this.r.int(0, 30000000);
  }
  id(prefix: string, n = 24): string {
    return prefix + this.r.b62(n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  ip(): string {
    return this.pick(['10', '172.16', '192.168']) === '10' ? `10.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}` : `192.168.${this.r.int(0, 255)}.${this.r.int(1, 254)}`;
  }
  host(): string {
    return this.pick(['billing-worker', 'sync-svc', 'webhook-rx', 'crm-bridge', 'notify-api', 'payments-gw', 'ingest']) + '-' + this.r.chars(LOWER + DIGITS, 5);
  }
  alnum(n: number): string {
    return this.r.chars(B62, n);
  }
  upper(n: number): string {
    return this.r.chars(UPPER + DIGITS, n);
  }
  num(n: number): string {
    return String(this.r.int(1, 9)) + this.r.chars(DIGITS, n - 1);
  }
  amount(): number {
    return this.r.int(100, 250000);
  }
}

/** One template: its name and how it writes a case. */
export type Tpl = readonly [name: string, fn: (x: Ctx) => string];
/** One negative template: it writes a text that holds no secret and no personal data. */
export type NegTpl = readonly [name: string, fn: (x: Ctx) => string];

/** A JSON string literal of `s` (as when a JSON payload sits inside another JSON string). */
export const js = (s: string): string => JSON.stringify(s);
