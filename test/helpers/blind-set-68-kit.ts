import type { Gen68 } from './blind-set-68-values';

/** One positive template: a source, a name and a text built from a value stream. */
export interface Tpl68 {
  src: string;
  t: string;
  make: (g: Gen68) => string;
}

/** An ISO timestamp with milliseconds. */
export function iso(g: Gen68): string {
  const r = g.r;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2026-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}.${p(r.int(0, 999), 3)}Z`;
}

/** A JSON string literal's inside (escapes quotes and backslashes, newlines as \n). */
export function esc(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

/** A request id like the ones gateways print. */
export function rid(g: Gen68): string {
  return g.r.hex(16);
}

/** A project id. */
export function proj(g: Gen68): string {
  return g.project();
}
