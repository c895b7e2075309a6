import { hash9, Rng9 } from './blind-set-9-rng';
import { GENERIC_A } from './blind-set-21-generic-a';
import { GENERIC_B } from './blind-set-21-generic-b';
import { KEYS } from './blind-set-21-keys';
import { providerCase } from './blind-set-21-layouts';
import { NEG_CODE, NEG_DOCS, NEG_FIXTURE, NEG_LOW, NEG_PLACEHOLDER } from './blind-set-21-neg-a';
import { NEG_B64, NEG_HASH, NEG_IDS, NEG_INVALID, NEG_MISC, NEG_PREFIX, NEG_PUBLIC } from './blind-set-21-neg-b';
import { APPS } from './blind-set-21-prov-apps';
import { INFRA } from './blind-set-21-prov-infra';
import { PAIRS, SAAS } from './blind-set-21-prov-saas';
import type { BlindSet21, NegCase21, PosCase21 } from './blind-set-21-types';

/** Every positive case: one per provider token kind, the id-and-secret pairs, private keys and JWTs, keyword assignments. */
export const POSITIVES_21: PosCase21[] = [...[...INFRA, ...APPS, ...SAAS].map(providerCase), ...PAIRS, ...KEYS, ...GENERIC_A, ...GENERIC_B];

/** Every negative case. */
export const NEGATIVES_21: NegCase21[] = [...NEG_PLACEHOLDER, ...NEG_DOCS, ...NEG_CODE, ...NEG_FIXTURE, ...NEG_LOW, ...NEG_HASH, ...NEG_IDS, ...NEG_B64, ...NEG_PUBLIC, ...NEG_PREFIX, ...NEG_INVALID, ...NEG_MISC];

/**
 * Blind set 21 for one seed: each case draws from its own stream (the seed mixed with the case's
 * position), so values and layouts are fresh per seed and a case's draw does not shift the others.
 */
export function buildBlindSet21(seed: number): BlindSet21 {
  const stream = (kind: string, i: number): Rng9 => new Rng9(hash9(`b21/${kind}/${seed}/${i}`));
  return {
    positives: POSITIVES_21.map((c, i) => c(stream('pos', i))),
    negatives: NEGATIVES_21.map((c, i) => c(stream('neg', i))),
  };
}
