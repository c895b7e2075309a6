import type { Rng9 } from './blind-set-9-rng';
import { account, address, card, dob, iban, nationalId, phone, routing, who, type Who } from './blind-set-74-people';
import { TOKENS, TOKEN_KINDS, argon2, awsKeyId, bcrypt, jwt, password, pctPassword, resetToken, sessionId, totpSeed, type PwProfile } from './blind-set-74-values';

export interface Planted {
  value: string;
  kind: string;
  group: string;
}

/** A person whose fields are marked when a template reads them. */
export interface Person {
  readonly name: string;
  readonly first: string;
  readonly last: string;
  readonly email: string;
  readonly raw: Who;
}

/** One case being written: its random stream and the values it plants. */
export class Ctx {
  readonly values: Planted[] = [];
  constructor(readonly r: Rng9) {}

  private mark(group: string, kind: string, value: string): string {
    if (!this.values.some((v) => v.value === value && v.kind === kind)) this.values.push({ value, kind, group });
    return value;
  }
  c(kind: string, value: string): string {
    return this.mark('credential', kind, value);
  }
  p(kind: string, value: string): string {
    return this.mark('personal', kind, value);
  }
  f(kind: string, value: string): string {
    return this.mark('financial', kind, value);
  }

  // credentials
  pw(profile: PwProfile = 'plain'): string {
    return this.c('db-password', password(this.r, profile));
  }
  pct(): string {
    return this.c('db-password-pctenc', pctPassword(this.r));
  }
  tok(kind?: string): string {
    const k = kind ?? this.r.pick(TOKEN_KINDS);
    return this.c(k, TOKENS[k]!(this.r));
  }
  jwt(sub = String(this.r.int(1000, 999999))): string {
    return this.c('jwt', jwt(this.r, sub));
  }
  sess(): string {
    return this.c('session-id', sessionId(this.r));
  }
  reset(): string {
    return this.c('reset-token', resetToken(this.r));
  }
  totp(): string {
    return this.c('totp-seed', totpSeed(this.r));
  }
  /** Password hashes: judged secret (a leaked hash invites offline cracking). */
  hash(): string {
    return this.r.int(0, 1) ? this.c('bcrypt-hash', bcrypt(this.r)) : this.c('argon2-hash', argon2(this.r));
  }
  akid(): string {
    return this.c('aws-access-key-id', awsKeyId(this.r));
  }

  // personal
  person(): Person {
    const w = who(this.r);
    const mark = (kind: string, value: string): string => this.p(kind, value);
    return {
      raw: w,
      get name() {
        return mark('full-name', w.name);
      },
      get first() {
        return mark('given-name', w.first);
      },
      get last() {
        return mark('family-name', w.last);
      },
      get email() {
        return mark('email', w.email);
      },
    };
  }
  name(): string {
    return this.person().name;
  }
  email(): string {
    return this.person().email;
  }
  phone(e164Only = false): string {
    return this.p('phone', phone(this.r, e164Only));
  }
  addr(): string {
    return this.p('street-address', address(this.r));
  }
  dob(form?: number): string {
    return this.p('date-of-birth', dob(this.r, form));
  }
  nid(): string {
    const { kind, value } = nationalId(this.r);
    return this.p(kind, value);
  }
  ssn(): string {
    for (;;) {
      const { kind, value } = nationalId(this.r);
      if (kind === 'us-ssn') return this.p(kind, value);
    }
  }

  // financial
  card(): string {
    return this.f('card-number', card(this.r));
  }
  /** Digits only, as a numeric column holds it. */
  cardDigits(): string {
    return this.f('card-number', card(this.r).replace(/\D/g, ''));
  }
  iban(): string {
    return this.f('iban', iban(this.r));
  }
  ibanCompact(): string {
    return this.f('iban', iban(this.r).replace(/ /g, ''));
  }
  routing(): string {
    return this.f('aba-routing', routing(this.r));
  }
  acct(): string {
    return this.f('bank-account', account(this.r));
  }

  // unmarked helpers
  private clock = 0;
  private memo = new Map<string, string>();
  private once(key: string, make: () => string): string {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key)!;
  }
  /** Timestamps within one case move forward a little at each call. */
  ts(): string {
    if (!this.clock) this.clock = Date.UTC(2025, 0, 1) + this.r.int(0, 330 * 86400) * 1000;
    this.clock += this.r.int(1, 900);
    return new Date(this.clock).toISOString();
  }
  pgTs(): string {
    return this.ts().replace('T', ' ').replace('Z', ' UTC');
  }
  id(): number {
    return this.r.int(1000, 9_999_999);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  host(): string {
    return this.once('host', () => this.pick([
      `prod-${this.pick(['orders', 'billing', 'users', 'core'])}.${this.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}.${this.pick(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}.rds.amazonaws.com`,
      `pg-${this.pick(['primary', 'replica-1', 'main'])}.${this.pick(['internal', 'svc.cluster.local', 'db.acmecorp.net'])}`,
      `${this.pick(['db', 'sql', 'mysql'])}${this.r.int(1, 9)}.${this.pick(['prod', 'dc2', 'fra1'])}.${this.pick(['northwind-logistics.com', 'tallyhq.io', 'brightpath.co'])}`,
      `10.${this.r.int(0, 40)}.${this.r.int(0, 255)}.${this.r.int(2, 250)}`,
    ]));
  }
  dbUser(): string {
    return this.once('user', () => this.pick(['app', 'app_rw', 'svc_billing', 'orders_writer', 'postgres', 'admin', 'root', 'api_user', 'etl_loader', 'django', 'rails']));
  }
  dbName(): string {
    return this.once('db', () => this.pick(['app_production', 'billing', 'orders', 'users', 'crm', 'shop_prod', 'core', 'identity']));
  }
}

/** A template: an id and a writer of one case's text (marking its values through the context). */
export type Tpl = [id: string, write: (x: Ctx) => string, cases?: number];
