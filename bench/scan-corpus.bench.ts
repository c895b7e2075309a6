/**
 * Prints the scanner's figures on the held-out style corpus (test/helpers/scan-corpus.ts):
 * values fully covered and negatives flagged, per group, for a few seeds.
 * `npm run build && node dist/bench/scan-corpus.bench.js [seed...]`; also part of `npm run bench`.
 */
import { createScanner } from '../src/scan';
import { buildCorpus, formatScore, scoreCorpus } from '../test/helpers/scan-corpus';

/** Scores the default scanner on the corpus of each seed and prints the table. */
export async function run(seeds: number[] = [20261203, 7, 42]): Promise<void> {
  const scanner = createScanner({ cleanTexts: false });
  for (const seed of seeds) {
    const score = scoreCorpus(buildCorpus(seed, 2), (t) => scanner.scan(t));
    console.log(`scan corpus (seed ${seed}): ${formatScore(score)}`);
    const misses = Object.values(score.recall).flatMap((g) => g.misses);
    const alarms = Object.values(score.falseAlarms).flatMap((g) => g.misses);
    for (const m of misses.slice(0, 10)) console.log(`  missed: ${m.slice(0, 160).replace(/\n/g, '\\n')}`);
    for (const m of alarms.slice(0, 10)) console.log(`  flagged: ${m.slice(0, 160).replace(/\n/g, '\\n')}`);
  }
}

if (require.main === module) {
  const seeds = process.argv.slice(2).map(Number).filter((n) => Number.isFinite(n));
  void run(seeds.length ? seeds : undefined);
}
