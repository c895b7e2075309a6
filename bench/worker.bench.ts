/**
 * Worker bench: CPU per alert through the worker's stages (classify → … → notify), without
 * HTTP or the load driver, so that the figure holds on a busy machine. The load bench's
 * alerts (normalized and scanned as ingest does) are queued first; then a worker-only Herald
 * with dry-run Slack drains them. Cases:
 *
 * - repeats: 100 incidents are opened first (not measured; storm mode off, each posted), the
 *   worker stops, 4,000 repeats are queued and a fresh worker drains them: CPU per repeat of
 *   an open incident (the common case in a flapping or noisy monitor);
 * - new: 1,000 first alerts of 1,000 incidents, storm mode off (each posted): CPU per new alert;
 * - storm: 10,000 alerts over 1,000 incidents (storm mode on: most fold into digests), all
 *   queued before the worker starts: drain time and alerts/s.
 *
 * `BENCH_WORKER_PROFILE=<dir>` writes a CPU profile of each measured drain (only the drain:
 * not the setup, not the seeding) to `<dir>/worker-<case>.cpuprofile`.
 *
 * `BENCH_HERALD_DIST=<dir>` measures another build (its `dist`), e.g. the previous commit's,
 * with the same alerts (and its own checkout's config/rules.yaml when `<dir>/..` has one);
 * `BENCH_WORKER_BEFORE=<dir>` runs every case on that build too and
 * prints both; `BENCH_WORKER_ROUNDS=n` (default 1) runs each case n times, before and after
 * alternately, and prints the best of each (the machine is shared: the least disturbed
 * round is the fairest). `BENCH_WORKER_CASES=repeats,new,storm` picks cases.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HeraldApp } from '../src/app';
import type { Alert } from '../src/alert/alert';
import type { Config } from '../src/config/config';
import { incidentTemplate } from './support/load-payloads';

const ROOT = path.resolve(__dirname, '..', '..');

/** The modules the bench needs, from this build or another. */
function modules(dist: string) {
  return {
    buildApp: (require(path.join(dist, 'src/app.js')) as typeof import('../src/app')).buildApp,
    loadConfig: (require(path.join(dist, 'src/config/load-config.js')) as typeof import('../src/config/load-config')).loadConfig,
    normalizeDatadog: (require(path.join(dist, 'src/alert/normalize.js')) as typeof import('../src/alert/normalize')).normalizeDatadog,
    scan: require(path.join(dist, 'src/scan/index.js')) as typeof import('../src/scan'),
  };
}

/** One measured drain. */
export interface WorkerFigure {
  name: string;
  alerts: number;
  seconds: number;
  cpuUsPerAlert: number;
  outcomes: string;
}

/** A case: alerts to seed (processed first, not measured) and alerts to measure, as incident numbers. */
interface Case {
  name: string;
  seed: number[];
  measured: number[];
  storm: boolean;
}

/** Queue alerts for incidents `incs` (job ids from `first`). */
async function queueAlerts(m: ReturnType<typeof modules>, app: HeraldApp, incs: number[], first: number): Promise<void> {
  const scanner = m.scan.createScanner();
  const now = Date.now();
  const pending: Promise<unknown>[] = [];
  for (let k = 0; k < incs.length; k++) {
    const id = `wb-${first + k}`;
    const body = JSON.parse(incidentTemplate(incs[k]!).replace('__ID__', id)) as Record<string, unknown>;
    const alert: Alert = m.scan.scanAlert(scanner, m.normalizeDatadog(body, { now }));
    pending.push(app.queue.add({ kind: 'alert', alert }, { jobId: `alert:${id}` }));
    if (pending.length >= 200) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
}

/** Start a worker on the prefix, wait until `n` alerts are processed; CPU and time of that. */
async function drain(m: ReturnType<typeof modules>, config: Config, queue: (app: HeraldApp) => Promise<void>, n: number, profile?: string): Promise<Omit<WorkerFigure, 'name'>> {
  const app: HeraldApp = await m.buildApp({ config, role: 'worker', logSink: () => undefined });
  try {
    await queue(app);
    const processed = async () => (await app.metrics.alertsProcessed.get()).values.reduce((s, v) => s + v.value, 0);
    const stopProfile = profile ? await startProfile() : null;
    const cpu0 = process.cpuUsage();
    const t0 = Date.now();
    await app.start();
    while ((await processed()) < n) await new Promise((r) => setTimeout(r, 20));
    const cpu = process.cpuUsage(cpu0);
    if (stopProfile && profile) await stopProfile(profile);
    const seconds = (Date.now() - t0) / 1000;
    // Let background message updates finish before the app stops (not part of the drain).
    const outcomes = (await app.metrics.alertsProcessed.get()).values.filter((v) => v.value > 0).map((v) => `${v.labels.outcome}=${v.value}`);
    return { alerts: n, seconds, cpuUsPerAlert: (cpu.user + cpu.system) / n, outcomes: outcomes.join(' ') };
  } finally {
    await app.stop();
  }
}

/** Start the V8 CPU profiler in this process; the function returned stops it and writes the profile. */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import('node:inspector');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async (file) => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    session.disconnect();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
  };
}

