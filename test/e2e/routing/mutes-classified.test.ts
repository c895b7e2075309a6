import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { adminApi, ADMIN } from './api';
import { alertBody } from './payload';

// Issue 14 items 3 and 4: a recovery closes its incident whatever mutes say (quietly), and
// mutes match after classification, on the severity the rules gave.
let fake: FakeSlack;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'mute-cls', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, HERALD_ADMIN_TOKEN: ADMIN } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

const posts = () => fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts);
const mute = async (matchers: Record<string, unknown>) => {
  const r = await adminApi(h.url, 'POST', '/api/mutes', { matchers, duration: '1h', reason: 'maintenance' });
  expect(r.status).toBe(201);
  return r.json.mute.id as string;
};

describe('mutes and recoveries', () => {
  it('a recovery closes its open incident although a mute now matches its monitor: message updated, nothing new posted', async () => {
    const body = alertBody({ id: '7300000000000000001', monitor: '73000001', service: 'mute-rec' });
    expect((await h.webhook(body)).status).toBe(202);
    await fake.waitFor(() => posts().length === 1);
    await eventually(async () => (await h.app.incidents.list()).some((i) => i.monitorId === '73000001' && i.message.kind === 'posted'), 5_000, 'posted incident');
    await mute({ monitor_id: '73000001' });
    const updatesBefore = fake.callsOf('chat.update').length;

    // While muted, a repeat is muted…
    expect((await h.webhook(alertBody({ id: '7300000000000000002', monitor: '73000001', service: 'mute-rec' }))).status).toBe(202);
    // …but the recovery closes the incident.
    expect((await h.webhook(alertBody({ id: '7300000000000000003', monitor: '73000001', service: 'mute-rec', transition: 'Recovered' }))).status).toBe(202);
    await eventually(async () => (await h.app.incidents.list()).find((i) => i.monitorId === '73000001')?.state === 'resolved', 10_000, 'incident resolved');
    await idle(h.app);
    const inc = (await h.app.incidents.list()).find((i) => i.monitorId === '73000001')!;
    expect(inc.count).toBe(1);
    expect(posts()).toHaveLength(1);
    const updates = fake.callsOf('chat.update').slice(updatesBefore);
    expect(updates.some((u) => u.params.ts === posts()[0].response?.ts)).toBe(true);
    expect((await h.app.journal.list({ kind: 'muted' })).map((e) => e.alertId)).toEqual(['7300000000000000002']);
  });

  it('a recovery with no open incident stays muted', async () => {
    await mute({ monitor_id: '73000009' });
    expect((await h.webhook(alertBody({ id: '7300000000000000009', monitor: '73000009', service: 'mute-rec', transition: 'Recovered' }))).status).toBe(202);
    await eventually(async () => (await h.app.journal.list({ kind: 'muted' })).some((e) => e.alertId === '7300000000000000009'), 10_000, 'journal entry');
    expect((await h.app.incidents.list()).some((i) => i.monitorId === '73000009')).toBe(false);
  });

  it("a mute's severity matcher sees the severity the rules gave, not the priority's default", async () => {
    // P3 is medium by default; the shipped `integration-auth-failure` route makes a 401 high.
    const auth = (id: string, monitor: string) => alertBody({ id, monitor, service: 'mute-sev', text: 'Stripe answered 401 Unauthorized', tags: ['integration:stripe'] });
    const medium = await mute({ service: 'mute-sev', severity: 'medium' });
    const before = posts().length;
    expect((await h.webhook(auth('7300000000000000011', '73000011'))).status).toBe(202);
    await fake.waitFor(() => posts().length === before + 1);
    expect((await h.app.incidents.list()).find((i) => i.monitorId === '73000011')?.severity).toBe('high');
    expect((await adminApi(h.url, 'DELETE', `/api/mutes/${medium}`)).status).toBe(200);

    const high = await mute({ service: 'mute-sev', severity: 'high' });
    expect((await h.webhook(auth('7300000000000000012', '73000012'))).status).toBe(202);
    await eventually(async () => (await h.app.journal.list({ kind: 'muted' })).some((e) => e.alertId === '7300000000000000012' && e.detail === high), 10_000, 'muted by the high mute');
    await idle(h.app);
    expect(posts()).toHaveLength(before + 1);
  });
});
