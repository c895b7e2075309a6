import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, type Finding } from '../../../src/scan/index';
import { buildBlindSet3, type BlindSet3 } from '../../helpers/blind-set-3';
import { fullyCovered, pct, tally, type Tally } from '../../helpers/coverage-tally';
import { ibanCheck, luhnDigit } from '../../helpers/blind-set-3-rng';

/**
 * Blind held-out set 3 (issue #13): the honest final figure. Nobody tunes detectors against it.
 * A value counts only when every character of every occurrence is inside a leak finding; a
 * negative is flagged when any leak finding is anywhere in its text. BLIND_SEED picks the seed;
 * BLIND_REPORT=1 prints the misses and false alarms themselves.
 */
const SEED = Number(process.env['BLIND_SEED'] ?? 1);
const MIN_COVERED = 0.95;
const MAX_FLAGGED = 0.05;

function measure(set: BlindSet3) {
  const scanner = createScanner();
  const leaksOf = (text: string): Finding[] => scanner.scan(text).filter(isLeak);
  const byGroup = new Map<string, Tally>();
  const byClass = new Map<string, Tally>();
  const misses: string[] = [];
  for (const p of set.positives) {
    const leaks = leaksOf(p.text);
    for (const value of p.values) {
      const ok = fullyCovered(p.text, value, leaks);
      tally(byGroup, p.group, ok);
      tally(byGroup, 'all', ok);
      tally(byClass, p.id.split('/')[0]!, ok);
      if (!ok) misses.push(`${p.id}: ${value.length > 60 ? `${value.slice(0, 40)}…(${value.length})` : value}  [found: ${leaks.map((f) => `${f.detector}@${f.start}-${f.end}`).join(', ') || 'none'}]`);
    }
  }
  const flaggedBy = new Map<string, Tally>();
  const alarms: string[] = [];
  for (const n of set.negatives) {
    const leaks = leaksOf(n.text);
    const bad = leaks.length > 0;
    tally(flaggedBy, n.id.split('/')[0]!, bad);
    tally(flaggedBy, 'all', bad);
    if (bad) alarms.push(`${n.id}: ${leaks.map((f) => `${f.detector} "${n.text.slice(f.start, f.end).slice(0, 50)}"`).join(', ')}`);
  }
  return { byGroup, byClass, misses, flaggedBy, alarms };
}

describe(`blind held-out set 3 (seed ${SEED})`, () => {
  const set = buildBlindSet3(SEED);

  it('is large and well formed: unique ids, every value present in its text, valid card checksums', () => {
    expect(set.positives.length).toBeGreaterThanOrEqual(200);
    expect(set.negatives.length).toBeGreaterThanOrEqual(150);
    const ids = [...set.positives, ...set.negatives].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of set.positives) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const value of p.values) expect(p.text.includes(value), `${p.id}: ${value}`).toBe(true);
    }
    for (const p of set.positives.filter((c) => c.group === 'financial')) {
      for (const value of p.values) {
        const compact = value.replace(/[ -]/g, '');
        if (/^\d+$/.test(compact)) expect(luhnDigit(compact.slice(0, -1)), `${p.id}: ${value}`).toBe(compact.slice(-1));
        else expect(ibanCheck(compact.slice(0, 2), compact.slice(4)), `${p.id}: ${value}`).toBe(compact.slice(2, 4));
      }
    }
  });

  it('is a function of the seed', () => {
    expect(buildBlindSet3(SEED)).toEqual(set);
    expect(buildBlindSet3(SEED + 1).positives[0]!.text).not.toBe(set.positives[0]!.text);
  });

  it(`covers >= ${MIN_COVERED * 100} % of values and flags <= ${MAX_FLAGGED * 100} % of negatives`, () => {
    const r = measure(set);
    const lines = [`blind set 3, seed ${SEED}`, 'values fully covered:'];
    for (const [k, t] of r.byGroup) lines.push(`  group ${k.padEnd(10)} ${pct(t)}`);
    for (const [k, t] of r.byClass) lines.push(`  class ${k.padEnd(10)} ${pct(t)}`);
    lines.push('negatives flagged:');
    for (const [k, t] of r.flaggedBy) lines.push(`  class ${k.padEnd(10)} ${pct(t)}`);
    lines.push(`misses: ${r.misses.length}, false alarms: ${r.alarms.length}`);
    // The lists are printed only on request, so that running the scan tests does not show tuners the set.
    if (process.env['BLIND_REPORT'] === '1') {
      lines.push(...r.misses.map((m) => `  miss  ${m}`), ...r.alarms.map((a) => `  alarm ${a}`));
    }
    console.log(lines.join('\n'));
    const all = r.byGroup.get('all')!;
    const flagged = r.flaggedBy.get('all')!;
    expect(all.hit / all.total).toBeGreaterThanOrEqual(MIN_COVERED);
    expect(flagged.hit / flagged.total).toBeLessThanOrEqual(MAX_FLAGGED);
  });
});
