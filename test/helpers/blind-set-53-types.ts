import type { Ctx53 } from './blind-set-53-ctx';

/** One template: its name, how many cases it yields, and the text it writes (planting values in the context). */
export type Tpl53 = readonly [name: string, count: number, write: (c: Ctx53) => string];

/** A source area and its templates. */
export interface Area53 {
  area: string;
  templates: readonly Tpl53[];
}

/** A negative template: no secret and no personal data. */
export type Neg53 = readonly [name: string, count: number, write: (c: Ctx53) => string];
