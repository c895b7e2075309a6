import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/scan';
import { buildCorpus, formatScore, scoreCorpus } from '../../helpers/scan-corpus';

// Two seeds: the values differ on every run of a seed pair, the formats and contexts do not.
const SEEDS = [20261203, 7];

describe('held-out style corpus (real-world formats and contexts, close negatives)', () => {
  for (const seed of SEEDS) {
    it(`covers >= 95 % of values per group and flags <= 5 % of negatives per kind (seed ${seed})`, () => {
      const scanner = createScanner({ cleanTexts: false });
      const score = scoreCorpus(buildCorpus(seed, 2), (t) => scanner.scan(t));
      const misses = Object.values(score.recall).flatMap((g) => g.misses);
      const alarms = Object.values(score.falseAlarms).flatMap((g) => g.misses);
      if (misses.length || alarms.length) console.log(formatScore(score) + '\nmissed:\n' + misses.join('\n') + '\nflagged:\n' + alarms.join('\n'));
      expect(score.overallRecall).toBeGreaterThanOrEqual(0.95);
      expect(score.overallFalseAlarms).toBeLessThanOrEqual(0.05);
      for (const [group, g] of Object.entries(score.recall)) expect({ group, rate: g.rate >= 0.95 }).toEqual({ group, rate: true });
      for (const [kind, g] of Object.entries(score.falseAlarms)) expect({ kind, rate: g.rate <= 0.05 }).toEqual({ kind, rate: true });
    });
  }
});
