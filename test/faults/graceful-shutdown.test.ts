import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { fixture } from '../helpers/fixtures';
import { cleanupChildren, spawnHerald, writeTempConfig } from '../helpers/child-herald';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await cleanupChildren();
  await fake.stop();
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes the running job, then exits 0', async () => {
    const prefix = testPrefix('shutdown');
    const child = await spawnHerald({
      config: writeTempConfig({ slack: { rate: { posts_per_sec: 50, post_burst: 50 } } }),
      prefix,
      env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl },
    });
    try {
      // Slack answers the post slowly: the job is still running when SIGTERM arrives.
      fake.script((c) => (c.method === 'chat.postMessage' ? { delayMs: 1_500 } : undefined));
      const r = await child.webhook(fixture('11'));
      expect(r.status).toBe(202);
      await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 10_000);
      const exited = new Promise<number | null>((resolve) => child.proc.once('exit', (code) => resolve(code)));
      child.proc.kill('SIGTERM');
      // No longer accepting connections (soon after the signal; the job still runs).
      await eventually(() => fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(() => false, () => true), 5_000, 'the server closed');
      expect(await exited).toBe(0);
      expect(child.logs.join('\n')).toContain('herald stopped');
      // The job finished: the incident was saved with the Slack ts before exit.
      const { default: Redis } = await import('ioredis');
      const redis = new Redis();
      const ids = await redis.zrange(`${prefix}:inc:index`, 0, -1);
      expect(ids).toHaveLength(1);
      const inc = JSON.parse((await redis.hget(`${prefix}:inc:${ids[0]}`, 'data'))!);
      expect(inc.message).toMatchObject({ kind: 'posted', ts: expect.stringMatching(/^\d+\.\d+$/) });
      redis.disconnect();
    } finally {
      await deleteKeys(prefix);
    }
  }, 60_000);
});
