import type { Rng9 } from './blind-set-9-rng';

/** One planted value of set 69. */
export interface Val69 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** The context a template writes its text with: the case's own random stream and the values it plants. */
export class Ctx69 {
  readonly vals: Val69[] = [];

  constructor(readonly r: Rng9) {}

  private add(group: Val69['group'], kind: string, value: string): string {
    if (!this.vals.some((v) => v.value === value)) this.vals.push({ value, kind, group });
    return value;
  }

  /** A secret (key, token, password, private key). */
  c(kind: string, value: string): string {
    return this.add('credential', kind, value);
  }

  /** Personal data (name, email, phone, address, birth date, national id, document number). */
  p(kind: string, value: string): string {
    return this.add('personal', kind, value);
  }

  /** Financial data (IBAN, account, routing number, card, tax id of a business). */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }

  /** One of a few spellings. */
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.r.next() < p;
  }

  /** A time stamp in 2026 (ISO, milliseconds, Z). */
  ts(): string {
    const r = this.r;
    const d = new Date(Date.UTC(2026, r.int(0, 10), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999)));
    return d.toISOString();
  }

  /** Unix seconds in 2026. */
  unix(): number {
    return 1767225600 + this.r.int(0, 28000000);
  }
}

/** A template of set 69: its source (provider), its name, and how it writes one case. */
export interface Tpl69 {
  src: string;
  name: string;
  make: (c: Ctx69) => string;
}
export const tpl = (src: string, name: string, make: (c: Ctx69) => string): Tpl69 => ({ src, name, make });

/** A JSON string body the way ASCII-only serialisers write it (non-ASCII as \uXXXX, `/` kept). */
export const jsonAscii = (s: string): string => s.replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
/** The same with `/` escaped too (PHP json_encode). */
export const jsonPhp = (s: string): string => jsonAscii(s).replace(/\//g, '\\/');
/** application/x-www-form-urlencoded (space as +). */
export const formEnc = (s: string): string => encodeURIComponent(s).replace(/%20/g, '+');
/** JSON inside a JSON string (double escaped quotes). */
export const q2 = (s: string): string => `\\"${s}\\"`;
/** Base64 of a string. */
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
/** A random hex signature (not a secret: an HMAC output). */
export const sigHex = (c: Ctx69, n = 64): string => c.r.hex(n);
