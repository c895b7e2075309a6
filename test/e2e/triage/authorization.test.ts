import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { SIGNING_SECRET, SlackRequester, blockAction, type TestUser } from '../../helpers/slack-signing';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';

/** Routing: payments alerts to C0PAYMENTS, everything else to C0OTHERCH. */
const RULES = `
defaults:
  channel: C0OTHERCH
  severity_from_priority: true
routes:
  - name: payments
    match: { service: payments }
    channel: C0PAYMENTS
`;

const PAY: TestUser = { id: 'U0PAY', name: 'pat' }; // responder only in C0PAYMENTS
const ALICE: TestUser = { id: 'U0ALICE', name: 'alice' }; // responder everywhere
const GUEST: TestUser = { id: 'U0GUEST', name: 'gus' };
const CONNECT: TestUser = { id: 'W0EXTERN', name: 'ext' };
const MEMBER: TestUser = { id: 'U0MEMBER', name: 'mia' };

interface Env {
  h: TestHerald;
  fake: FakeSlack;
  slack: SlackRequester;
}

async function start(name: string, access: string | null): Promise<Env> {
  const fake = await new FakeSlack({ guests: { U0GUEST: 'multi', W0EXTERN: 'connect' } }).start();
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-authz-'));
  writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  if (access !== null) writeFileSync(path.join(dir, 'access.yaml'), access);
  const h = await startHerald({
    name,
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, HERALD_RULES_FILE: path.join(dir, 'rules.yaml'), HERALD_ACCESS_FILE: path.join(dir, 'access.yaml') },
  });
  return { h, fake, slack: new SlackRequester(h.url) };
}

let seq = 0;
/** Post an alert and wait for its incident's message. */
async function incident(e: Env, service: string): Promise<{ id: string; channel: string; ts: string }> {
  const n = ++seq;
  const monitor = String(61_000_000 + n + Math.floor(Math.random() * 1000) * 100);
  const r = await e.h.webhook({ id: `87904000${monitor}99`, title: `[P2] [Triggered] ${service} sync failing`, body: 'failing', alert: { id: monitor }, tags: `service:${service}, env:prod` });
  expect(r.status).toBe(202);
  let found: { id: string; channel: string; ts: string } | undefined;
  await eventually(async () => {
    const inc = (await e.h.app.incidents.list({ limit: 100 })).find((i) => i.monitorId === monitor);
    if (inc?.message.kind === 'posted') found = { id: inc.id, channel: inc.channel, ts: inc.message.ts };
    return Boolean(found);
  }, 10_000, `incident for monitor ${monitor}`);
  return found!;
}

async function click(e: Env, user: TestUser, actionId: string, value: string, message: { channel: string; ts: string }): Promise<string> {
  const respondId = `authz-${++seq}`;
  await e.slack.interact(blockAction({ user, actionId, value, message, responseUrl: e.fake.responseUrl(respondId) }));
  const answers = e.fake.calls.filter((c) => c.method === 'respond' && c.path === `/respond/${respondId}`);
  return answers.map((c) => String(c.params.text)).join('\n');
}

async function command(e: Env, text: string, user: TestUser, channel: string): Promise<string> {
  const r = await e.slack.command(text, user, e.fake.responseUrl(`cmd-${++seq}`), channel);
  return String(r.json?.text ?? '');
}

describe('channel-scoped grants are checked against the incident, not where the command was typed', () => {
  let e: Env;
  let pay: { id: string; channel: string; ts: string };
  let other: { id: string; channel: string; ts: string };
  beforeAll(async () => {
    e = await start('authz-scope', `
default_role: viewer
grants:
  - role: responder
    users: [U0PAY]
    channels: [C0PAYMENTS]
  - role: responder
    users: [U0ALICE]
`);
    pay = await incident(e, 'payments');
    other = await incident(e, 'search');
    expect(pay.channel).toBe('C0PAYMENTS');
    expect(other.channel).toBe('C0OTHERCH');
  });
  afterAll(async () => {
    await e?.h.stop();
    await e?.fake.stop();
  });

  it('/herald typed in the granted channel cannot act on an incident elsewhere', async () => {
    expect(await command(e, `ack ${other.id}`, PAY, 'C0PAYMENTS')).toMatch(/need the \*responder\* role to ack/);
    expect((await e.h.app.incidents.get(other.id))?.state).toBe('open');
  });

  it('/herald typed anywhere can act on an incident in the granted channel', async () => {
    expect(await command(e, `ack ${pay.id}`, PAY, 'C0OTHERCH')).toMatch(/Acknowledged/);
    expect((await e.h.app.incidents.get(pay.id))?.ackBy).toBe('U0PAY');
  });

  it('buttons: the grant counts on the incident\'s own message only', async () => {
    expect(await click(e, PAY, 'herald_resolve', other.id, other)).toMatch(/need the \*responder\* role/);
    expect((await e.h.app.incidents.get(other.id))?.state).toBe('open');
  });

  it('a button whose message is another incident\'s is refused and audited', async () => {
    const text = await click(e, ALICE, 'herald_resolve', other.id, pay);
    expect(text).toMatch(/not .*own message/);
    expect((await e.h.app.incidents.get(other.id))?.state).toBe('open');
    await eventually(async () => (await command(e, `audit ${other.id}`, ALICE, 'C0OTHERCH')).includes('denied'), 5_000, 'audited refusal');
    expect(await click(e, ALICE, 'herald_resolve', other.id, other)).toBe('');
    expect((await e.h.app.incidents.get(other.id))?.resolvedBy).toBe('U0ALICE');
  });

  it('a mute with effect everywhere needs an unscoped grant', async () => {
    expect(await command(e, 'mute service=payments 1h noisy', PAY, 'C0PAYMENTS')).toMatch(/need the \*admin\* role to mute/);
  });
});

describe('without an access file, guests are viewers', () => {
  let e: Env;
  beforeAll(async () => {
    e = await start('authz-guests', null);
  });
  afterAll(async () => {
    await e?.h.stop();
    await e?.fake.stop();
  });

  it('guests and Slack Connect users may look but not act; full members may act', async () => {
    const inc = await incident(e, 'search');
    expect(await click(e, GUEST, 'herald_ack', inc.id, inc)).toMatch(/need the \*responder\* role to ack .*your role is \*viewer\*/);
    expect(await click(e, CONNECT, 'herald_ack', inc.id, inc)).toMatch(/your role is \*viewer\*/);
    expect((await e.h.app.incidents.get(inc.id))?.state).toBe('open');
    expect(await command(e, 'list', GUEST, inc.channel)).not.toMatch(/need the/);
    expect(await click(e, MEMBER, 'herald_ack', inc.id, inc)).toBe('');
    expect((await e.h.app.incidents.get(inc.id))?.ackBy).toBe('U0MEMBER');
    expect(e.fake.callsOf('users.info').map((c) => c.params.user)).toEqual(expect.arrayContaining(['U0GUEST', 'W0EXTERN', 'U0MEMBER']));
  });

  it('a user Slack cannot describe counts as a guest (fails closed)', async () => {
    const inc = await incident(e, 'search');
    const off = e.fake.script((c) => (c.method === 'users.info' && c.params.user === 'U0NOBODY' ? { body: { ok: false, error: 'user_not_found' } } : undefined));
    expect(await click(e, { id: 'U0NOBODY', name: 'x' }, 'herald_resolve', inc.id, inc)).toMatch(/your role is \*viewer\*/);
    off();
  });
});
