/**
 * Blind set 84: HTTP client libraries' error dumps and wire/debug logs, as integration code logs
 * them when a call to a third-party API fails, forwarded by a Datadog log monitor. Positives plant
 * credentials, personal and financial values in the dumps; negatives are the same dumps with
 * everything masked, plus the ids, hashes and public keys that surround leaks.
 */
import { type BlindSetShape } from './blind-set-measure';
import { Ctx, type Planted } from './blind-set-84-ctx';
import { finalize, shortOnce } from './blind-set-84-finalize';
import { formatOk84 } from './blind-set-84-format';
import { Rng } from './blind-set-84-rng';
import { NEGATIVES, SOURCES, type Source } from './blind-set-84-sources';
import { wrapDatadog } from './blind-set-84-wrap';

function one(seed: number, s: Source, i: number, clean: boolean, slot: number): { text: string; values: Planted[] } {
  for (let attempt = 0; attempt < 60; attempt++) {
    const ctx = new Ctx(new Rng(`blind84:${seed}:${clean ? 'neg' : 'pos'}:${s.name}:${i}:${attempt}`), clean, slot);
    const text = wrapDatadog(ctx, s.make(ctx), s.what);
    if (clean) return { text, values: [] };
    const values = finalize(text, ctx.planted, formatOk84);
    if (values.length > 0 && shortOnce(text, values)) return { text, values };
  }
  throw new Error(`blind set 84: no valid case for ${s.name}/${i} at seed ${seed}`);
}

/** The set for a seed: every positive source's cases, then every negative source's. */
export function buildBlindSet84(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  SOURCES.forEach((s, k) => {
    for (let i = 0; i < s.cases; i++) positives.push({ id: `${s.name}/${i}`, ...one(seed, s, i, false, i + 3 * k + seed) });
  });
  NEGATIVES.forEach((s, k) => {
    for (let i = 0; i < s.cases; i++) negatives.push({ id: `neg/${s.name}/${i}`, text: one(seed, s, i, true, i + 3 * k + seed).text });
  });
  return { positives, negatives };
}
