import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDatadog } from '../../helpers/fake-datadog';
import { fixture } from '../../helpers/fixtures';
import { blockAction, SIGNING_SECRET, SlackRequester } from '../../helpers/slack-signing';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';
import { startTriage, USERS, type Triage } from './triage-harness';

// A running Herald with Datadog write-back (local Datadog API) and Datadog incidents on.
let dd: FakeDatadog;
let t: Triage;
beforeAll(async () => {
  dd = await new FakeDatadog().start();
  t = await startTriage('declared', {
    env: { DD_API_KEY: 'fakeapikey0123456789abcdef0123456', DD_APP_KEY: 'fakeappkey0123456789abcdef0123456789abcd', DD_API_URL: `${dd.url}/` },
    configure: (c) => {
      c.datadog.incidents = true;
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await dd?.stop();
});

type Ref = { id: string; channel: string; ts: string };

/** Declare a Datadog incident for a new Herald incident (the button), and wait until it is stored. */
async function declared(): Promise<{ inc: Ref; uuid: string }> {
  const inc = await t.incident();
  await t.click(USERS.admin, 'herald_declare', inc);
  let uuid = '';
  await eventually(async () => {
    uuid = (await t.h.app.incidents.get(inc.id))?.datadogIncidentUuid ?? '';
    return uuid !== '';
  }, 10_000, 'the declared incident to be stored');
  expect(dd.incidents.get(uuid)?.state).toBe('active');
  return { inc, uuid };
}

const resolvedInDatadog = (uuid: string) => eventually(() => dd.incidents.get(uuid)?.state === 'resolved', 10_000, `Datadog incident ${uuid} resolved`);

describe('resolving a Herald incident resolves its declared Datadog incident', () => {
  it('by the Resolve button', async () => {
    const { inc, uuid } = await declared();
    await t.click(USERS.alice, 'herald_resolve', inc);
    await resolvedInDatadog(uuid);
    const patch = dd.callsTo(`PATCH /api/v2/incidents/${uuid}`);
    expect(patch).toHaveLength(1);
    expect(patch[0].body.data.attributes.fields.state.value).toBe('resolved');
  });

  it('by /herald resolve', async () => {
    const { inc, uuid } = await declared();
    const r = await t.slack.command(`resolve ${inc.id}`, USERS.alice, t.fake.responseUrl(`dr-${inc.id}`), inc.channel);
    expect(r.text).toMatch(/Resolved/);
    await resolvedInDatadog(uuid);
  });

  it('by a Datadog recovery', async () => {
    const { inc, uuid } = await declared();
    const stored = (await t.h.app.incidents.get(inc.id))!;
    const f = fixture('11');
    f.id = `84133077255103${String(Date.now()).slice(-5)}`;
    f.alert.id = stored.monitorId;
    f.alert.transition = 'Recovered';
    f.title = f.title.replace('Triggered', 'Recovered');
    f.alert.title = f.alert.title.replace('Triggered', 'Recovered');
    expect((await t.h.webhook(f)).status).toBe(202);
    await eventually(async () => (await t.h.app.incidents.get(inc.id))?.state === 'resolved', 10_000, 'the recovery');
    await resolvedInDatadog(uuid);
  });
});

describe('Escalate is idempotent', () => {
  const escalationPosts = (id: string) => t.fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts && String(c.params.text).includes('*Escalated*') && String(c.params.text).includes(`(${id},`));

  it('a second click, a replayed request and concurrent clicks answer "already escalated by …" and post once', async () => {
    const inc = await t.incident();
    const first = await t.click(USERS.alice, 'herald_escalate', inc, { respondId: 'esc-first' });
    expect(first.status).toBe(200);
    await eventually(() => escalationPosts(inc.id).length === 1, 10_000, 'the escalation post');
    // Bob clicks too.
    await t.click(USERS.bob, 'herald_escalate', inc, { respondId: 'esc-bob' });
    expect(t.responses('esc-bob').map((c) => String(c.params.text)).join('\n')).toMatch(new RegExp(`already escalated by <@${USERS.alice.id}>`));
    // Slack (or anyone) replays Alice's exact request.
    const payload = blockAction({ user: USERS.alice, actionId: 'herald_escalate', value: inc.id, message: inc, responseUrl: t.fake.responseUrl('esc-replay') });
    await t.slack.interact(payload);
    await t.slack.interact(payload);
    expect(t.responses('esc-replay').map((c) => String(c.params.text)).join('\n')).toMatch(/already escalated by/);
    expect(escalationPosts(inc.id)).toHaveLength(1);
  });

  it('across processes: two Herald processes on one Redis, clicks at once: one escalation', async () => {
    const other: TestHerald = await startHerald({
      name: 'declared-2',
      prefix: t.h.prefix,
      keepKeys: true,
      env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: t.fake.apiUrl, HERALD_ACCESS_FILE: t.h.app.config.access.file },
    });
    try {
      const inc = await t.incident();
      const second = new SlackRequester(other.url);
      const clicks = [USERS.alice, USERS.bob, USERS.admin, USERS.alice].map((u, i) =>
        (i % 2 ? second : t.slack).interact(blockAction({ user: u, actionId: 'herald_escalate', value: inc.id, message: inc, responseUrl: t.fake.responseUrl(`esc-multi-${i}`) })),
      );
      await Promise.all(clicks);
      await eventually(() => escalationPosts(inc.id).length >= 1, 10_000, 'the escalation post');
      const answers = [0, 1, 2, 3].map((i) => t.responses(`esc-multi-${i}`).map((c) => String(c.params.text)).join(' '));
      expect(answers.filter((a) => /already escalated by/.test(a))).toHaveLength(3);
      expect(escalationPosts(inc.id)).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });
});
