import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, type Finding } from '../../../src/scan';
import { buildHeldOut, type HeldOutCase } from '../../helpers/held-out-lines';

const scanner = createScanner({ cleanTexts: false });

/** True when every character of every occurrence of `value` in `text` is inside a finding. */
function covered(text: string, value: string, findings: readonly Finding[]): boolean {
  let at = text.indexOf(value);
  if (at < 0) throw new Error(`value not in text: ${value.slice(0, 12)}…`);
  for (; at >= 0; at = text.indexOf(value, at + 1)) {
    for (let i = at; i < at + value.length; i++) if (!findings.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

/** Scores the held-out corpus: values fully covered per group, negatives with a leak finding. */
export function scoreHeldOut(rounds: number) {
  const { positives, negatives } = buildHeldOut(rounds);
  const groups: Record<HeldOutCase['group'], { values: number; found: number }> = { credential: { values: 0, found: 0 }, personal: { values: 0, found: 0 }, financial: { values: 0, found: 0 } };
  const misses: string[] = [];
  for (const c of positives) {
    const fs = scanner.scan(c.text);
    for (const v of c.values) {
      groups[c.group].values++;
      if (covered(c.text, v, fs)) groups[c.group].found++;
      else misses.push(`${c.id}: ${c.text.slice(0, 160).replace(/\n/g, '⏎')}`);
    }
  }
  const flagged = negatives.filter((n) => scanner.scan(n.text).some(isLeak)).map((n) => `${n.id}: ${n.text.slice(0, 160).replace(/\n/g, '⏎')} → ${scanner.scan(n.text).filter(isLeak).map((f) => f.detector).join(',')}`);
  const values = Object.values(groups).reduce((a, g) => a + g.values, 0);
  const found = Object.values(groups).reduce((a, g) => a + g.found, 0);
  return { cases: positives.length, values, found, recall: found / values, groups, negatives: negatives.length, flagged, falseAlarms: flagged.length / negatives.length, misses };
}

describe('held-out integration log lines (test/helpers/held-out-lines.ts, fresh values each run)', () => {
  it('covers >= 95 % of values (each group >= 90 %) and flags <= 5 % of negatives', () => {
    const s = scoreHeldOut(2);
    const per = Object.entries(s.groups).map(([g, x]) => `${g} ${x.found}/${x.values}`).join(', ');
    console.log(`held-out: ${s.found}/${s.values} values fully covered (${(100 * s.recall).toFixed(1)} %; ${per}) in ${s.cases} cases; ${s.flagged.length}/${s.negatives} negatives flagged (${(100 * s.falseAlarms).toFixed(1)} %)`);
    if (s.misses.length || s.flagged.length) console.log('missed:\n' + [...new Set(s.misses)].join('\n') + '\nflagged:\n' + [...new Set(s.flagged)].join('\n'));
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    for (const [group, g] of Object.entries(s.groups)) expect({ group, ok: g.found / g.values >= 0.9 }).toEqual({ group, ok: true });
    expect(s.falseAlarms).toBeLessThanOrEqual(0.05);
  });
});
