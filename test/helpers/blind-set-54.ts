import { hash9, Rng9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { CLOUD54 } from './blind-set-54-cloud';
import { CRM54 } from './blind-set-54-crm';
import { Case54, type Tpl54 } from './blind-set-54-gen';
import { INFRA54 } from './blind-set-54-infra';
import { MSG54 } from './blind-set-54-msg';
import { NEG54 } from './blind-set-54-neg';
import { PAY54 } from './blind-set-54-pay';

/** Each area's templates and how many cases each template yields. */
const AREAS: readonly [string, Record<string, Tpl54>, number][] = [
  ['pay', PAY54, 9],
  ['crm', CRM54, 4],
  ['msg', MSG54, 5],
  ['cloud', CLOUD54, 8],
  ['infra', INFRA54, 7],
];
const NEG_PER_TEMPLATE = 3;

/**
 * Sealed blind set 54: an outside reviewer's second hour — the integrations an integration team
 * runs, as they appear in service error logs. A pure function of the seed: every case draws from
 * its own stream seeded from `54:<seed>:<case id>`.
 */
export function buildBlindSet54(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Case54['vals'] }[] = [];
  for (const [area, tpls, n] of AREAS) {
    for (const [name, tpl] of Object.entries(tpls)) {
      for (let i = 0; i < n; i++) {
        const id = `${area}/${name}-${i}`;
        const k = new Case54(new Rng9(hash9(`54:${seed}:${id}`)));
        const text = tpl(k);
        positives.push({ id, text, values: k.vals });
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, tpl] of Object.entries(NEG54)) {
    for (let i = 0; i < NEG_PER_TEMPLATE; i++) {
      const id = `neg/${name}-${i}`;
      negatives.push({ id, text: tpl(new Rng9(hash9(`54:${seed}:${id}`))) });
    }
  }
  return { positives, negatives };
}
