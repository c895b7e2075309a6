import { Rng9 } from './blind-set-9-rng';

/** The three value groups of a sealed blind set. */
export type Group71 = 'credential' | 'personal' | 'financial';

/** One planted value. */
export interface Val71 {
  value: string;
  kind: string;
  group: Group71;
}

/** The builder state of one case: its random stream and the values it marks. */
export class Ctx71 {
  readonly vals: Val71[] = [];

  constructor(readonly r: Rng9) {}

  private mark(group: Group71, kind: string, value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }

  /** Marks a credential. */
  c(kind: string, value: string): string {
    return this.mark('credential', kind, value);
  }

  /** Marks personal data. */
  p(kind: string, value: string): string {
    return this.mark('personal', kind, value);
  }

  /** Marks financial data. */
  f(kind: string, value: string): string {
    return this.mark('financial', kind, value);
  }
}

/** A positive template: `make` writes the text and marks the values it plants. */
export interface Tpl71 {
  src: string;
  name: string;
  make: (x: Ctx71, r: Rng9) => string;
}

/** A negative template: a text with no secret or personal data. */
export interface NegTpl71 {
  src: string;
  name: string;
  make: (r: Rng9) => string;
}

const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ı: 'i', þ: 'th', Þ: 'TH' };

/** Removes diacritics (for X12 and fixed-width records, which are plain upper-case ASCII). */
export const ascii71 = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßøØłŁđĐðÐœŒæÆıþÞ]/g, (c) => FOLD[c]!);

/** Upper-case plain ASCII. */
export const up71 = (s: string): string => ascii71(s).toUpperCase();

/** Left-pads with zeros. */
export const z71 = (n: number | string, w: number): string => String(n).padStart(w, '0');

/** Pads right with spaces (fixed-width fields), cutting when too long. */
export const padR71 = (s: string, w: number): string => (s.length >= w ? s.slice(0, w) : s + ' '.repeat(w - s.length));

/** Pads left with spaces. */
export const padL71 = (s: string, w: number): string => (s.length >= w ? s.slice(0, w) : ' '.repeat(w - s.length) + s);

/** A timestamp near 2026, ISO form. */
export function ts71(r: Rng9): string {
  return `2026-${z71(r.int(1, 12), 2)}-${z71(r.int(1, 28), 2)}T${z71(r.int(0, 23), 2)}:${z71(r.int(0, 59), 2)}:${z71(r.int(0, 59), 2)}.${z71(r.int(0, 999), 3)}Z`;
}

/** A JSON string literal body (escaped, no quotes), non-ASCII as \uXXXX. */
export function jsonEsc71(s: string): string {
  return JSON.stringify(s).slice(1, -1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** XML text escaping. */
export const xmlEsc71 = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A private host name of an integration estate. */
export function host71(r: Rng9): string {
  return `${r.pick(['edi', 'b2b', 'as2', 'sftp', 'mq', 'esb', 'mule', 'bts', 'sap', 'ora', 'db2', 'ldap', 'cics'])}${r.pick(['-prd', '-uat', '', '-dr'])}${r.int(1, 9)}.${r.pick(['corp.local', 'int.acme-logistics.net', 'dc1.northwind.lan', 'prod.globex.internal', 'ad.contoso.com'])}`;
}

/** A private IP address. */
export const ip71 = (r: Rng9): string => (r.next() < 0.5 ? `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` : `192.168.${r.int(0, 255)}.${r.int(1, 254)}`);

/** A company (trading partner) name. */
export function company71(r: Rng9): string {
  return r.pick(['ACME LOGISTICS INC', 'NORTHWIND TRADERS', 'GLOBEX HEALTH PLAN', 'INITECH PAYROLL', 'BLUE RIVER MUTUAL', 'HANSA SPEDITION GMBH', 'FROMAGERIES DUPONT SA', 'SAKURA SHOKAI KK', 'CONTOSO PHARMA', 'UMBRELLA BENEFITS LLC', 'TRANSPORTES ANDINOS SA', 'NORDIC FREIGHT AB']);
}

/** The part of a value a fixed-width field of `w` characters keeps (trailing blanks dropped). */
export const fit71 = (s: string, w: number): string => s.slice(0, w).trimEnd();
