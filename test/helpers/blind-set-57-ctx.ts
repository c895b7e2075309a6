import { B62, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER, hash9 } from './blind-set-9-rng';

/** One planted value: the text holds it verbatim. */
export interface Planted57 {
  value: string;
  kind: string;
  group: string;
}

/** A provider's secret as rule tests write it: kind, the usual variable name, a generator and its format. */
export interface Provider57 {
  kind: string;
  env: string;
  gen: (r: Rng9) => string;
  re: RegExp;
}

/** Alphabets beyond those of the shared RNG. */
export const A57 = {
  b62: B62,
  url: B62 + '-_',
  b64: UPPER + LOWER + DIGITS + '+/',
  b64url: B64URL,
  uan: UPPER + DIGITS,
  lan: LOWER + DIGITS,
  hex: HEX,
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  letters: UPPER + LOWER,
};

/** The per-case context: a seeded stream and the values planted so far. */
export class Ctx57 {
  readonly r: Rng9;
  readonly values: Planted57[] = [];

  constructor(key: string) {
    this.r = new Rng9(hash9(key));
  }

  /** Records a value and returns it. */
  put(kind: string, group: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** Generates and records a provider's secret. */
  secret(p: Provider57): string {
    return this.put(p.kind, 'credential', p.gen(this.r));
  }

  /** Records a credential of a given kind. */
  cred(kind: string, value: string): string {
    return this.put(kind, 'credential', value);
  }

  /** Records a personal value. */
  pers(kind: string, value: string): string {
    return this.put(kind, 'personal', value);
  }

  /** Records a financial value. */
  fin(kind: string, value: string): string {
    return this.put(kind, 'financial', value);
  }
}

/** `STRIPE_SECRET_KEY` → `stripeSecretKey`. */
export const camel = (env: string): string => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** `STRIPE_SECRET_KEY` → `StripeSecretKey`. */
export const pascal = (env: string): string => camel(env).replace(/^./, (c) => c.toUpperCase());
/** `STRIPE_SECRET_KEY` → `stripe_secret_key`. */
export const snake = (env: string): string => env.toLowerCase();
/** `STRIPE_SECRET_KEY` → `stripe-secret-key`. */
export const kebab = (env: string): string => env.toLowerCase().replace(/_/g, '-');
/** `STRIPE_SECRET_KEY` → `stripe.secret.key`. */
export const dotted = (env: string): string => env.toLowerCase().replace(/_/g, '.');
/** The service a provider kind belongs to: `stripe-secret` → `stripe`. */
export const svc = (p: Provider57): string => p.kind.split('-')[0]!;
/** The last part of a variable name in snake case: `STRIPE_SECRET_KEY` → `secret_key`. */
export const tail = (env: string): string => env.toLowerCase().split('_').slice(1).join('_') || env.toLowerCase();

/** A JWT with a JSON header and payload and a random signature. */
export function jwt57(r: Rng9, payload: Record<string, unknown>, alg = 'HS256'): string {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${h}.${p}.${r.b64url(alg.startsWith('RS') ? 256 : 32)}`;
}

/** A PEM block of random key material with the given label. */
export function pem57(r: Rng9, label: string, bytes = 600): string {
  const body = r.b64(bytes).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** A realistic password: mixed classes, punctuation; `spaced` may add a space, `;`, `&` or `#`. */
export function pw57(r: Rng9, spaced = false): string {
  const words = ['Harbor', 'maple', 'Quartz', 'tundra', 'Velvet', 'orbit', 'Saffron', 'cobalt', 'Juniper', 'lantern', 'Nimbus', 'pepper'];
  const style = r.int(0, 3);
  if (style === 0) return r.password(r.int(14, 22));
  if (style === 1) return `${r.pick(words)}${r.pick(['!', '@', '$', '%', '*', '+'])}${r.digits(4)}${r.pick(words)}${r.pick(['?', '!', '^'])}`;
  const sep = spaced ? r.pick([' ', ';', '&', '#', ' ']) : r.pick(['-', '_', '.', '!']);
  return `${r.pick(words)}${sep}${r.chars(B62, r.int(6, 10))}${r.pick(['!', '%', '*', '='])}${r.digits(2)}`;
}
