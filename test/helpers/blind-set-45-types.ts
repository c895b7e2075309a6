import type { Ctx } from './blind-set-45-ctx';

/** One template: its area and name (the case id is `<area>/<name>/<k>`), how many cases, and the text maker. */
export interface T45 {
  a: string;
  t: string;
  n?: number;
  f: (c: Ctx) => string;
}
