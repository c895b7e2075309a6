/**
 * A Redis Sentinel failover under load. The test owns its Redis: a master, a replica and
 * three sentinels on spare ports (temp dirs, killed in afterAll). A web and a worker Herald
 * find the master through the sentinels; webhooks for distinct incidents keep arriving
 * (each retried on 503 or a dropped connection, as Datadog does) while the master is
 * SIGKILLed. Herald answers 503 and fails /readyz while Redis is away, follows the promoted
 * replica by itself, and every webhook it answered 202 ends in exactly one Slack post.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, freePort, ping, spawnHerald, tempDir, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { FakeSlack } from '../helpers/fake-slack';
import { eventually } from '../helpers/start-herald';
import { incidentAlert, incidentOf, postsByIncidentChannel, postedIncidents, slackEnv, sleep } from './support';

const MASTER = 'herald-test';
const N = 150;
const owned: ChildProcess[] = [];

function startServer(args: string[]): ChildProcess {
  const p = spawn('redis-server', args, { stdio: 'ignore' });
  owned.push(p);
  return p;
}

async function untilPing(port: number): Promise<void> {
  await eventually(() => ping(port), 15_000, `redis on ${port}`);
}

let master: { port: number; proc: ChildProcess };
let replicaPort: number;
let sentinelPorts: number[];
let slack: FakeSlack;
let web: ChildHerald;
let worker: ChildHerald;

beforeAll(async () => {
  const [mp, rp, ...sp] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  replicaPort = rp;
  sentinelPorts = sp;
  const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  master = { port: mp, proc: startServer(['--port', String(mp), '--dir', tempDir('master'), ...common]) };
  startServer(['--port', String(rp), '--dir', tempDir('replica'), ...common, '--replicaof', '127.0.0.1', String(mp)]);
  await Promise.all([untilPing(mp), untilPing(rp)]);
  for (const port of sp) {
    const dir = tempDir('sentinel');
    const conf = path.join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [`port ${port}`, 'bind 127.0.0.1', `dir ${dir}`, `sentinel monitor ${MASTER} 127.0.0.1 ${mp} 2`, `sentinel down-after-milliseconds ${MASTER} 1000`, `sentinel failover-timeout ${MASTER} 10000`, `sentinel parallel-syncs ${MASTER} 1`, ''].join('\n'),
    );
    startServer([conf, '--sentinel']);
  }
  await Promise.all(sp.map(untilPing));
  // Ready for a failover: the replica is in sync and every sentinel knows it and the others.
  const m = new Redis(mp);
  await eventually(async () => /master_link_status:up/.test(await new Redis(rp).info('replication').then((i) => i)), 15_000, 'replica in sync');
  m.disconnect();
  for (const port of sp) {
    const s = new Redis(port);
    await eventually(async () => {
      const replicas = (await s.call('SENTINEL', 'REPLICAS', MASTER)) as string[][];
      const sentinels = (await s.call('SENTINEL', 'SENTINELS', MASTER)) as string[][];
      return replicas.length === 1 && sentinels.length === 2;
    }, 20_000, `sentinel ${port} sees the replica and the other sentinels`);
    s.disconnect();
  }
  slack = await new FakeSlack().start();
  const config = writeTempConfig({ queue: { backoff: '100ms', stalled_interval: '1s', lock_duration: '5s' }, slack: { rate: { posts_per_sec: 100, post_burst: 100, updates_per_sec: 100, update_burst: 100, global_per_sec: 1000 }, storm: { threshold: 1000 } } });
  const env = {
    ...slackEnv(slack),
    LOG_LEVEL: 'warn',
    REDIS_URL: undefined,
    REDIS_SENTINELS: sp.map((p) => `127.0.0.1:${p}`).join(','),
    REDIS_SENTINEL_MASTER: MASTER,
  };
  [web, worker] = await Promise.all([spawnHerald({ role: 'web', config, prefix: 'herald-fo', env, name: 'web' }), spawnHerald({ role: 'worker', config, prefix: 'herald-fo', env, name: 'worker' })]);
}, 120_000);

afterAll(async () => {
  await cleanupChildren();
  await slack?.stop();
  await Promise.all(
    owned.map(
      (p) =>
        new Promise<void>((res) => {
          if (p.exitCode !== null || p.signalCode !== null) return res();
          p.once('exit', () => res());
          p.kill('SIGKILL');
        }),
    ),
  );
});

/** Send one alert until Herald answers 202, as Datadog retries; counts the 503s seen. */
async function deliver(k: number, seen: { s503: number; other: number }): Promise<void> {
  for (;;) {
    try {
      const r = await web.webhook(incidentAlert(k, 0, { tag: 'fo' }), { timeoutMs: 10_000 });
      if (r.status === 202) return;
      if (r.status === 503) seen.s503++;
      else seen.other++;
    } catch {
      seen.other++;
    }
    await sleep(250);
  }
}

describe('Redis Sentinel failover under load', () => {
  it('503 and /readyz failing while the master is gone, then resumes on the promoted replica: nothing lost, nothing posted twice', async () => {
    const seen = { s503: 0, other: 0 };
    const ready: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        ready.push(await fetch(`${web.url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 0));
        await sleep(100);
      }
    })();
    const sends: Promise<void>[] = [];
    let killedAt = 0;
    for (let k = 1; k <= N; k++) {
      sends.push(deliver(k, seen));
      if (k === Math.floor(N / 3)) {
        master.proc.kill('SIGKILL');
        killedAt = Date.now();
      }
      await sleep(40);
    }
    const progress = setInterval(() => console.info(`progress: 503s ${seen.s503}, other ${seen.other}, posted ${postedIncidents(slack).size}, ready ${ready.slice(-3).join(',')}`), 5_000);
    try {
      await Promise.race([Promise.all(sends), sleep(60_000).then(() => Promise.reject(new Error('webhooks not all accepted within 60 s of the last send')))]);
      await eventually(() => postedIncidents(slack).size >= N, 60_000, `${N} incidents posted (have ${postedIncidents(slack).size})`);
    } catch (e) {
      console.info(`web logs:\n${web.logs.slice(-30).join('\n')}\nworker logs:\n${worker.logs.slice(-30).join('\n')}`);
      throw e;
    } finally {
      clearInterval(progress);
    }
    const acceptedMs = Date.now() - killedAt;
    polling = false;
    await poller;
    const per = postsByIncidentChannel(slack);
    expect([...per.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...postedIncidents(slack)].filter((k) => k < 1 || k > N)).toEqual([]);
    expect(postedIncidents(slack).size).toBe(N);
    // The promoted replica is the master now, and Herald followed it.
    const s = new Redis(sentinelPorts[0]);
    const addr = (await s.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', MASTER)) as string[];
    s.disconnect();
    expect(Number(addr[1])).toBe(replicaPort);
    expect(seen.s503).toBeGreaterThan(0);
    expect(ready).toContain(503);
    expect(ready.at(-1)).toBe(200);
    const lastPost = Math.max(...slack.callsOf('chat.postMessage').map((c) => c.at));
    console.info(`sentinel failover: ${N} incidents, master killed after ${Math.floor(N / 3)}; webhook 503s ${seen.s503}, other failures ${seen.other}; all 202 ${acceptedMs} ms after the kill; /readyz 503 polls ${ready.filter((x) => x !== 200).length}; last post ${lastPost - killedAt} ms after the kill; posts ${slack.callsOf('chat.postMessage').length}; incident ${incidentOf(slack.callsOf('chat.postMessage')[0])} first`);
  }, 180_000);
});
