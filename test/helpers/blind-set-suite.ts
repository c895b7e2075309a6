import { describe, expect, it } from 'vitest';
import { blindSetReport, measureBlindSet, type BlindSetShape } from './blind-set-measure';

/** What one sealed blind set's test file supplies: the set, its format checks, its minimum size and its floors. */
export interface BlindSetSuite {
  /** The set's number: `BLIND<n>_SEED` picks the seed, `BLIND<n>_REPORT=1` prints the cases missed. */
  n: number;
  build: (seed: number) => BlindSetShape;
  /** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
  formatOk: (kind: string, value: string) => boolean;
  minSize: { positives: number; values: number; negatives: number };
  /** The least share of values each group must have (default: credential 0.5, personal 0.25, financial 0.12). */
  minShare?: Record<string, number>;
  minCovered: number;
  minByGroup: Record<string, number>;
  maxFlagged: number;
  /** Which scanner measures the set: `core` (the default scanner) or `ingest` (plus the decoded views Herald's ingest adds); default `core`, or BLIND_SCANNER. */
  scanner?: 'core' | 'ingest';
}

/**
 * The three tests every sealed blind set runs: it is large and well formed (unique ids, each value
 * inside its text, short values once, valid checksums; at least half credential, a quarter
 * personal, an eighth financial), it is a function of the seed, and the scanner stays above the
 * floors (values fully covered overall and per group, negatives flagged at most).
 */
export function describeBlindSet(s: BlindSetSuite): void {
  const seed = Number(process.env[`BLIND${s.n}_SEED`] ?? 1);
  describe(`blind held-out set ${s.n} (seed ${seed})`, () => {
    const set = s.build(seed);

    it('is large and well formed: unique ids, values inside their texts, valid checksums', () => {
      const values = set.positives.flatMap((p) => p.values);
      expect(set.positives.length).toBeGreaterThanOrEqual(s.minSize.positives);
      expect(values.length).toBeGreaterThanOrEqual(s.minSize.values);
      expect(set.negatives.length).toBeGreaterThanOrEqual(s.minSize.negatives);
      const share = (g: string) => values.filter((v) => v.group === g).length / values.length;
      for (const [group, min] of Object.entries(s.minShare ?? { credential: 0.5, personal: 0.25, financial: 0.12 })) expect(share(group), group).toBeGreaterThan(min);
      const ids = [...set.positives, ...set.negatives].map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of set.positives) {
        expect(p.values.length, p.id).toBeGreaterThan(0);
        for (const v of p.values) {
          expect(p.text.includes(v.value), `${p.id}: ${v.value}`).toBe(true);
          // A short value must not also sit inside another part of the text (a CVC inside the card number).
          if (v.value.length <= 6) expect(p.text.split(v.value).length, `${p.id}: ${v.value} occurs once`).toBe(2);
          expect(s.formatOk(v.kind, v.value), `${p.id} [${v.kind}]: ${v.value}`).toBe(true);
        }
      }
    });

    it('is a function of the seed', () => {
      expect(s.build(seed)).toEqual(set);
      expect(s.build(seed + 1).positives[0]!.text).not.toBe(set.positives[0]!.text);
    });

    it(`covers >= ${(s.minCovered * 100).toFixed(1)} % of values and flags <= ${(s.maxFlagged * 100).toFixed(1)} % of negatives (floors under the latest measured figure)`, () => {
      const r = s.scanner ? measureBlindSet(set, s.scanner) : measureBlindSet(set);
      console.log(blindSetReport(`blind set ${s.n}, seed ${seed}`, r, process.env[`BLIND${s.n}_REPORT`] === '1'));
      const all = r.byGroup.get('all')!;
      const bad = r.flagged.get('all')!;
      expect(all.hit / all.total).toBeGreaterThanOrEqual(s.minCovered);
      for (const [group, min] of Object.entries(s.minByGroup)) {
        const t = r.byGroup.get(group)!;
        expect(t.hit / t.total, group).toBeGreaterThanOrEqual(min);
      }
      expect(bad.hit / bad.total).toBeLessThanOrEqual(s.maxFlagged);
    });
  });
}
