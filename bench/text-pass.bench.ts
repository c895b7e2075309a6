/**
 * The prefilter's text pass alone (createTextPass().run()) over the 50 MB service log in
 * 60 000-character rounds, as the file scan feeds it: best of 3, wall clock and CPU time (the
 * steadier figure on a shared, loaded machine), in MB/s of text (the detectors' own keyword
 * automaton; no matching, no line windows).
 */
import { buildAutomaton } from '../src/scan/aho-corasick';
import { DEFAULT_DETECTORS } from '../src/scan/detectors';
import { createTextPass } from '../src/scan/text-pass';
import { serviceLog } from './support/service-log';

/** Prints the pass's best-of-3 time and MB/s, and how many hits and shapes it found. */
export async function run(): Promise<void> {
  const mb = Number(process.env['TEXT_PASS_MB'] ?? 50);
  const round = 60_000;
  const { text } = serviceLog(mb * 1024 * 1024);
  const byKeyword = new Map<string, number[]>();
  DEFAULT_DETECTORS.forEach((d, i) => d.keywords.forEach((k) => byKeyword.set(k, [...(byKeyword.get(k) ?? []), i])));
  const automaton = buildAutomaton(byKeyword);
  const pass = createTextPass(automaton, { skipPrivateIpv4: true });
  // The rounds are cut beforehand, so that slicing is not timed.
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += round) pieces.push(text.slice(i, i + round));
  let best = Infinity;
  let bestCpu = Infinity;
  let hits = 0;
  let shapes = 0;
  for (let rep = 0; rep < 3; rep++) {
    hits = 0;
    shapes = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage().user;
    for (const piece of pieces) {
      pass.run(piece);
      hits += pass.hits;
      shapes += pass.shapePos.length;
    }
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (process.cpuUsage().user - c0) / 1000);
  }
  const states = automaton.outputs.length;
  console.log(
    `text pass: ${(text.length / 1e6).toFixed(1)} M chars in ${pieces.length} rounds of ${round}: best of 3 ${best.toFixed(0)} ms wall, ${(mb / (best / 1000)).toFixed(0)} MB/s; ${bestCpu.toFixed(0)} ms CPU, ${(mb / (bestCpu / 1000)).toFixed(0)} MB/s (${hits} hits, ${shapes} shapes; automaton ${states} states x ${1 << automaton.shift} columns)`,
  );
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
