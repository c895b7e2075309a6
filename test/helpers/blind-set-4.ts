import { CRED_CONFIG } from './blind-set-4-cred-config';
import { CRED_DATA } from './blind-set-4-cred-data';
import { CRED_HTTP } from './blind-set-4-cred-http';
import { CRED_RUNTIME } from './blind-set-4-cred-runtime';
import { FINANCIAL } from './blind-set-4-financial';
import { NEG_IDS } from './blind-set-4-neg-ids';
import { NEG_LOGS } from './blind-set-4-neg-logs';
import { NEG_SAFE } from './blind-set-4-neg-safe';
import { PERSONAL } from './blind-set-4-personal';
import { Rand } from './blind-set-4-rng';
import type { Blind4Group, Blind4Negative, Blind4Positive, Negative4, Positive4 } from './blind-set-4-types';
import { Gen } from './blind-set-4-values';

export type { Blind4Group, Blind4Negative, Blind4Positive } from './blind-set-4-types';

/** Blind held-out set 4: positive and negative cases drawn from one seed. */
export interface BlindSet4 {
  positives: Blind4Positive[];
  negatives: Blind4Negative[];
}

const POSITIVES: [string, Blind4Group, Record<string, Positive4>][] = [
  ['runtime', 'credential', CRED_RUNTIME],
  ['http', 'credential', CRED_HTTP],
  ['config', 'credential', CRED_CONFIG],
  ['data', 'credential', CRED_DATA],
  ['personal', 'personal', PERSONAL],
  ['financial', 'financial', FINANCIAL],
];

const NEGATIVES: [string, Record<string, Negative4>][] = [
  ['ids', NEG_IDS],
  ['safe', NEG_SAFE],
  ['logs', NEG_LOGS],
];

/**
 * Builds blind held-out set 4 (issue #13) from a seed. Written by a fourth author from what real
 * integration logs contain, without reading the detectors; values are fresh for every seed and
 * valid for their format. Do not tune detectors against it: it is only worth its first sight.
 */
export function buildBlindSet4(seed: number): BlindSet4 {
  const g = new Gen(new Rand(seed));
  const positives: Blind4Positive[] = [];
  for (const [source, group, makers] of POSITIVES) {
    for (const [name, make] of Object.entries(makers)) {
      const { text, values } = make(g);
      positives.push({ id: `${source}/${name}`, group, text, values });
    }
  }
  const negatives: Blind4Negative[] = [];
  for (const [source, makers] of NEGATIVES) {
    for (const [name, make] of Object.entries(makers)) negatives.push({ id: `${source}/${name}`, text: make(g) });
  }
  return { positives, negatives };
}
