import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { GEN58, type Group58 } from './blind-set-58-gen';
import { person58, type Person58 } from './blind-set-58-pii';

/** One planted value as the set records it. */
export interface Planted58 { value: string; kind: string; group: string }

/** A positive or negative template: renders one case from a context. */
export type Tpl58 = (c: Ctx58) => string;

/** A named template; the name's first segment is the case's source. */
export interface Named58 { id: string; t: Tpl58 }

/** Shorthand to name a list of templates under one source. */
export const named58 = (source: string, ts: Record<string, Tpl58>): Named58[] => Object.entries(ts).map(([k, t]) => ({ id: `${source}/${k}`, t }));

/** What a template draws from: planted values (recorded) and neutral context (not recorded). */
export class Ctx58 {
  /** The values planted so far. */
  readonly values: Planted58[] = [];

  constructor(readonly r: Rng9) {}

  /** Plants a fresh value of `kind` and returns it. */
  v(kind: string): string {
    const g = GEN58[kind];
    if (!g) throw new Error(`unknown kind ${kind}`);
    return this.rec(g.f(this.r), kind, g.group);
  }

  /** A fresh value of `kind` that is not recorded (for values that only appear encoded, e.g. inside Basic auth). */
  raw(kind: string): string {
    return GEN58[kind]!.f(this.r);
  }

  /** Records a value built by the template itself. */
  rec(value: string, kind: string, group: Group58): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A fresh person (nothing recorded until a part is planted). */
  who(): Person58 {
    return person58(this.r);
  }

  /** Plants a person's full name. */
  name(p: Person58): string { return this.rec(p.full, 'person_name', 'personal'); }
  /** Plants a person's given name. */
  first(p: Person58): string { return this.rec(p.first, 'given_name', 'personal'); }
  /** Plants a person's family name. */
  last(p: Person58): string { return this.rec(p.last, 'family_name', 'personal'); }
  /** Plants a person's e-mail address. */
  mail(p: Person58): string { return this.rec(p.email, 'email', 'personal'); }

  /** Plants `user:pass` as HTTP Basic credentials (the base64 is the recorded value). */
  basic(user: string, pass: string): string {
    return this.rec(Buffer.from(`${user}:${pass}`).toString('base64'), 'basic_auth', 'credential');
  }

  /** One element of a list. */
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs); }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number { return this.r.int(lo, hi); }
  /** Lowercase hex. */
  hex(n: number): string { return this.r.hex(n); }
  /** Base62. */
  b62(n: number): string { return this.r.b62(n); }
  /** Decimal digits. */
  dig(n: number): string { return this.r.digits(n); }
  /** Lowercase letters and digits. */
  ld(n: number): string { return this.r.chars(LOWER + DIGITS, n); }
  /** Uppercase letters and digits. */
  ud(n: number): string { return this.r.chars(UPPER + DIGITS, n); }
  /** Base64url characters. */
  u64(n: number): string { return this.r.chars(B64URL, n); }
  /** A v4 UUID. */
  uuid(): string { return this.r.uuid(); }
  /** A provider-style object id such as `cus_…`. */
  oid(prefix: string, n = 14): string { return `${prefix}_${this.r.chars(B62, n)}`; }

  /** An ISO timestamp in 2025–2026 with milliseconds. */
  ts(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `20${this.int(25, 26)}-${p(this.int(1, 12))}-${p(this.int(1, 28))}T${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${p(this.int(0, 999), 3)}Z`;
  }
  /** The same as `ts()` with a space and a comma, as Python logging prints it. */
  pyts(): string { return this.ts().replace('T', ' ').replace('.', ',').replace('Z', ''); }
  /** Unix seconds in 2025–2026. */
  epoch(): number { return 1735700000 + this.int(0, 60000000); }
  /** A private-range address (never planted). */
  priv(): string { return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`]); }
  /** An amount in minor units. */
  cents(): number { return this.int(199, 249999); }
  /** An amount with two decimals. */
  money(): string { return (this.cents() / 100).toFixed(2); }
  /** A Sidekiq-style job id (24 hex). */
  jid(): string { return this.hex(24); }
  /** A company subdomain. */
  org(): string { return this.pick(['acme', 'northwind', 'globex', 'initech', 'umbrella-eu', 'herald-demo', 'contoso', 'fabrikam', 'tailspin', 'wayfarer']); }
}
