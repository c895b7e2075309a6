import { hash9, Rng9 } from './blind-set-9-rng';
import { credAsia } from './blind-set-19-cred-asia';
import { credEu } from './blind-set-19-cred-eu';
import { credWorld } from './blind-set-19-cred-world';
import { financial } from './blind-set-19-financial';
import { negIds } from './blind-set-19-neg-ids';
import { negProse } from './blind-set-19-neg-prose';
import { negPublic } from './blind-set-19-neg-public';
import { personalContact } from './blind-set-19-personal-contact';
import { personalIds } from './blind-set-19-personal-ids';
import type { BlindSet19 } from './blind-set-19-types';

export type { BlindSet19 } from './blind-set-19-types';

const POSITIVES = [...credAsia, ...credEu, ...credWorld, ...personalIds, ...personalContact, ...financial];
const NEGATIVES = [...negProse, ...negIds, ...negPublic];

/** Blind held-out set 19: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet19(seed: number): BlindSet19 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind19/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind19/${seed}/neg/${i}`)))),
  };
}
