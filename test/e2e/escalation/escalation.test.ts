/**
 * End to end: a running Herald (in process) with a local Slack and a local PagerDuty, rules
 * with an escalation policy of shortened delays. An unacknowledged critical incident
 * escalates step by step; an acknowledgement stops it and acknowledges the page; Datadog's
 * recovery resolves the page; /herald oncall and /herald escalate work.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakePagerDuty } from '../../helpers/fake-pagerduty';
import type { SlackCall } from '../../helpers/fake-slack';
import { eventually } from '../../helpers/start-herald';
import { incidentAlert } from '../../faults/support';
import { startTriage, USERS, type Triage } from '../triage/triage-harness';

const ROUTING_KEY = 'R0UT1NGKEYe2e0000000000000000000';
const RULES = `
defaults:
  channel: C0ALERTS1
escalation_policies:
  critical:
    - after: 0s
      mention: ["<!subteam^S0ONCALL1>"]
    - after: 3s
      unless: acknowledged
      channel: C0INCIDENT
      mention: ["<@U0LEAD0001>"]
      page: pagerduty
    - after: 6s
      unless: acknowledged
      mention: ["<@U0BOSS0001>"]
routes:
  - name: escalating
    match: { service: { contains: svc-esc } }
    severity: critical
    escalation: critical
`;

let t: Triage;
let pd: FakePagerDuty;

beforeAll(async () => {
  pd = await new FakePagerDuty(ROUTING_KEY).start();
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-esc-e2e-'));
  writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  t = await startTriage('escalation-e2e', { env: { HERALD_RULES_FILE: path.join(dir, 'rules.yaml'), PAGERDUTY_ROUTING_KEY: ROUTING_KEY, PAGERDUTY_API_URL: pd.url } });
});
afterAll(async () => {
  await t?.stop();
  await pd?.stop();
});

/** Send alert `n` (0 = first) of escalating incident k; for a trigger, wait for its posted message. */
async function send(k: number, n = 0, transition: 'Triggered' | 'Recovered' = 'Triggered'): Promise<{ id: string; channel: string; ts: string }> {
  const r = await t.h.webhook(incidentAlert(k, n, { tag: 'esc', transition }));
  expect(r.status).toBe(202);
  let found: { id: string; channel: string; ts: string } | undefined;
  await eventually(async () => {
    const inc = (await t.h.app.incidents.list({ limit: 200 })).find((i) => i.service === `svc-esc-${k}`);
    if (inc?.message.kind === 'posted') found = { id: inc.id, channel: inc.channel, ts: inc.message.ts };
    return Boolean(found);
  }, 15_000, `incident ${k} posted`);
  return found!;
}

/** Thread replies of an incident's message, in order. */
const replies = (m: { ts: string }): SlackCall[] => t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === m.ts);
const stored = async (id: string) => (await t.h.app.incidents.get(id))!;
const command = async (text: string) => {
  const r = await t.slack.command(text, USERS.alice, t.fake.responseUrl(`esc-${Math.random()}`), 'C0ALERTS1');
  return String(r.json?.text ?? '') + JSON.stringify(r.json?.blocks ?? '');
};

