/**
 * `queue.worker_nice` / HERALD_WORKER_NICE: a `--role worker` process lowers its own CPU
 * priority (so the web processes on the same host keep the CPU during a burst); other roles
 * ignore it and say so.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupChildren, spawnHerald, writeTempConfig } from '../helpers/child-herald';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';

const prefix = testPrefix('nice');
afterAll(async () => {
  await cleanupChildren();
  await deleteKeys(prefix);
});

/** A process's niceness, from /proc (field 19 of stat). */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('queue.worker_nice', () => {
  it('lowers the priority of a worker process', async () => {
    const w = await spawnHerald({ role: 'worker', config: writeTempConfig(), prefix, env: { HERALD_WORKER_NICE: '7' } });
    expect(niceOf(w.proc.pid!)).toBe(Math.max(7, niceOf(process.pid)));
    expect(w.logs.some((l) => l.includes('worker runs at lower CPU priority'))).toBe(true);
  });

  it('leaves a web process alone, with a warning', async () => {
    const web = await spawnHerald({ role: 'web', config: writeTempConfig({ queue: { worker_nice: 7 } }), prefix });
    expect(niceOf(web.proc.pid!)).toBe(niceOf(process.pid));
    expect(web.logs.some((l) => l.includes('applies to `serve --role worker` only'))).toBe(true);
  });
});
