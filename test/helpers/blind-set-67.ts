import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { ACCOUNTING67, type Tpl67 } from './blind-set-67-accounting';
import { BANKING67 } from './blind-set-67-banking';
import { BILLING67 } from './blind-set-67-billing';
import { NEGATIVES67 } from './blind-set-67-negatives';
import { SECRETS67 } from './blind-set-67-secrets';
import { Draw67 } from './blind-set-67-values';

/** Every positive template of set 67, in a fixed order (the `<t>` of an id is its index here). */
export const TEMPLATES67: readonly Tpl67[] = [...ACCOUNTING67, ...BILLING67, ...BANKING67, ...SECRETS67];
const DRAWS = 6;
const NEG_DRAWS = 4;

/**
 * Sealed blind set 67: accounting, billing and subscription integrations as their sync failures
 * reach an alert. Ids are `67-<source>/<t>-<k>` (the measure groups by the part before `/`);
 * every case draws from its own stream, a function of the seed and its id.
 */
export function buildBlindSet67(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: { value: string; kind: string; group: string }[] }[] = [];
  TEMPLATES67.forEach(([source, build], t) => {
    for (let k = 0; k < DRAWS; k++) {
      const id = `67-${source}/${t}-${k}`;
      const g = new Draw67(new Rng9(hash9(`blind67:${seed}:${id}`)));
      const text = build(g);
      positives.push({ id, text, values: g.vals.map((v) => ({ ...v })) });
    }
  });
  const negatives: { id: string; text: string }[] = [];
  NEGATIVES67.forEach(([source, build], t) => {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const id = `67-${source}/n${t}-${k}`;
      negatives.push({ id, text: build(new Draw67(new Rng9(hash9(`blind67neg:${seed}:${id}`)))) });
    }
  });
  return { positives, negatives };
}
