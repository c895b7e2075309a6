/** What a leaked value is. */
export type Blind7Group = 'credential' | 'personal' | 'financial';

/** One leaked value: every occurrence in its case's text must be covered by leak findings. */
export interface Blind7Value {
  value: string;
  group: Blind7Group;
  /** Class of the value (e.g. `openai-key`, `iban`), for the misses-by-class tally. */
  kind: string;
}

/** A text that leaks the listed values. `id` is `context/name`. */
export interface Blind7Positive {
  id: string;
  text: string;
  values: Blind7Value[];
}

/** A text that, read by a careful reviewer, leaks nothing. `id` is `context/name`. */
export interface Blind7Negative {
  id: string;
  text: string;
}

/** A credential value of class `kind`. */
export const cred = (value: string, kind: string): Blind7Value => ({ value, group: 'credential', kind });

/** A personal-data value of class `kind`. */
export const pers = (value: string, kind: string): Blind7Value => ({ value, group: 'personal', kind });

/** A financial value of class `kind`. */
export const fin = (value: string, kind: string): Blind7Value => ({ value, group: 'financial', kind });

/** Shorthand to build a positive case. */
export const pos = (id: string, text: string, ...values: Blind7Value[]): Blind7Positive => ({ id, text, values });
