/**
 * Worker bench: CPU per alert through the worker's stages (classify → … → notify), without
 * HTTP or the load driver, so that the figure holds on a busy machine. The load bench's
 * alerts (normalized and scanned as ingest does) are queued first; then a worker-only Herald
 * with dry-run Slack drains them. Three cases: repeats of 100 incidents (storm mode folds most
 * new incidents into digests), 500 incidents × 4 with storm mode off (posts and in-place
 * updates), 3,000 new incidents (the storm path). `BENCH_HERALD_DIST=<dir>` measures another
 * build (its `dist`), e.g. the previous commit's, with the same alerts.
 */
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

/** One case: `n` alerts over `incidents` incidents, with or without storm mode. */
async function measure(dist: string, name: string, n: number, incidents: number, storm: boolean): Promise<void> {
  const m = modules(dist);
  const config: Config = m.loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', LOG_LEVEL: 'error', PORT: '0', HERALD_CONFIG: path.join(ROOT, 'config/herald.yaml') } });
  config.redis.prefix = `bench-worker:${process.pid}:${Date.now().toString(36)}`;
  config.server.port = 0;
  config.rules.file = path.join(ROOT, 'config/rules.yaml');
  if (!storm) config.slack.storm.threshold = 1_000_000;
  const app: HeraldApp = await m.buildApp({ config, role: 'worker', logSink: () => undefined });
  try {
    const scanner = m.scan.createScanner();
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const body = JSON.parse(incidentTemplate(i % incidents).replace('__ID__', `wb-${i}`)) as Record<string, unknown>;
      const alert: Alert = m.scan.scanAlert(scanner, m.normalizeDatadog(body, { now }));
      await app.queue.add({ kind: 'alert', alert }, { jobId: `alert:wb-${i}` });
    }
    const processed = async () => (await app.metrics.alertsProcessed.get()).values.reduce((s, v) => s + v.value, 0);
    const cpu0 = process.cpuUsage();
    const t0 = Date.now();
    await app.start();
    while ((await processed()) < n) await new Promise((r) => setTimeout(r, 20));
    const cpu = process.cpuUsage(cpu0);
    const outcomes = (await app.metrics.alertsProcessed.get()).values.filter((v) => v.value > 0).map((v) => `${v.labels.outcome}=${v.value}`);
    const us = (cpu.user + cpu.system) / n;
    console.log(`  ${name.padEnd(36)} ${String(n).padStart(5)} alerts in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${us.toFixed(0)} µs CPU per alert (${outcomes.join(' ')})`);
  } finally {
    await app.stop();
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

/** Run the three cases (worker CPU per alert, one process). */
export async function run(): Promise<void> {
  const dist = process.env.BENCH_HERALD_DIST ? path.resolve(process.env.BENCH_HERALD_DIST) : path.resolve(__dirname, '..');
  console.log(`worker bench — build ${dist}, load avg ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  await measure(dist, 'repeats: 4,000 alerts, 100 incidents', 4_000, 100, true);
  await measure(dist, 'no storm: 2,000 alerts, 500 incidents', 2_000, 500, false);
  await measure(dist, 'storm: 3,000 new incidents', 3_000, 3_000, true);
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
