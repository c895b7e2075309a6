import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { startHerald, eventually, type TestHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { alertBody } from './payload';

// Issue 14 item 1: `group_by` regroups at runtime. The shipped rules' `rate-limited` route
// says `group_by: [service, tags.integration]`: two monitors of one service rate-limited by
// one provider make one incident and one post; a recovery whose text no longer matches the
// route still closes that incident.
let fake: FakeSlack;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'group', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

const posts = () => fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts);
const RATE = 'Stripe answered 429 Too Many Requests (rate limited)';

describe('group_by at runtime', () => {
  it('two monitors of one service on a group_by route make one incident and one post', async () => {
    const a = alertBody({ id: '7100000000000000001', monitor: '71000001', text: RATE, tags: ['integration:stripe'] });
    const b = alertBody({ id: '7100000000000000002', monitor: '71000002', text: RATE, tags: ['integration:stripe'] });
    expect((await h.webhook(a)).status).toBe(202);
    await fake.waitFor(() => posts().length === 1);
    expect((await h.webhook(b)).status).toBe(202);
    await idle(h.app);
    expect(posts()).toHaveLength(1);
    const incs = (await h.app.incidents.list()).filter((i) => i.service === 'invoice-api');
    expect(incs).toHaveLength(1);
    expect(incs[0].count).toBe(2);
    expect(incs[0].fingerprint).toMatch(/^g-[0-9a-f]{32}$/);
    // No raw alert value in any Redis key of this app.
    const keys = await h.app.redis.keys(`${h.prefix}*`);
    expect(keys.filter((k) => /invoice|stripe/i.test(k))).toEqual([]);

    // Monitor 2 recovers with a text the rate-limit route does not match: it still closes the incident, quietly.
    const rec = alertBody({ id: '7100000000000000003', monitor: '71000002', transition: 'Recovered', text: 'back to normal', tags: ['integration:stripe'] });
    expect((await h.webhook(rec)).status).toBe(202);
    await eventually(async () => (await h.app.incidents.get(incs[0].id))?.state === 'resolved', 10_000, 'grouped incident resolved');
    await idle(h.app);
    expect(posts()).toHaveLength(1);
  });

  it('another provider of the same service is another incident', async () => {
    const before = posts().length;
    const c = alertBody({ id: '7100000000000000004', monitor: '71000003', text: RATE, tags: ['integration:hubspot'] });
    expect((await h.webhook(c)).status).toBe(202);
    await fake.waitFor(() => posts().length === before + 1);
  });
});
