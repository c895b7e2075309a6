import { Rng10, hash10 } from './blind-set-10-rng';
import type { BlindSet10 } from './blind-set-10-types';
import { credPay } from './blind-set-10-cred-pay';
import { credSaas } from './blind-set-10-cred-saas';
import { credCloud } from './blind-set-10-cred-cloud';
import { credDb } from './blind-set-10-cred-db';
import { credWeb } from './blind-set-10-cred-web';
import { personal } from './blind-set-10-personal';
import { people } from './blind-set-10-people';
import { financial } from './blind-set-10-financial';
import { negIds } from './blind-set-10-neg-ids';
import { negPublic } from './blind-set-10-neg-public';
import { negLogs } from './blind-set-10-neg-logs';

export type { BlindSet10, Positive10, Negative10, Value10 } from './blind-set-10-types';

/**
 * Blind held-out set 10 for one seed. Each case draws from its own stream (seed, source and case
 * index), so adding a case does not change the others.
 */
export function buildBlindSet10(seed: number): BlindSet10 {
  const stream = (group: string, i: number): Rng10 => new Rng10(hash10(`${seed}:${group}:${i}`));
  return {
    positives: [
      ...credPay.map((c, i) => c(stream('pay', i))),
      ...credSaas.map((c, i) => c(stream('saas', i))),
      ...credCloud.map((c, i) => c(stream('cloud', i))),
      ...credDb.map((c, i) => c(stream('db', i))),
      ...credWeb.map((c, i) => c(stream('web', i))),
      ...personal.map((c, i) => c(stream('pers', i))),
      ...people.map((c, i) => c(stream('ids', i))),
      ...financial.map((c, i) => c(stream('fin', i))),
    ],
    negatives: [
      ...negIds.map((c, i) => c(stream('nid', i))),
      ...negPublic.map((c, i) => c(stream('pub', i))),
      ...negLogs.map((c, i) => c(stream('log', i))),
    ],
  };
}
