/**
 * `herald scan FILE` throughput on a large, varied service log, against a one-regex line scan
 * of the same file in the same run (all as child processes, best of 3 wall-clock runs, interleaved):
 * prints the one-regex MB/s, `herald scan --jobs 1` (single-threaded) MB/s and ratio, and
 * `herald scan` with its default (--jobs auto) MB/s and ratio (target >= 0.5), and how many
 * planted secrets were found. What `--jobs auto` picks comes from scan-command's own rule
 * (jobsFor in src/cli/scan-jobs.ts): above 16 MB on 4+ CPUs, one thread plus one per whole CPU
 * the load average leaves idle; one thread on 2-3 CPUs. Each run decides at its start; the line
 * shows the choice and the load when the bench started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { jobsFor } from '../src/cli/scan-jobs';
import { serviceLog } from './support/service-log';

/**
 * The baseline: stream the file (Node's default 64 KiB reads: 1 MiB reads made it 2.4 times
 * slower on this machine, where every large string costs fresh memory), split it into lines,
 * test one secret regex on each line.
 */
const ONE_REGEX = `
const fs = require('node:fs');
const re = /(?:password|secret|token|api[_-]?key)\\s*[:=]\\s*\\S{8,}/i;
let rest = '', hits = 0;
const s = fs.createReadStream(process.argv[1], { encoding: 'utf8' });
s.on('data', (chunk) => {
  const text = rest + chunk;
  let i = 0, nl;
  while ((nl = text.indexOf('\\n', i)) >= 0) { if (re.test(text.slice(i, nl))) hits++; i = nl + 1; }
  rest = text.slice(i);
});
s.on('end', () => { if (rest && re.test(rest)) hits++; console.log(hits); });
`;

/** Runs each of `runs` `reps` times, interleaved (so that load on the machine hits all alike); the best wall-clock ms of each. */
function bestOf(runs: (() => void)[], reps = 3): number[] {
  const ms = runs.map(() => Infinity);
  for (let i = 0; i < reps; i++) {
    runs.forEach((run, k) => {
      const t0 = performance.now();
      run();
      ms[k] = Math.min(ms[k]!, performance.now() - t0);
    });
  }
  return ms;
}

/** Prints the CLI's and the one-regex scan's MB/s and the ratio. */
export async function run(): Promise<void> {
  const mb = Number(process.env['SCAN_FILE_MB'] ?? 50);
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-scan-bench-'));
  try {
    const file = path.join(dir, 'service.log');
    const { text, secrets } = serviceLog(mb * 1024 * 1024);
    writeFileSync(file, text);
    const size = statSync(file).size / (1024 * 1024);
    const cli = path.join(__dirname, '..', 'src', 'cli', 'herald.js');
    const herald = (extra: string[]): { run: () => void; out: string } => {
      const h = {
        out: '',
        run: () => {
          const r = spawnSync(process.execPath, [cli, 'scan', ...extra, '--format', 'json', file], { maxBuffer: 256 << 20, encoding: 'utf8' });
          if (r.status !== 1) throw new Error(`herald scan exited ${r.status}: ${r.stderr}`);
          h.out = r.stdout;
        },
      };
      return h;
    };
    const jobs = jobsFor('auto', statSync(file).size, true); // what scan-command picks for this file at this load
    const load = loadavg()[0]!;
    const one = herald(['--jobs', '1']);
    const auto = herald([]);
    const [baseMs, oneMs, autoMs] = bestOf([() => execFileSync(process.execPath, ['-e', ONE_REGEX, file], { encoding: 'utf8' }), one.run, auto.run]) as [number, number, number];
    if (auto.out !== one.out) throw new Error('herald scan --jobs auto and --jobs 1 printed different reports');
    const rows = one.out.trim().split('\n').map((l) => JSON.parse(l) as { detector: string });
    const baseRate = size / (baseMs / 1000);
    const oneRate = size / (oneMs / 1000);
    const autoRate = size / (autoMs / 1000);
    console.log(`scan file: ${size.toFixed(1)} MB service log (nginx, JSON logs, stack traces, k8s events, SQL; ${secrets} planted secrets; ${rows.length} findings: ${[...new Set(rows.map((x) => x.detector))].sort().join(', ')})`);
    console.log(`scan file: one-regex line scan ${baseRate.toFixed(1)} MB/s`);
    console.log(`scan file: herald scan --jobs 1 (single-threaded) ${oneRate.toFixed(1)} MB/s, ratio ${(oneRate / baseRate).toFixed(2)}`);
    console.log(`scan file: herald scan default (--jobs auto = ${jobs} on ${availableParallelism()} CPUs, load ${load.toFixed(1)} at the start) ${autoRate.toFixed(1)} MB/s, ratio ${(autoRate / baseRate).toFixed(2)} (target >= 0.5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