/**
 * The checkout whose `config/` a build runs with: its own (`<dist>/..`) when it has one, so
 * that an older build gets the rules file it can read (a later `owner` channel, say), else
 * this checkout's.
 */
function configRoot(dist: string): string {
  const own = path.resolve(dist, '..');
  return existsSync(path.join(own, 'config/rules.yaml')) && existsSync(path.join(own, 'config/herald.yaml')) ? own : ROOT;
}

/** Run one case on the build in `dist`. */
async function measure(dist: string, c: Case): Promise<WorkerFigure> {
  const m = modules(dist);
  const root = configRoot(dist);
  const config: Config = m.loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', LOG_LEVEL: 'error', PORT: '0', HERALD_CONFIG: path.join(root, 'config/herald.yaml') } });
  config.redis.prefix = `bench-worker:${process.pid}:${Date.now().toString(36)}`;
  config.server.port = 0;
  config.rules.file = path.join(root, 'config/rules.yaml');
  if (!c.storm) config.slack.storm.threshold = 1_000_000;
  try {
    if (c.seed.length) await drain(m, config, (app) => queueAlerts(m, app, c.seed, 1_000_000), c.seed.length);
    const dir = process.env.BENCH_WORKER_PROFILE;
    const f = await drain(m, config, (app) => queueAlerts(m, app, c.measured, 0), c.measured.length, dir ? path.join(dir, `worker-${c.name}.cpuprofile`) : undefined);
    return { name: c.name, ...f };
  } finally {
    await deleteKeys(`${config.redis.prefix}*`);
  }
}

/** Delete the case's keys (app.stop closed its connection: a fresh one). */
async function deleteKeys(pattern: string): Promise<number> {
  const { default: Redis } = await import('ioredis');
  const r = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let n = 0;
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) n += await r.del(...keys);
  } while (cursor !== '0');
  r.disconnect();
  return n;
}

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

/** The cases, by name. */
function cases(): Case[] {
  const all: Case[] = [
    { name: 'repeats', seed: range(100, (i) => i), measured: range(4_000, (i) => i % 100), storm: false },
    { name: 'new', seed: [], measured: range(1_000, (i) => 1_000 + i), storm: false },
    { name: 'storm', seed: [], measured: range(10_000, (i) => 3_000 + ((i * 7) % 1_000)), storm: true },
  ];
  const pick = (process.env.BENCH_WORKER_CASES ?? 'repeats,new,storm').split(',').map((x) => x.trim());
  return all.filter((c) => pick.includes(c.name));
}

const TITLES: Record<string, string> = {
  repeats: 'repeats of 100 open incidents',
  new: 'new incidents (storm off)',
  storm: 'storm: 1,000 incidents',
};

/** The best of several rounds: least CPU per alert, shortest drain (each from its own round). */
function best(fs: WorkerFigure[]): WorkerFigure {
  const cpu = fs.reduce((x, y) => (y.cpuUsPerAlert < x.cpuUsPerAlert ? y : x));
  const fast = fs.reduce((x, y) => (y.seconds < x.seconds ? y : x));
  return { ...cpu, seconds: fast.seconds };
}

function line(label: string, f: WorkerFigure): string {
  const rate = f.alerts / f.seconds;
  return `  ${label.padEnd(8)} ${TITLES[f.name]!.padEnd(30)} ${String(f.alerts).padStart(6)} alerts in ${f.seconds.toFixed(1).padStart(5)} s (${rate.toFixed(0).padStart(5)} alerts/s), ${f.cpuUsPerAlert.toFixed(0).padStart(5)} µs CPU per alert (${f.outcomes})`;
}

/** Run the cases (worker CPU per alert, one process); with BENCH_WORKER_BEFORE, also on that build. */
export async function run(): Promise<WorkerFigure[]> {
  const dist = process.env.BENCH_HERALD_DIST ? path.resolve(process.env.BENCH_HERALD_DIST) : path.resolve(__dirname, '..');
  const before = process.env.BENCH_WORKER_BEFORE ? path.resolve(process.env.BENCH_WORKER_BEFORE) : null;
  console.log(`worker bench — build ${dist}${before ? ` (before: ${before})` : ''}, ${os.cpus().length} cores, load avg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const rounds = Math.max(1, Number(process.env.BENCH_WORKER_ROUNDS) || 1);
  const out: WorkerFigure[] = [];
  for (const c of cases()) {
    const b: WorkerFigure[] = [];
    const a: WorkerFigure[] = [];
    for (let r = 0; r < rounds; r++) {
      if (before) b.push(await measure(before, c));
      if (before && rounds > 1) console.log(line(`before${r + 1}`, b.at(-1)!));
      a.push(await measure(dist, c));
      if (rounds > 1) console.log(line(`${before ? 'after' : 'round'}${r + 1}`, a.at(-1)!));
    }
    if (before) console.log(line(rounds > 1 ? 'before*' : 'before', best(b)));
    out.push(best(a));
    console.log(line(before ? (rounds > 1 ? 'after*' : 'after') : rounds > 1 ? 'best' : '', best(a)));
  }
  return out;
}

if (require.main === module) {
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
