import { hash9, Rng9 } from './blind-set-9-rng';
import { credJvm } from './blind-set-16-cred-jvm';
import { credNode } from './blind-set-16-cred-node';
import { credOps } from './blind-set-16-cred-ops';
import { credPython } from './blind-set-16-cred-python';
import { credSaas } from './blind-set-16-cred-saas';
import { financial } from './blind-set-16-financial';
import { negIds } from './blind-set-16-neg-ids';
import { negLogs } from './blind-set-16-neg-logs';
import { negPublic } from './blind-set-16-neg-public';
import { personalA } from './blind-set-16-personal-a';
import { personalB } from './blind-set-16-personal-b';
import type { BlindSet16 } from './blind-set-16-types';

export type { BlindSet16 } from './blind-set-16-types';

const POSITIVES = [...credNode, ...credPython, ...credJvm, ...credOps, ...credSaas, ...personalA, ...personalB, ...financial];
const NEGATIVES = [...negIds, ...negPublic, ...negLogs];

/** Blind held-out set 16: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet16(seed: number): BlindSet16 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind16/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind16/${seed}/neg/${i}`)))),
  };
}
