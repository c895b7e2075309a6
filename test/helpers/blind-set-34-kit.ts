import type { Rng34 } from './blind-set-34-rng';

/** One planted value of a positive case. */
export interface Planted34 {
  value: string;
  kind: string;
  group: string;
}

/** Collects the values a template plants; each method returns the value so it can sit inside a template literal. */
export class Plant34 {
  readonly vals: Planted34[] = [];

  /** Plants a credential. */
  c(kind: string, value: string): string {
    return this.add(kind, value, 'credential');
  }

  /** Plants a personal value. */
  p(kind: string, value: string): string {
    return this.add(kind, value, 'personal');
  }

  /** Plants a financial value. */
  f(kind: string, value: string): string {
    return this.add(kind, value, 'financial');
  }

  private add(kind: string, value: string, group: string): string {
    if (!this.vals.some((v) => v.value === value && v.kind === kind)) this.vals.push({ value, kind, group });
    return value;
  }
}

/** A positive template: writes one artifact, planting its values. */
export interface PosTemplate34 {
  area: string;
  name: string;
  draws: number;
  make: (r: Rng34, v: Plant34) => string;
}

/** A negative template: writes one artifact holding only look-alikes. */
export interface NegTemplate34 {
  area: string;
  name: string;
  draws: number;
  make: (r: Rng34) => string;
}

/** An ISO timestamp in late 2026. */
export function ts34(r: Rng34): string {
  return `2026-${String(r.int(9, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`;
}

/** A private (RFC 1918) address. */
export function ip10(r: Rng34): string {
  return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

/** A public-looking address from the documentation ranges and a few real-looking ones. */
export function ipPub(r: Rng34): string {
  return r.pick([`185.${r.int(10, 250)}.${r.int(0, 255)}.${r.int(1, 254)}`, `45.${r.int(10, 250)}.${r.int(0, 255)}.${r.int(1, 254)}`, `203.0.113.${r.int(1, 254)}`, `198.51.100.${r.int(1, 254)}`]);
}

/** A host name inside the company. */
export function host34(r: Rng34): string {
  return `${r.pick(['web', 'db', 'app', 'jump', 'dc', 'sql', 'build', 'vpn'])}${r.pick(['-prd', '-stg', ''])}-${String(r.int(1, 40)).padStart(2, '0')}.${r.pick(['corp.local', 'int.northwind-labs.com', 'ad.contoso-fin.com'])}`;
}
