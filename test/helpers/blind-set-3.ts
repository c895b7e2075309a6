import { CRED_HTTP } from './blind-set-3-cred-http';
import { CRED_INFRA } from './blind-set-3-cred-infra';
import { CRED_LANG } from './blind-set-3-cred-lang';
import { CRED_QUOTE } from './blind-set-3-cred-quote';
import { FINANCIAL } from './blind-set-3-financial';
import { NEG_IDS } from './blind-set-3-neg-ids';
import { NEG_LOGS } from './blind-set-3-neg-logs';
import { NEG_SAFE } from './blind-set-3-neg-safe';
import { PERSONAL } from './blind-set-3-personal';
import { Rng } from './blind-set-3-rng';
import type { BlindGroup, BlindNegative, BlindPositive, NegativeMaker, PositiveMaker } from './blind-set-3-types';
import { BlindValues } from './blind-set-3-values';

export type { BlindGroup, BlindNegative, BlindPositive } from './blind-set-3-types';

/** Blind held-out set 3: positives and negatives generated from one seed. */
export interface BlindSet3 {
  positives: BlindPositive[];
  negatives: BlindNegative[];
}

const POSITIVE_SOURCES: [string, BlindGroup, Record<string, PositiveMaker>][] = [
  ['lang', 'credential', CRED_LANG],
  ['http', 'credential', CRED_HTTP],
  ['infra', 'credential', CRED_INFRA],
  ['quote', 'credential', CRED_QUOTE],
  ['personal', 'personal', PERSONAL],
  ['financial', 'financial', FINANCIAL],
];

const NEGATIVE_SOURCES: [string, Record<string, NegativeMaker>][] = [
  ['ids', NEG_IDS],
  ['safe', NEG_SAFE],
  ['logs', NEG_LOGS],
];

/**
 * Builds blind held-out set 3 (issue #13) from a seed: realistic contexts (runtimes, access logs,
 * HTTP dumps, CI and infrastructure output, nested/escaped/encoded forms) with values generated in
 * valid formats, and close-looking negatives. Nobody tunes detectors against it.
 */
export function buildBlindSet3(seed: number): BlindSet3 {
  const v = new BlindValues(new Rng(seed));
  const positives: BlindPositive[] = [];
  for (const [source, group, makers] of POSITIVE_SOURCES) {
    for (const [name, make] of Object.entries(makers)) {
      const { text, values } = make(v);
      positives.push({ id: `${source}/${name}`, group, text, values });
    }
  }
  const negatives: BlindNegative[] = [];
  for (const [source, makers] of NEGATIVE_SOURCES) {
    for (const [name, make] of Object.entries(makers)) negatives.push({ id: `${source}/${name}`, text: make(v) });
  }
  return { positives, negatives };
}
