import { hash11, Rng11 } from './blind-set-11-rng';
import type { BlindSet11, NegCase11, PosCase11 } from './blind-set-11-types';
import { credHttp11 } from './blind-set-11-cred-http';
import { credConfig11 } from './blind-set-11-cred-config';
import { credRuntime11 } from './blind-set-11-cred-runtime';
import { credKeys11 } from './blind-set-11-cred-keys';
import { credSaas11 } from './blind-set-11-cred-saas';
import { personal11 } from './blind-set-11-personal';
import { personal11b } from './blind-set-11-personal2';
import { financial11 } from './blind-set-11-financial';
import { negIds11 } from './blind-set-11-neg-ids';
import { negPublic11 } from './blind-set-11-neg-public';
import { negLogs11 } from './blind-set-11-neg-logs';

export type { BlindSet11 } from './blind-set-11-types';

const POSITIVES: PosCase11[][] = [credHttp11, credConfig11, credRuntime11, credKeys11, credSaas11, personal11, personal11b, financial11];
const NEGATIVES: NegCase11[][] = [negIds11, negPublic11, negLogs11];

/** Builds blind set 11 for a seed: every case draws from its own stream (seed x file x index), so cases are independent. */
export function buildBlindSet11(seed: number): BlindSet11 {
  const rngFor = (group: string, i: number): Rng11 => new Rng11(hash11(`${seed}/${group}/${i}`) ^ Math.imul(seed, 0x9e3779b1));
  return {
    positives: POSITIVES.flatMap((cases, g) => cases.map((c, i) => c(rngFor(`p${g}`, i)))),
    negatives: NEGATIVES.flatMap((cases, g) => cases.map((c, i) => c(rngFor(`n${g}`, i)))),
  };
}
