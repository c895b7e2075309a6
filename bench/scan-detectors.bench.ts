/**
 * Where the detector stage of `herald scan` spends its time: the 50 MB service log (SCAN_FILE_MB)
 * is cut into rounds of about 60 000 characters at line ends (as scanStream does), the prefilter
 * finds each round's windows, and every (window, detector) call of `matchInSlice` is timed per
 * detector (best of 3, CPU time of this process: other work on the machine slows wall-clock
 * figures more). Prints the windows, the calls, the total and the detectors that cost most.
 */
import { DEFAULT_DETECTORS } from '../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../src/scan/match-detector';
import { createPrefilter } from '../src/scan/prefilter';
import { serviceLog } from './support/service-log';

/** CPU milliseconds (user + system) of this process so far. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The slices and their offsets that one detector is run on. */
interface Calls {
  slices: string[];
  starts: number[];
}

/** Prints the per-detector matching cost on the service log. */
export async function run(): Promise<void> {
  const mb = Number(process.env['SCAN_FILE_MB'] ?? 50);
  const { text } = serviceLog(mb * 1024 * 1024);
  const prefilter = createPrefilter(DEFAULT_DETECTORS, { skipPrivateIpv4: true });
  const calls: Calls[] = DEFAULT_DETECTORS.map(() => ({ slices: [], starts: [] }));
  // Every call in scan order, for the total: [window slice, detector ids].
  const order: [string, number, number[]][] = [];
  let windows = 0;
  for (let pos = 0; pos < text.length; ) {
    let cut = text.lastIndexOf('\n', pos + 60_000) + 1;
    if (cut <= pos || pos + 60_000 >= text.length) cut = text.length;
    const round = text.slice(pos, cut);
    for (const w of prefilter.windows(round)) {
      const slice = round.slice(w.start, w.end);
      windows++;
      order.push([slice, w.start, w.detectors]);
      for (const d of w.detectors) {
        calls[d]!.slices.push(slice);
        calls[d]!.starts.push(w.start);
      }
    }
    pos = cut;
  }
  const ms = DEFAULT_DETECTORS.map(() => Infinity);
  let total = Infinity;
  let found = 0;
  for (let rep = 0; rep < Number(process.env['REPS'] ?? 3); rep++) {
    DEFAULT_DETECTORS.forEach((det, d) => {
      const { slices, starts } = calls[d]!;
      if (slices.length === 0) return;
      const t0 = cpuMs();
      for (let i = 0; i < slices.length; i++) matchInSlice(det, slices[i]!, starts[i]!, []);
      ms[d] = Math.min(ms[d]!, cpuMs() - t0);
    });
    const t0 = cpuMs();
    let n = 0;
    for (const [slice, start, dets] of order) {
      const out: RawMatch[] = [];
      for (const d of dets) matchInSlice(DEFAULT_DETECTORS[d]!, slice, start, out);
      n += out.length;
    }
    total = Math.min(total, cpuMs() - t0);
    found = n;
  }
  const nCalls = calls.reduce((s, c) => s + c.slices.length, 0);
  console.log(`scan detectors: ${(text.length / 2 ** 20).toFixed(1)} MB service log, ${windows} windows, ${nCalls} detector calls, ${found} raw matches`);
  console.log(`scan detectors: all calls in scan order ${total.toFixed(0)} ms (CPU, best of 3); sum of per-detector times ${ms.filter(Number.isFinite).reduce((s, x) => s + x, 0).toFixed(0)} ms`);
  const rows = DEFAULT_DETECTORS.map((d, i) => ({ id: d.id, calls: calls[i]!.slices.length, ms: ms[i]! })).filter((r) => r.calls > 0);
  rows.sort((a, b) => b.ms - a.ms);
  for (const r of rows.slice(0, Number(process.env["TOP"] ?? 15))) console.log(`  ${r.id.padEnd(34)} ${String(r.calls).padStart(7)} calls ${r.ms.toFixed(1).padStart(7)} ms`);
}

if (require.main === module) void run();
