import { describe, expect, it } from 'vitest';
import { measureWrapped, pooledSets, wrapTable, type WrapFigures } from '../../helpers/wrap-measure';

/**
 * Metamorphic robustness: the blind sets 10–24 (seed 1, every positive and negative) re-wrapped
 * the way alerts carry them (test/helpers/wrap-transforms.ts): JSON-string-embedded, every line
 * with a log prefix (ISO timestamp + level + thread, syslog header, k8s `stderr F `), CRLF line
 * ends, a YAML block scalar, a Markdown quote, a JSON log line as a string in a JSON event
 * (json-in-json), a zero-width space after every seventh character; and end to end, each text as a Datadog webhook's
 * body and log sample through normalizeDatadog and scanAlert with the scanner ingest uses. A
 * wrapped text must be covered about as well as the text as written, and a wrapped negative
 * flagged no more often. `WRAP_REPORT=1` prints the values missed and the negatives flagged.
 *
 * Before the fix (unwrap-text.ts, at 12c8213) this test failed: values covered 99.6 % as
 * written, 94.7 % JSON-embedded, 97.2 % with ISO or syslog prefixes, 98.0 % with k8s prefixes,
 * 97.2 % as a Markdown quote, 99.0 % as a YAML block, 99.1 % with CRLF (PEM blocks, netrc,
 * pgpass, NACHA, psql output and every key at the start of a line lost to the prefix or to the
 * `\n` escape). See docs/scanner.md, "Wrapped sets (metamorphic)".
 */

/** How far a transform may fall below the text as written (covered) or rise above it (flagged), in points. */
const COVERED_MARGIN = 1.0;
const FLAGGED_MARGIN = 0.5;

const share = (hit: number, total: number): number => (100 * hit) / Math.max(1, total);

describe('blind sets 10–24 re-wrapped as alerts carry them (metamorphic)', () => {
  const { positives, negatives } = pooledSets(Number(process.env['WRAP_SEED'] ?? 1));
  let rows: WrapFigures[] = [];

  it('measures every transform (the table)', () => {
    rows = measureWrapped(positives, negatives);
    console.log(wrapTable(rows));
    if (process.env['WRAP_REPORT'] === '1') {
      for (const r of rows) console.log([`== ${r.name}`, ...r.misses.map((m) => `  miss  ${m}`), ...r.alarms.map((a) => `  alarm ${a}`)].join('\n'));
    }
    expect(rows[0]!.values).toBeGreaterThan(2500);
    expect(rows[0]!.negatives).toBeGreaterThan(1000);
    // Correctness, not speed: fifteen sets in every transform (about 40 s alone, several times that on a loaded machine).
  }, 420_000);

  it(`covers each transform's values within ${COVERED_MARGIN} point of the text as written`, () => {
    const base = share(rows[0]!.covered, rows[0]!.values);
    for (const r of rows.slice(1)) expect(share(r.covered, r.values), r.name).toBeGreaterThanOrEqual(base - COVERED_MARGIN);
  });

  it(`flags each transform's negatives at most ${FLAGGED_MARGIN} point more often than as written`, () => {
    const base = share(rows[0]!.flagged, rows[0]!.negatives);
    for (const r of rows.slice(1)) if (r.negatives > 0) expect(share(r.flagged, r.negatives), r.name).toBeLessThanOrEqual(base + FLAGGED_MARGIN);
  });
});
