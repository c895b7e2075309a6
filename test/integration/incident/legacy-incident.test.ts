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
    // Rewrite it as the version before the last stored it: one `data` field with everything
    // (the last alert in full, the counters), the message state in one string `ts`.
    const key = `${h.prefix}:inc:${inc!.id}`;
    const { message: _m, copies, ...rest } = inc!;
    await h.app.redis.del(key);
    await h.app.redis.hset(key, 'data', JSON.stringify({ ...rest, ts, copies: copies.map((c: { channel: string }) => ({ channel: c.channel, ts: 'digest', digestId: 'dg-old' })) }), 'state', inc!.state, 'version', String(inc!.version));
    expect((await h.app.incidents.get(inc!.id))!.message).toEqual({ kind: 'posted', ts });
    expect((await h.app.incidents.get(inc!.id))!.alert.id).toBe(inc!.alert.id);

    expect((await h.webhook(incidentAlert(1, 1, { tag: 'legacy' }))).status).toBe(202);
    await eventually(async () => (await h.app.incidents.get(inc!.id))!.count === 2, 10_000, 'repeat counted');
    await idle(h.app);
    expect(topPosts(fake)).toHaveLength(1);
    expect(fake.callsOf('chat.update').some((c) => c.params.ts === ts)).toBe(true);
    const raw = JSON.parse((await h.app.redis.hget(key, 'data'))!);
    expect(raw.message).toEqual({ kind: 'posted', ts });
    expect(raw).not.toHaveProperty('ts');
    // Saved in the split layout: the last alert's summary and the counters beside `data`.
    expect(raw).not.toHaveProperty('alert');
    expect(raw).not.toHaveProperty('count');
    expect(await h.app.redis.hget(key, 'count')).toBe('2');
    expect(JSON.parse((await h.app.redis.hget(key, 'last'))!).id).toBe(incidentAlert(1, 1, { tag: 'legacy' }).id);
  });
});
