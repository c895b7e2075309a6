import type { FieldSpec } from './fields';
import type { Compiled } from './condition';

/** Sibling routes pre-filtered by one field's value: only candidates are tested, in file order. */
export interface ChildIndex {
  field: FieldSpec;
  /** For a field value: indexes of the siblings that may match, ascending. */
  byValue: Map<unknown, readonly number[]>;
  /** Indexes of siblings for any other value (those not constrained by the field). */
  other: readonly number[];
}

/** Lists shorter than this are just scanned. */
const MIN_SIBLINGS = 8;

/**
 * Builds an index over sibling routes when many of them require `field = value` (or `in`) on
 * the same field, e.g. one route per service. Skipped siblings could never match, so the
 * first-match and `continue` semantics are unchanged. Returns null when not worth it.
 */
export function buildChildIndex(children: readonly { match: Pick<Compiled, 'requires'> }[]): ChildIndex | null {
  if (children.length < MIN_SIBLINGS) return null;
  const counts = new Map<FieldSpec, number>();
  for (const c of children) {
    for (const r of c.match.requires ?? []) {
      if (r.field.name !== 'severity') counts.set(r.field, (counts.get(r.field) ?? 0) + 1);
    }
  }
  let field: FieldSpec | null = null;
  let best = 0;
  for (const [f, n] of counts) if (n > best) [field, best] = [f, n];
  if (!field || best < MIN_SIBLINGS / 2) return null;
  const allowed: (ReadonlySet<unknown> | null)[] = children.map((c) => {
    let set: ReadonlySet<unknown> | null = null;
    for (const r of c.match.requires ?? []) {
      if (r.field !== field) continue;
      set = set === null ? r.values : new Set([...r.values].filter((v) => set?.has(v)));
    }
    return set;
  });
  const values = new Set<unknown>();
  for (const s of allowed) if (s) for (const v of s) values.add(v);
  const other: number[] = [];
  allowed.forEach((s, i) => s === null && other.push(i));
  const byValue = new Map<unknown, readonly number[]>();
  for (const v of values) byValue.set(v, allowed.flatMap((s, i) => (s === null || s.has(v) ? [i] : [])));
  return { field, byValue, other };
}
