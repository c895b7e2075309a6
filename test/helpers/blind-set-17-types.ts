import type { Rng17 } from './blind-set-17-rng';

/** Which tally a planted value counts under. */
export type Group17 = 'credential' | 'personal' | 'financial';

/** One planted value: the exact characters leak findings must cover. */
export interface Value17 {
  value: string;
  kind: string;
  group: Group17;
}

/** A text holding one or more planted values. */
export interface Positive17 {
  id: string;
  text: string;
  values: Value17[];
}

/** A look-alike text that holds nothing worth a leak finding. */
export interface Negative17 {
  id: string;
  text: string;
}

/** The whole set for one seed. */
export interface BlindSet17 {
  positives: Positive17[];
  negatives: Negative17[];
}

export type PosCase17 = (r: Rng17) => Positive17;
export type NegCase17 = (r: Rng17) => Negative17;

export const cred = (kind: string, value: string): Value17 => ({ value, kind, group: 'credential' });
export const pers = (kind: string, value: string): Value17 => ({ value, kind, group: 'personal' });
export const fin = (kind: string, value: string): Value17 => ({ value, kind, group: 'financial' });
export const pos = (id: string, text: string, ...values: Value17[]): Positive17 => ({ id, text, values });
export const neg = (id: string, text: string): Negative17 => ({ id, text });

/** An ISO timestamp in late 2026. */
export const iso17 = (r: Rng17): string => new Date((1796000000 + r.int(0, 3000000)) * 1000).toISOString();
/** Epoch milliseconds in late 2026. */
export const ms17 = (r: Rng17): number => (1796000000 + r.int(0, 3000000)) * 1000 + r.int(0, 999);

/** Base64 of a UTF-8 string. */
export const b64 = (s: string): string => Buffer.from(s).toString('base64');
/** A value as it sits inside a JSON string (quotes and backslashes escaped), without the quotes. */
export const jstr = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Redraws until every short value sits exactly once in the text (CVCs, short codes). */
export function once17<T extends { text: string; values: Value17[] }>(build: () => T): T {
  for (let i = 0; i < 80; i++) {
    const t = build();
    if (t.values.every((v) => v.value.length > 6 || t.text.split(v.value).length === 2)) return t;
  }
  throw new Error('no draw put the short values once');
}

/** Quoted-printable encoding of a UTF-8 body (soft line breaks at 76). */
export function qp(s: string): string {
  const enc = [...Buffer.from(s)].map((b) => (b === 10 ? '\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
  return enc
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > 75) {
        let cut = 75;
        if (rest[cut - 1] === '=') cut -= 1;
        else if (rest[cut - 2] === '=') cut -= 2;
        out.push(rest.slice(0, cut) + '=');
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}
