import { printedForms } from './blind-set-88-enc';
import type { Planted88 } from './blind-set-88-types';

/**
 * The values of a finished text: each planted value becomes the first of its printed forms that is
 * contiguous in the text; values not found are dropped, values of six characters or fewer that
 * occur more than once are dropped, and repeats are kept once.
 */
export function finalize88(text: string, planted: readonly Planted88[]): Planted88[] {
  const out: Planted88[] = [];
  const seen = new Set<string>();
  for (const p of planted) {
    if (p.value.length === 0) continue;
    const printed = printedForms(p.value).find((f) => text.includes(f));
    if (printed === undefined) continue;
    if (printed.length <= 6 && text.split(printed).length !== 2) continue;
    if (seen.has(printed)) continue;
    seen.add(printed);
    out.push({ value: printed, kind: p.kind, group: p.group });
  }
  return out;
}
