import { HEX, type Rng9 } from './blind-set-9-rng';
import { CRED59, jwt59, password59, pem59, urlPassword59 } from './blind-set-59-creds';
import { aba59, account59, card59, iban59, ukBank59 } from './blind-set-59-money';
import { address59, dob59, ip59, nationalId59, passport59, person59, phone59, type Person59 } from './blind-set-59-people';

/** The group a planted value belongs to. */
export type Group59 = 'credential' | 'personal' | 'financial';

/** One planted value: verbatim in its case's text. */
export interface Planted59 {
  value: string;
  kind: string;
  group: Group59;
}

/** A template: a source-prefixed name and a function that writes one case, planting values through the generator. */
export interface Tpl59 {
  id: string;
  f: (g: Gen59) => string;
}

/** A negative template: a source-prefixed name and a function that writes a text holding no secret. */
export interface NegTpl59 {
  id: string;
  f: (g: Gen59) => string;
}

/** Writes one case's values from its own seeded stream and records every value it plants. */
export class Gen59 {
  /** Values planted so far in this case. */
  readonly values: Planted59[] = [];
  private readonly t0: number;

  constructor(readonly r: Rng9) {
    this.t0 = Date.UTC(2026, r.int(0, 10), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999));
  }

  /** Records a value and returns it. */
  rec(value: string, kind: string, group: Group59): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A credential of `kind` in its provider's format. */
  k(kind: string): string {
    const gen = CRED59[kind];
    if (!gen) throw new Error(`no generator for ${kind}`);
    return this.rec(gen(this.r), kind, 'credential');
  }

  /** A realistic password (may hold spaces and punctuation). */
  pw(kind = 'password'): string {
    return this.rec(password59(this.r), kind, 'credential');
  }

  /** A password safe in a URL's userinfo. */
  upw(kind = 'db_password'): string {
    return this.rec(urlPassword59(this.r), kind, 'credential');
  }

  /** A fresh person; nothing is recorded until a part of it is planted. */
  who(): Person59 {
    return person59(this.r);
  }

  /** Plants a person's full name. */
  name(p: Person59 = this.who()): string {
    return this.rec(p.name, 'person_name', 'personal');
  }

  /** Plants a person's e-mail address. */
  email(p: Person59 = this.who()): string {
    return this.rec(p.email, 'email', 'personal');
  }

  /** Plants a phone number. */
  phone(): string {
    return this.rec(phone59(this.r), 'phone', 'personal');
  }

  /** Plants a street address. */
  addr(): string {
    return this.rec(address59(this.r), 'street_address', 'personal');
  }

  /** Plants a date of birth. */
  dob(): string {
    return this.rec(dob59(this.r), 'date_of_birth', 'personal');
  }

  /** Plants a customer's public IP address. */
  ip(): string {
    return this.rec(ip59(this.r), 'ip_address', 'personal');
  }

  /** Plants a national id with a valid check. */
  nid(): string {
    const n = nationalId59(this.r);
    return this.rec(n.value, n.kind, 'personal');
  }

  /** Plants a passport number. */
  passport(): string {
    return this.rec(passport59(this.r), 'passport_number', 'personal');
  }

  /** Plants a card number. */
  card(): string {
    return this.rec(card59(this.r), 'card_number', 'financial');
  }

  /** Plants an IBAN. */
  iban(compact = false): string {
    return this.rec(iban59(this.r, compact), 'iban', 'financial');
  }

  /** Plants an ABA routing number. */
  aba(): string {
    return this.rec(aba59(this.r), 'aba_routing', 'financial');
  }

  /** Plants a bank account number. */
  acct(): string {
    return this.rec(account59(this.r), 'bank_account', 'financial');
  }

  /** Plants a UK sort code and account number. */
  ukBank(): { sort: string; account: string } {
    const b = ukBank59(this.r);
    this.rec(b.sort, 'uk_sort_code', 'financial');
    this.rec(b.account, 'bank_account', 'financial');
    return b;
  }

  /** Plants a user session JWT (HS256). */
  jwt(sub = `usr_${this.r.b62(12)}`): string {
    const now = Math.floor(this.t0 / 1000);
    return this.rec(jwt59(this.r, 'HS256', { sub, iat: now, exp: now + 3600, scope: 'read write' }), 'jwt', 'credential');
  }

  /** Plants a Kubernetes service-account token (RS256 JWT). */
  saToken(ns = 'payments', sa = 'default'): string {
    const now = Math.floor(this.t0 / 1000);
    const claims = { aud: ['https://kubernetes.default.svc'], exp: now + 3607, iat: now, iss: 'https://kubernetes.default.svc', sub: `system:serviceaccount:${ns}:${sa}` };
    return this.rec(jwt59(this.r, 'RS256', claims), 'k8s_sa_token', 'credential');
  }

  /** Plants a PEM private key, lines joined by `nl`. */
  pem(label = 'PRIVATE KEY', nl = '\n'): string {
    return this.rec(pem59(this.r, label, nl), 'private_key', 'credential');
  }

  /** Plants the base64 of `user:password` as an HTTP Basic credential. */
  basic(user = this.r.pick(['svc-herald', 'api', 'integration', 'admin', 'webhook'])): string {
    return this.rec(Buffer.from(`${user}:${urlPassword59(this.r)}`).toString('base64'), 'basic_auth', 'credential');
  }

  /** Plants the base64 of a password, as a Kubernetes Secret's data holds it. */
  b64pw(): string {
    return this.rec(Buffer.from(urlPassword59(this.r)).toString('base64'), 'base64_password', 'credential');
  }

  // ---- unrecorded noise ----

  /** A UUID. */
  uuid(): string {
    return this.r.uuid();
  }

  /** `n` hex digits. */
  hex(n: number): string {
    return this.r.chars(HEX, n);
  }

  /** An ISO timestamp `ms` after the case's start. */
  iso(ms = 0): string {
    return new Date(this.t0 + ms).toISOString();
  }

  /** Epoch milliseconds `ms` after the case's start. */
  epoch(ms = 0): number {
    return this.t0 + ms;
  }

  /** A private-range IP of a pod or load balancer. */
  privIp(): string {
    return `10.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(2, 254)}`;
  }

  /** An X-Ray/W3C trace id. */
  trace(): string {
    return this.hex(32);
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  /** One of a list. */
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
}
