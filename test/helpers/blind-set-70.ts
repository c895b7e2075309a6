import { hash9, Rng9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { NEG70 } from './blind-set-70-neg';
import { Case70, type Tpl70, type Value70 } from './blind-set-70-secrets';
import { TPL70_A } from './blind-set-70-tpl-a';
import { TPL70_B } from './blind-set-70-tpl-b';
import { TPL70_C } from './blind-set-70-tpl-c';
import { TPL70_D } from './blind-set-70-tpl-d';
import { TPL70_E } from './blind-set-70-tpl-e';
import { TPL70_F } from './blind-set-70-tpl-f';
import { TPL70_G } from './blind-set-70-tpl-g';
import { ctx70 } from './blind-set-70-ctx';

/** Every positive template of set 70. */
export const TEMPLATES70: Tpl70[] = [...TPL70_A, ...TPL70_B, ...TPL70_C, ...TPL70_D, ...TPL70_E, ...TPL70_F, ...TPL70_G];
const PER_TEMPLATE = 5;
const PER_NEG_TEMPLATE = 4;

/** A made case is usable when every value sits in the text and short values occur exactly once. */
function usable(text: string, vals: readonly Value70[]): boolean {
  if (vals.length === 0) return false;
  return vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 70: payroll, benefits, HR-pay and tax-filing integrations as their sync and
 * filing failures reach an alert. Each case has its own seeded stream; a case whose short values
 * happen to collide is re-drawn from the next stream, so the set stays a function of the seed.
 */
export function buildBlindSet70(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Value70[] }[] = [];
  for (const t of TEMPLATES70) {
    for (let i = 0; i < PER_TEMPLATE; i++) {
      const id = `${t.src}/${t.name}#${i}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Case70(new Rng9(hash9(`set70|${seed}|${id}|${attempt}`)));
        const text = t.make(c) + ctx70(c);
        if (usable(text, c.vals) || attempt >= 50) {
          positives.push({ id, text, values: c.vals });
          break;
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const n of NEG70) {
    for (let i = 0; i < PER_NEG_TEMPLATE; i++) {
      const id = `${n.src}/${n.name}#${i}`;
      negatives.push({ id, text: n.make(new Rng9(hash9(`set70-neg|${seed}|${id}`))) });
    }
  }
  return { positives, negatives };
}
