/**
 * Escalation bench: are steps on time, and what does one cost? A worker-only Herald with
 * dry-run Slack and rules whose policy has three steps (after 1s, 2s, 3s) takes `n` new
 * incidents at once; every step fires from its delayed queue job. Reported: how late steps
 * ran after their due time (p50, p99, max), how many ran (each exactly once), and the worker's
 * CPU per step (the incidents' own processing included).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HeraldApp } from '../src/app';
import type { Alert } from '../src/alert/alert';
import type { Config } from '../src/config/config';
import type { Incident } from '../src/incident/incident';

const ROOT = path.resolve(__dirname, '..', '..');
const STEPS_MS = [1_000, 2_000, 3_000];
const RULES = `routes:
  - severity: critical
    escalation:
${STEPS_MS.map((ms, i) => `      - after: ${ms}ms\n        mention: ["<@U0STEP000${i + 1}>"]`).join('\n')}
`;

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

async function measure(n: number): Promise<void> {
  const { buildApp } = require(path.join(ROOT, 'dist/src/app.js')) as typeof import('../src/app');
  const { loadConfig } = require(path.join(ROOT, 'dist/src/config/load-config.js')) as typeof import('../src/config/load-config');
  const { normalizeDatadog } = require(path.join(ROOT, 'dist/src/alert/normalize.js')) as typeof import('../src/alert/normalize');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-esc-bench-'));
  writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  const config: Config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', LOG_LEVEL: 'error', PORT: '0', HERALD_CONFIG: path.join(ROOT, 'config/herald.yaml') } });
  config.redis.prefix = `bench-esc:${process.pid}:${Date.now().toString(36)}`;
  config.rules = { file: path.join(dir, 'rules.yaml'), watch: false };
  config.slack.storm.threshold = 1_000_000;
  const app: HeraldApp = await buildApp({ config, role: 'worker', logSink: () => undefined });
  try {
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const alert: Alert = normalizeDatadog({ id: `eb-${i}`, title: `[Triggered] bench incident ${i}`, body: 'x', alert_transition: 'Triggered', service: `svc-${i}`, alert: { id: String(90_000_000 + i) } }, { now });
      await app.queue.add({ kind: 'alert', alert }, { jobId: `alert:eb-${i}` });
    }
    const cpu0 = process.cpuUsage();
    const t0 = Date.now();
    await app.start();
    const steps = async () => (await app.metrics.escalations.get()).values.reduce((s, v) => s + v.value, 0);
    const last = STEPS_MS.length;
    let incidents: Incident[] = [];
    while (Date.now() - t0 < 120_000) {
      incidents = await app.incidents.list({ limit: n });
      if (incidents.length === n && incidents.every((i) => i.escalation?.fired[last] === 1)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const cpu = process.cpuUsage(cpu0);
    const late: number[] = [];
    let ran = 0;
    for (const inc of incidents) {
      const p = inc.escalation!;
      for (const h of inc.history) {
        const m = /^escalation step (\d) of/.exec(h.what);
        if (!m) continue;
        ran++;
        late.push(h.at - (p.startedAt + STEPS_MS[Number(m[1]) - 1]));
      }
    }
    late.sort((a, b) => a - b);
    const total = await steps();
    console.log(
      `  ${String(n).padStart(4)} incidents × ${STEPS_MS.length} steps: ${total} steps run (${ran} recorded, expected ${n * STEPS_MS.length}), ` +
        `late by p50 ${pct(late, 50)} ms, p99 ${pct(late, 99)} ms, max ${late[late.length - 1] ?? 0} ms; ` +
        `${((cpu.user + cpu.system) / 1000 / Math.max(1, total)).toFixed(2)} ms CPU per step (incidents included), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  } finally {
    await app.stop();
    const { default: Redis } = await import('ioredis');
    const r = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${config.redis.prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
    r.disconnect();
  }
}

/** Run the bench: 100 and 500 incidents. */
export async function run(): Promise<void> {
  console.log(`escalation bench — load avg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  await measure(100);
  await measure(500);
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
