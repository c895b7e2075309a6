import type { Gen23 } from './blind-set-23-values';

/** Blind set 23 ("Tuesday in the alerts channel"): the shapes its case files share. */
export type Group23 = 'credential' | 'personal' | 'financial';

export interface Planted23 {
  value: string;
  kind: string;
  group: Group23;
}

export interface Positive23 {
  id: string;
  text: string;
  values: Planted23[];
}

export interface Negative23 {
  id: string;
  text: string;
}

/** What a positive template returns for one draw: the text and the values planted in it verbatim. */
export interface Drawn23 {
  text: string;
  values: Planted23[];
}

/** A positive template: a name (the id's middle part) and a maker run once per draw k with its own stream. */
export type PosTemplate23 = readonly [name: string, make: (g: Gen23, k: number) => Drawn23];

/** A negative template: a name and a maker that returns a text holding no leak under Herald's policy. */
export type NegTemplate23 = readonly [name: string, make: (g: Gen23, k: number) => string];

export const cred = (kind: string, value: string): Planted23 => ({ value, kind, group: 'credential' });
export const pers = (kind: string, value: string): Planted23 => ({ value, kind, group: 'personal' });
export const fin = (kind: string, value: string): Planted23 => ({ value, kind, group: 'financial' });
