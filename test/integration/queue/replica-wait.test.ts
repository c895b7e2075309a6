/**
 * ReplicaWait against a test-owned master and replica: a write confirmed is on the replica;
 * with the replica gone the first confirm fails (the caller answers 503) and the next ones
 * pass without waiting (no replica left to wait for).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplicaWait } from '../../../src/queue/replica-wait';
import { cleanupChildren, freePort, ping, tempDir } from '../../helpers/child-herald';
import { eventually } from '../../helpers/start-herald';

const procs: ChildProcess[] = [];
let master: Redis;
let replica: Redis;
let replicaProc: ChildProcess;

beforeAll(async () => {
  const [mp, rp] = await Promise.all([freePort(), freePort()]);
  const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  procs.push(spawn('redis-server', ['--port', String(mp), '--dir', tempDir('rw-master'), ...common], { stdio: 'ignore' }));
  replicaProc = spawn('redis-server', ['--port', String(rp), '--dir', tempDir('rw-replica'), ...common, '--replicaof', '127.0.0.1', String(mp)], { stdio: 'ignore' });
  procs.push(replicaProc);
  await eventually(async () => (await ping(mp)) && (await ping(rp)), 15_000, 'both servers up');
  master = new Redis(mp);
  replica = new Redis(rp, { retryStrategy: () => null });
  replica.on('error', () => undefined);
  await eventually(async () => /master_link_status:up/.test(await replica.info('replication')), 15_000, 'replica in sync');
}, 30_000);

afterAll(async () => {
  master?.disconnect();
  replica?.disconnect();
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await cleanupChildren();
});

describe('ReplicaWait', () => {
  it('confirms a write once the replica has it', async () => {
    const w = new ReplicaWait(master, 1_000);
    await master.set('rw:key', 'v1');
    expect(await w.confirm()).toBe(true);
    expect(await replica.get('rw:key')).toBe('v1');
  });

  it('fails once when the replica is gone, then confirms without waiting', async () => {
    let now = 0;
    const w = new ReplicaWait(master, 100, () => now);
    expect(await w.confirm()).toBe(true); // replica counted: 1
    const gone = new Promise((r) => replicaProc.once('exit', r));
    replicaProc.kill('SIGKILL');
    await gone;
    await eventually(async () => /connected_slaves:0/.test(await master.info('replication')), 10_000, 'master sees no replica');
    await master.set('rw:key', 'v2');
    expect(await w.confirm()).toBe(false);
    const t0 = Date.now();
    expect(await w.confirm()).toBe(true);
    now += 500;
    expect(await w.confirm()).toBe(true);
    expect(Date.now() - t0).toBeLessThan(100); // no WAIT timeout spent
  });
});
