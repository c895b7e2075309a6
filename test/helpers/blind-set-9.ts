import { Rng9, hash9 } from './blind-set-9-rng';
import type { BlindSet9 } from './blind-set-9-types';
import { credHttp } from './blind-set-9-cred-http';
import { credSdk } from './blind-set-9-cred-sdk';
import { credDb } from './blind-set-9-cred-db';
import { credInfra } from './blind-set-9-cred-infra';
import { credApps } from './blind-set-9-cred-apps';
import { personal, personalProfiles } from './blind-set-9-personal';
import { financial } from './blind-set-9-financial';
import { negIds } from './blind-set-9-neg-ids';
import { negPublic } from './blind-set-9-neg-public';
import { negLogs } from './blind-set-9-neg-logs';

export type { BlindSet9, Positive9, Negative9, Value9 } from './blind-set-9-types';

/**
 * Blind held-out set 9 for one seed. Each case draws from its own stream (seed and case index),
 * so adding a case does not change the others.
 */
export function buildBlindSet9(seed: number): BlindSet9 {
  const stream = (group: string, i: number): Rng9 => new Rng9(hash9(`${seed}:${group}:${i}`));
  return {
    positives: [
      ...credHttp.map((c, i) => c(stream('http', i))),
      ...credSdk.map((c, i) => c(stream('sdk', i))),
      ...credDb.map((c, i) => c(stream('db', i))),
      ...credInfra.map((c, i) => c(stream('infra', i))),
      ...credApps.map((c, i) => c(stream('apps', i))),
      ...personal.map((c, i) => c(stream('pers', i))),
      ...personalProfiles.map((c, i) => c(stream('profiles', i))),
      ...financial.map((c, i) => c(stream('fin', i))),
    ],
    negatives: [
      ...negIds.map((c, i) => c(stream('ids', i))),
      ...negPublic.map((c, i) => c(stream('pub', i))),
      ...negLogs.map((c, i) => c(stream('logs', i))),
    ],
  };
}
