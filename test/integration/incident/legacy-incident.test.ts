/**
 * An upgrade: incidents saved by the previous version (message state in one string `ts`) are
 * still in Redis. The worker must keep updating their messages in place, not post new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { incidentAlert, topPosts } from '../../faults/support';

let fake: FakeSlack;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'legacy-inc', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h?.stop();
  await fake.stop();
});

describe('an incident stored by the previous version', () => {
  it('is read, updated in place on a repeat, and saved in the new form', async () => {
    expect((await h.webhook(incidentAlert(1, 0, { tag: 'legacy' }))).status).toBe(202);
    await eventually(async () => (await h.app.incidents.list())[0]?.message.kind === 'posted', 10_000, 'first post stored');
    await idle(h.app);
    const [inc] = await h.app.incidents.list();
    const ts = topPosts(fake)[0]!.response!.ts as string;
    // Rewrite it as the previous version stored it.
    const key = `${h.prefix}:inc:${inc!.id}`;
    const stored = JSON.parse((await h.app.redis.hget(key, 'data'))!);
    const { message: _m, copies, ...rest } = stored;
    await h.app.redis.hset(key, 'data', JSON.stringify({ ...rest, ts, copies: copies.map((c: { channel: string }) => ({ channel: c.channel, ts: 'digest', digestId: 'dg-old' })) }));
    expect((await h.app.incidents.get(inc!.id))!.message).toEqual({ kind: 'posted', ts });

    expect((await h.webhook(incidentAlert(1, 1, { tag: 'legacy' }))).status).toBe(202);
    await eventually(async () => (await h.app.incidents.get(inc!.id))!.count === 2, 10_000, 'repeat counted');
    await idle(h.app);
    expect(topPosts(fake)).toHaveLength(1);
    expect(fake.callsOf('chat.update').some((c) => c.params.ts === ts)).toBe(true);
    const raw = JSON.parse((await h.app.redis.hget(key, 'data'))!);
    expect(raw.message).toEqual({ kind: 'posted', ts });
    expect(raw).not.toHaveProperty('ts');
  });
});
