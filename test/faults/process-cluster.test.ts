/**
 * `herald serve --processes N`: a cluster primary whose N children run the role on one
 * port. Connections spread over the children, /metrics on any child sums every child's
 * counters (and reports the Redis-wide gauges once), a child that dies is replaced, SIGTERM
 * stops them all, and a start that cannot work fails once instead of restarting forever.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_SECRET, cleanupChildren, metricSum, runCli, spawnHerald, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { sleep } from './support';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One request on a fresh connection (so that the cluster hands it to the next child). */
function request(port: number, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false, headers: body ? { 'content-type': 'application/json', authorization: `Bearer ${CHILD_SECRET}` } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function childPids(h: ChildHerald, tries = 16): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < tries; i++) pids.add((JSON.parse((await request(h.port, 'GET', '/healthz')).text) as { pid: number }).pid);
  return pids;
}

let h: ChildHerald;
let prefix: string;

beforeAll(async () => {
  prefix = testPrefix('cluster');
  h = await spawnHerald({ role: 'web', processes: 2, config: writeTempConfig(), prefix, name: 'web×2' });
}, 60_000);
afterAll(async () => {
  await cleanupChildren();
  await deleteKeys(prefix);
});

describe('herald serve --processes 2', () => {
  it('hands connections to both children and sums their counters in /metrics', async () => {
    const pids = await childPids(h);
    expect(pids.size).toBe(2);
    expect(pids.has(h.proc.pid!)).toBe(false); // the primary serves nothing itself
    const sent = 24;
    for (let i = 0; i < sent; i++) {
      const r = await request(h.port, 'POST', '/webhooks/datadog', JSON.stringify({ id: `87901${String(i).padStart(14, '0')}`, title: `[Triggered] cluster ${i}` }));
      expect(r.status).toBe(202);
    }
    // Whichever child answers the scrape reports the whole cluster's count, and the
    // queue depth (read from Redis) once, not once per child.
    for (let i = 0; i < 3; i++) {
      const text = (await request(h.port, 'GET', '/metrics')).text;
      expect(metricSum(text, 'herald_webhooks_received_total', { outcome: 'accepted' })).toBe(sent);
      expect(metricSum(text, 'herald_queue_depth')).toBe(sent);
      expect(text.match(/^# TYPE herald_queue_depth /gm)?.length).toBe(1);
    }
  });

  it('replaces a child that dies and keeps accepting webhooks', async () => {
    const before = await childPids(h);
    const victim = [...before][0]!;
    process.kill(victim, 'SIGKILL');
    let now = new Set<number>();
    // A replacement starts a whole Node process: seconds on a loaded machine. Poll until then.
    const deadline = Date.now() + 50_000;
    while (Date.now() < deadline && !(now.size === 2 && !now.has(victim))) {
      await sleep(100);
      now = await childPids(h, 8).catch(() => new Set<number>());
    }
    expect(now.size).toBe(2);
    expect(now.has(victim)).toBe(false);
    expect(h.logs.some((l) => l.includes(`process ${victim} exited`))).toBe(true);
    const r = await request(h.port, 'POST', '/webhooks/datadog', JSON.stringify({ id: '8790199999999999999', title: '[Triggered] after restart' }));
    expect(r.status).toBe(202);
  }, 60_000);

  it('passes SIGHUP on to every child (each reloads its rules)', async () => {
    const before = h.logs.filter((l) => l.includes('rules reloaded on SIGHUP')).length;
    h.proc.kill('SIGHUP');
    for (let i = 0; i < 50 && h.logs.filter((l) => l.includes('rules reloaded on SIGHUP')).length < before + 2; i++) await sleep(100);
    expect(h.logs.filter((l) => l.includes('rules reloaded on SIGHUP')).length).toBe(before + 2);
  });

  it('stops the primary and every child on SIGTERM, exiting 0', async () => {
    const pids = await childPids(h);
    const code = new Promise<number | null>((r) => h.proc.once('exit', (c) => r(c)));
    h.proc.kill('SIGTERM');
    expect(await code).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('fails once, with the reason, when the children cannot start (no restart loop)', async () => {
    const r = await runCli(['serve', '--role', 'web', '--processes', '2'], {
      PORT: '0',
      REDIS_URL: 'redis://127.0.0.1:1',
      HERALD_CONFIG: writeTempConfig(),
      HERALD_WEBHOOK_SECRET: CHILD_SECRET,
      HERALD_REDIS_PREFIX: testPrefix('cluster-fail'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot reach Redis');
    expect(r.stderr).toContain('exited at startup');
    expect(r.stderr).not.toContain('starting another');
  }, 30_000);

  it('refuses a bad --processes value before starting anything', async () => {
    const r = await runCli(['serve', '--processes', 'lots'], { REDIS_URL });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--processes must be between 1 and 64, or auto');
  });
});
