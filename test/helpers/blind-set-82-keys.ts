import type { Rng82 } from './blind-set-82-rng';

/** One planted value: exactly the substring of the text that must be redacted. */
export interface Plant {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** One field of a payload: key words, a free spelling of the key, the value, what it plants. */
export interface Field {
  words: string[];
  key: string;
  val: string;
  plants: Plant[];
  /** A bare literal (number, boolean, null) that containers leave unquoted. */
  raw?: boolean;
  /** A hint for header, cookie and shell renderers. */
  role?: 'bearer' | 'basic' | 'cookie' | 'password';
}

/** A container: renders fields and tells how each field's value was escaped (char-wise). */
export interface Rendered {
  text: string;
  enc: Map<Field, (s: string) => string>;
}
export interface Container {
  name: string;
  /** Line-based formats: multi-line values are written with `\n` escapes before rendering. */
  oneLine?: boolean;
  render: (r: Rng82, fs: Field[]) => Rendered;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ascii = (w: string) => /^[\x20-\x7e]*$/.test(w);

export type Style = 'snake' | 'camel' | 'pascal' | 'kebab' | 'scream' | 'dotted' | 'train' | 'flat';

/** Spells key words in one style. */
export function spell(words: string[], style: Style): string {
  const w = words.map((x) => (ascii(x) ? x.toLowerCase() : x));
  switch (style) {
    case 'snake':
      return w.join('_');
    case 'camel':
      return w[0] + w.slice(1).map(cap).join('');
    case 'pascal':
      return w.map(cap).join('');
    case 'kebab':
      return w.join('-');
    case 'scream':
      return w.join('_').toUpperCase();
    case 'dotted':
      return w.join('.');
    case 'train':
      return w.map(cap).join('-');
    case 'flat':
      return w.join('');
  }
}

const PREFIXES = ['user', 'account', 'billing', 'customer', 'auth', 'config', 'payment', 'profile', 'creds', 'form'];
const SUFFIX = ['_PROD', '_LIVE', '2', '_v2', '_1', '_new', '_primary', 'Prod'];

/** A free spelling of key words: one of many styles, sometimes bracketed, prefixed or suffixed. */
export function freeKey(r: Rng82, words: string[]): string {
  const style = r.weighted<Style>([[4, 'snake'], [3, 'camel'], [2, 'pascal'], [2, 'kebab'], [2, 'scream'], [1, 'dotted'], [1, 'train'], [1, 'flat']]);
  let k = spell(words, style);
  const x = r.next();
  if (x < 0.1) k = `${r.pick(PREFIXES)}[${spell(words, 'snake')}]`;
  else if (x < 0.17) k = `${r.pick(PREFIXES)}.${k}`;
  else if (x < 0.24) k = style === 'scream' ? `${k}${r.pick(SUFFIX).toUpperCase()}` : `${k}${r.pick(SUFFIX)}`;
  else if (x < 0.28 && style === 'kebab') k = `x-${k}`;
  return k;
}

/** Splits a key phrase into words (a phrase of one non-Latin word stays whole). */
export const wordsOf = (phrase: string): string[] => phrase.split(/[\s_]+/).filter(Boolean);

/** Container-side escapes, all char-wise so a substring's escape sits inside the whole's. */
export const jsonEsc = (s: string): string => JSON.stringify(s).slice(1, -1);
export const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const attrEsc = (s: string): string => xmlEsc(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\n/g, '&#10;');
export const pctEsc = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
export const formEsc = (s: string): string => pctEsc(s).replace(/%20/g, '+');
export const bsEsc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
export const sqEsc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
export const id = (s: string): string => s;

/** Whether a value can stand bare in most formats. */
export const bare = (s: string): boolean => /^[A-Za-z0-9_./@+:-]+$/.test(s) && !/^[-:.]/.test(s);
