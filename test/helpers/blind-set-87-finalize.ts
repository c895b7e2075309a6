import { PRINTED_FORMS } from './blind-set-87-enc';
import type { Pos87, Val87 } from './blind-set-87-types';

export interface Drops87 {
  unprinted: string[];
  repeated: string[];
}

/**
 * Turns the raw values a printer planted into the values a redactor must cover: each in the form
 * the text carries it (raw, JSON-, HTML-, form-, quoted-printable-escaped...), found contiguous in
 * the text; values not found contiguous are left out, as are short values the text holds twice.
 */
export function finalizeCase(id: string, text: string, raw: readonly Val87[], drops?: Drops87): Pos87 | null {
  const values: Val87[] = [];
  const seen = new Set<string>();
  for (const v of raw) {
    let planted: string | undefined;
    for (const f of PRINTED_FORMS) {
      const s = f(v.value);
      if (s.length > 0 && text.includes(s)) {
        planted = s;
        break;
      }
    }
    if (planted === undefined) {
      drops?.unprinted.push(`${id} [${v.kind}] ${v.value.slice(0, 50)}`);
      continue;
    }
    if (planted.length <= 6 && text.split(planted).length !== 2) {
      drops?.repeated.push(`${id} [${v.kind}] ${planted}`);
      continue;
    }
    if (seen.has(planted)) continue;
    seen.add(planted);
    values.push({ value: planted, kind: v.kind, group: v.group });
  }
  return values.length > 0 ? { id, text, values } : null;
}
