import type { Rng30 } from './blind-set-30-rng';

/** The three groups a planted value belongs to. */
export type Group30 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact text as it occurs, its kind and its group. */
export interface Value30 {
  value: string;
  kind: string;
  group: Group30;
}

/** A positive case as a template writes it. */
export interface Case30 {
  text: string;
  values: Value30[];
}

/** A positive template: an id (`area/name`) and a writer drawing from its own stream. */
export interface Template30 {
  id: string;
  make: (r: Rng30) => Case30;
}

/** A negative template: an id (`area/name`) and a writer of a text holding no value. */
export interface NegTemplate30 {
  id: string;
  make: (r: Rng30) => string;
}

/**
 * Records the values a template plants while it writes its text: `c`, `p` and `f` return the
 * value unchanged (so it can sit inside a template literal) and note it as credential, personal
 * or financial. `done` checks every value is in the text and no value is 6 characters or shorter.
 */
export class Plant30 {
  private readonly vs: Value30[] = [];

  private add(group: Group30, kind: string, value: string): string {
    if (!this.vs.some((v) => v.value === value && v.kind === kind)) this.vs.push({ value, kind, group });
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

  /** A financial account number. */
  f(kind: string, value: string): string {
    return this.add('financial', kind, value);
  }

  /** The finished case. */
  done(text: string): Case30 {
    for (const v of this.vs) {
      if (!text.includes(v.value)) throw new Error(`blind set 30: value not in text: ${v.kind} ${v.value}`);
      if (v.value.length <= 6) throw new Error(`blind set 30: short value: ${v.kind} ${v.value}`);
    }
    return { text, values: [...this.vs] };
  }
}

/** Percent-encodes as form and query strings do (`@` → `%40`, `+` → `%2B`, space → `%20`). */
export function pct30(s: string): string {
  return encodeURIComponent(s);
}

/** Form encoding (`application/x-www-form-urlencoded`): as `pct30` but a space becomes `+`. */
export function form30(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}

/** Escapes non-ASCII characters as `\uXXXX`, as Python's json.dumps does by default. */
export function asciiJson30(s: string): string {
  return s.replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** An internal host name of the marketing stack. */
export function host30(r: Rng30): string {
  return `${r.pick(['crm-sync', 'mkt-worker', 'lead-router', 'audience-sync', 'email-relay', 'billing-bridge'])}-${r.pick(['7f9c4', '5d8b2', '64cfd', '9a1e3'])}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`;
}

/** A Datadog-style log line prefix. */
export function logPrefix30(r: Rng30, level = 'ERROR'): string {
  return `${r.iso()} ${level} [${host30(r)}]`;
}