describe('an unacknowledged critical incident escalates step by step', () => {
  it('mentions, posts in the channel, pages PagerDuty with the incident id; an ack acknowledges the page; the recovery resolves it', async () => {
    const m = await send(1);
    const openedAt = (await stored(m.id)).escalation!.startedAt;
    await eventually(() => replies(m).some((c) => String(c.params.text).includes('<!subteam^S0ONCALL1>')), 15_000, 'step 1');
    await eventually(() => pd.events('trigger', m.id).length === 1, 20_000, 'the page');
    const [trigger] = pd.events('trigger', m.id);
    expect(trigger.at - openedAt).toBeGreaterThanOrEqual(3_000);
    expect(trigger.body.payload).toMatchObject({ severity: 'critical', component: 'svc-esc-1' });
    expect(trigger.body.links[0].href).toBe(`https://slack.com/archives/${m.channel}/p${m.ts.replace('.', '')}`);
    const post = t.fake.callsOf('chat.postMessage').find((c) => c.params.channel === 'C0INCIDENT');
    expect(post?.params.text).toContain(`(${m.id}, 1 alert(s), open) — escalation step 2 of 3`);
    expect(post?.params.text).toContain(`<https://slack.com/archives/${m.channel}/p${m.ts.replace('.', '')}|Open the incident>`);
    await eventually(() => replies(m).some((c) => String(c.params.text).startsWith(':pager: Paged PagerDuty')), 10_000, 'the page note');
    const texts = replies(m).map((c) => String(c.params.text));
    expect(texts[0]).toMatch(/^:rotating_light: \*Escalation step 1 of 3\*/);
    expect(texts.find((x) => x.includes('step 2 of 3'))).toContain('<@U0LEAD0001>');

    // The footer of the message says where the escalation is.
    await eventually(() => t.fake.callsOf('chat.update').some((c) => c.params.ts === m.ts && JSON.stringify(c.params.blocks).includes('escalation step 2 of 3 at')), 10_000, 'the footer');

    // Acknowledge before step 3: it does not run, and the page is acknowledged.
    const click = await t.click(USERS.alice, 'herald_ack', m);
    expect(click.status).toBe(200);
    await eventually(() => pd.alerts.get(m.id)?.status === 'acknowledged', 15_000, 'the page acknowledged');
    await eventually(async () => (await stored(m.id)).escalation?.fired[3] === 1, 20_000, 'step 3 handled');
    expect(replies(m).some((c) => String(c.params.text).includes('<@U0BOSS0001>'))).toBe(false);

    // Datadog recovers: the incident resolves and so does the page.
    await send(1, 1, 'Recovered');
    await eventually(() => pd.alerts.get(m.id)?.status === 'resolved', 15_000, 'the page resolved');
    expect(pd.alerts.get(m.id)?.events).toEqual(['trigger', 'acknowledge', 'resolve']);
    await eventually(async () => (await stored(m.id)).escalation?.pages.pagerduty === 'resolved', 10_000, 'the page recorded as resolved');
    const metrics = await (await fetch(`${t.h.url}/metrics`)).text();
    expect(metrics).toMatch(/herald_escalations_total\{step="2"\} [1-9]/);
    expect(metrics).toMatch(/herald_pages_total\{outlet="pagerduty",status="triggered"\} [1-9]/);
    expect(metrics).toMatch(/herald_time_to_ack_seconds_count\{severity="critical"\} [1-9]/);
  }, 90_000);

  it('an acknowledgement right away stops every later step: nothing is paged', async () => {
    const m = await send(2);
    await eventually(() => replies(m).length >= 1, 15_000, 'step 1');
    await t.click(USERS.bob, 'herald_ack', m);
    await eventually(async () => (await stored(m.id)).escalation?.fired[3] === 1, 20_000, 'steps 2 and 3 handled');
    expect(pd.events('trigger', m.id)).toHaveLength(0);
    expect(t.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === 'C0INCIDENT' && String(c.params.text).includes(m.id))).toHaveLength(0);
    expect(replies(m).filter((c) => String(c.params.text).includes('Escalation step'))).toHaveLength(1);
  }, 60_000);
});

describe('what is paged is redacted', () => {
  it('a secret in the alert reaches neither PagerDuty nor the escalation posts', async () => {
    const SECRET = 'sk_live_51HqLyjWDarjtT1zdp7dcEsCaLaTe';
    const alert = incidentAlert(4, 0, { tag: 'esc' });
    alert.title = `${alert.title} key=${SECRET} <!channel>`;
    alert.body = `Stripe said 401 for ${SECRET}`;
    expect((await t.h.webhook(alert)).status).toBe(202);
    let id = '';
    await eventually(async () => {
      id = (await t.h.app.incidents.list({ limit: 200 })).find((i) => i.service === 'svc-esc-4')?.id ?? '';
      return Boolean(id) && pd.events('trigger', id).length === 1;
    }, 20_000, 'the page');
    const paged = JSON.stringify(pd.events('trigger', id)[0].body);
    expect(paged).toContain('[REDACTED:stripe-secret-key]');
    expect(paged).not.toContain(SECRET);
    expect(paged).not.toMatch(/<!channel>|<@|<!subteam/);
    expect(JSON.stringify(t.fake.calls)).not.toContain(SECRET);
  }, 60_000);
});

describe('/herald oncall and /herald escalate', () => {
  it('lists the open incident with its step and next step; escalating by hand runs the next step now', async () => {
    const m = await send(3);
    await eventually(async () => (await stored(m.id)).escalation?.fired[1] === 1, 15_000, 'step 1 recorded');
    const oncall = await command('oncall');
    expect(oncall).toContain(`*${m.id}* [critical] [inc-0003] Sync error rate high · open · step 1 of 3 at <!date^`);
    expect(oncall, oncall).toMatch(/next: step 2 at <!date\^/);
    expect(await command(`escalate ${m.id} 9`)).toContain('has 3 steps: pick one from 1 to 3');
    expect(await command(`escalate ${m.id}`)).toContain(`Escalating ${m.id}: step 2 of 3 runs now`);
    await eventually(() => replies(m).some((c) => String(c.params.text).includes('run by hand by <@U0ALICE>')), 15_000, 'the step by hand');
    const denied = await t.slack.command(`escalate ${m.id}`, USERS.viewer, t.fake.responseUrl('esc-denied'), 'C0ALERTS1');
    expect(String(denied.json?.text)).toContain('You need the *responder* role');
    await t.click(USERS.alice, 'herald_resolve', m);
  }, 60_000);
});
