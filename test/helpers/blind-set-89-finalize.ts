import { PRINTED_FORMS } from './blind-set-89-enc';
import type { Planted89 } from './blind-set-89-types';

export interface Positive89 {
  id: string;
  text: string;
  values: Planted89[];
}

/**
 * Records each planted value as the printed form found contiguous in the final text; drops values
 * not found, short values (<= 6 chars) that occur more than once, and duplicates.
 */
export function finalize89(id: string, text: string, planted: readonly Planted89[]): Positive89 {
  const out: Planted89[] = [];
  const seen = new Set<string>();
  for (const p of planted) {
    let printed: string | undefined;
    for (const f of PRINTED_FORMS) {
      const s = f.print(p.value);
      if (s.length > 0 && text.includes(s)) {
        printed = s;
        break;
      }
    }
    if (printed === undefined || seen.has(printed)) continue;
    if (printed.length <= 6 && text.split(printed).length !== 2) continue;
    seen.add(printed);
    out.push({ value: printed, kind: p.kind, group: p.group });
  }
  return { id, text, values: out };
}
