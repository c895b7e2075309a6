import { hash9, Rng9 } from './blind-set-9-rng';
import { credApps } from './blind-set-18-cred-apps';
import { credEnv, credHead } from './blind-set-18-cred-env';
import { credInfra } from './blind-set-18-cred-infra';
import { financial } from './blind-set-18-financial';
import { negApps } from './blind-set-18-neg-apps';
import { negEnv, negHead } from './blind-set-18-neg-env';
import { negInfra } from './blind-set-18-neg-infra';
import { personal } from './blind-set-18-personal';
import type { BlindSet16 } from './blind-set-16-types';

/** Blind set 18 keeps set 16's record shapes. */
export type BlindSet18 = BlindSet16;

const POSITIVES = [...credEnv, ...credHead, ...credInfra, ...credApps, ...personal, ...financial];
const NEGATIVES = [...negEnv, ...negHead, ...negInfra, ...negApps];

/** Blind held-out set 18: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet18(seed: number): BlindSet18 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind18/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind18/${seed}/neg/${i}`)))),
  };
}
