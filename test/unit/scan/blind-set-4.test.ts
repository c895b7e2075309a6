import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, type Finding } from '../../../src/scan/index';
import { buildBlindSet4, type BlindSet4 } from '../../helpers/blind-set-4';
import { fullyCovered, pct, tally, type Tally } from '../../helpers/coverage-tally';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-4-rng';

/**
 * Blind held-out set 4 (issue #13): a fresh measurement by an author who did not read the
 * detectors. A value counts only when every character of every occurrence lies inside leak
 * findings; a negative is flagged when any leak finding lands anywhere in its text.
 * BLIND4_SEED picks the seed; BLIND4_REPORT=1 prints the misses and false alarms themselves.
 */
const SEED = Number(process.env['BLIND4_SEED'] ?? 1);
// Issue #13's target is >= 95 % covered and <= 5 % flagged. At first sight (2026-12-04, seeds 1-3)
// the scanner covered 91.7-92.3 % (91.1-92.3 % over seeds 1-10: French mobiles vary with the seed)
// and flagged 1.8 %, so coverage is held at a floor under that first sight, not at the target: the
// misses are listed in docs/scanner.md. Brief 45 fixed their classes with general detectors
// (tuned: no longer a held-out figure), so the floor is now the issue's target.
const ISSUE_TARGET_COVERED = 0.95;
const MIN_COVERED = ISSUE_TARGET_COVERED;
const MAX_FLAGGED = 0.05;

function measure(set: BlindSet4) {
  const scanner = createScanner();
  const leaksIn = (text: string): Finding[] => scanner.scan(text).filter(isLeak);
  const byGroup = new Map<string, Tally>();
  const bySource = new Map<string, Tally>();
  const flagged = new Map<string, Tally>();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const p of set.positives) {
    const leaks = leaksIn(p.text);
    for (const value of p.values) {
      const ok = fullyCovered(p.text, value, leaks);
      tally(byGroup, p.group, ok);
      tally(byGroup, 'all', ok);
      tally(bySource, p.id.split('/')[0]!, ok);
      const shown = value.length > 64 ? `${value.slice(0, 44)}…(${value.length} chars)` : value;
      if (!ok) misses.push(`${p.id}: ${shown}  [leaks: ${leaks.map((f) => `${f.detector}@${f.start}-${f.end}`).join(', ') || 'none'}]`);
    }
  }
  for (const n of set.negatives) {
    const leaks = leaksIn(n.text);
    tally(flagged, n.id.split('/')[0]!, leaks.length > 0);
    tally(flagged, 'all', leaks.length > 0);
    if (leaks.length > 0) alarms.push(`${n.id}: ${leaks.map((f) => `${f.detector} "${n.text.slice(f.start, f.end).slice(0, 60)}"`).join(', ')}`);
  }
  return { byGroup, bySource, flagged, misses, alarms };
}

describe(`blind held-out set 4 (seed ${SEED})`, () => {
  const set = buildBlindSet4(SEED);

  it('is large and well formed: unique ids, values inside their texts, valid checksums', () => {
    const values = set.positives.reduce((n, p) => n + p.values.length, 0);
    expect(values).toBeGreaterThanOrEqual(120);
    expect(set.negatives.length).toBeGreaterThanOrEqual(100);
    const ids = [...set.positives, ...set.negatives].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of set.positives) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const value of p.values) expect(p.text.includes(value), `${p.id}: ${value}`).toBe(true);
    }
    for (const p of set.positives.filter((c) => c.group === 'financial')) {
      for (const value of p.values) {
        const compact = value.replace(/[ -]/g, '');
        if (/^[A-Z]{2}\d\d/.test(compact)) expect(ibanOk(compact), `${p.id}: ${value}`).toBe(true);
        else if (compact.length >= 13) expect(luhnOk(compact), `${p.id}: ${value}`).toBe(true);
      }
    }
    const ach = set.positives.find((p) => p.id === 'financial/achJson')!;
    expect(abaOk(ach.values[0]!)).toBe(true);
  });

  it('is a function of the seed', () => {
    expect(buildBlindSet4(SEED)).toEqual(set);
    expect(buildBlindSet4(SEED + 1).positives[0]!.text).not.toBe(set.positives[0]!.text);
  });

  it(`covers >= ${MIN_COVERED * 100} % of values (issue target, after tuning) and flags <= ${MAX_FLAGGED * 100} % of negatives`, () => {
    const r = measure(set);
    const lines = [`blind set 4, seed ${SEED}`, 'values fully covered:'];
    for (const [k, t] of r.byGroup) lines.push(`  group  ${k.padEnd(11)} ${pct(t)}`);
    for (const [k, t] of r.bySource) lines.push(`  source ${k.padEnd(11)} ${pct(t)}`);
    lines.push('negatives flagged:');
    for (const [k, t] of r.flagged) lines.push(`  source ${k.padEnd(11)} ${pct(t)}`);
    lines.push(`misses: ${r.misses.length}, false alarms: ${r.alarms.length}`);
    // The cases themselves are printed only on request, so routine test runs do not show tuners the set.
    if (process.env['BLIND4_REPORT'] === '1') lines.push(...r.misses.map((m) => `  miss  ${m}`), ...r.alarms.map((a) => `  alarm ${a}`));
    console.log(lines.join('\n'));
    const all = r.byGroup.get('all')!;
    const bad = r.flagged.get('all')!;
    expect(all.hit / all.total).toBeGreaterThanOrEqual(MIN_COVERED);
    expect(bad.hit / bad.total).toBeLessThanOrEqual(MAX_FLAGGED);
  });
});
