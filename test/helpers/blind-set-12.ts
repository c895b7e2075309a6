import { credInfra } from './blind-set-12-cred-infra';
import { credPay } from './blind-set-12-cred-pay';
import { credSaas } from './blind-set-12-cred-saas';
import { financial } from './blind-set-12-financial';
import { negIds } from './blind-set-12-neg-ids';
import { negLogs } from './blind-set-12-neg-logs';
import { negPublic } from './blind-set-12-neg-public';
import { personal } from './blind-set-12-personal';
import { hash12, Rng12 } from './blind-set-12-rng';
import type { BlindSet12 } from './blind-set-12-types';

export type { BlindSet12 } from './blind-set-12-types';

const POSITIVES = [...credPay, ...credInfra, ...credSaas, ...personal, ...financial];
const NEGATIVES = [...negIds, ...negPublic, ...negLogs];

/** Blind held-out set 12: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet12(seed: number): BlindSet12 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng12(hash12(`blind12/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng12(hash12(`blind12/${seed}/neg/${i}`)))),
  };
}
