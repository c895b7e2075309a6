import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { transition, type TransitionKind } from '../../../src/slack/triage/transitions';
import { Harness, until, type Worker } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await new Harness().start();
});
afterEach(() => h.stop());

/** Apply a triage transition to the stored incident and tell the escalator, as triage does. */
async function act(w: Worker, id: string, kind: TransitionKind, by = 'U0ACKER001'): Promise<Incident> {
  const r = await h.store.update(id, (cur) => {
    const t = transition(cur, { kind, by, via: 'button', now: Date.now(), durationMs: 60_000 });
    return t.ok ? t.incident : null;
  });
  if (!r) throw new Error(`${kind} did not apply`);
  await w.escalator.changed(r.before, r.after);
  return r.after;
}

const stored = async (id: string) => (await h.store.get(id))!;
const count = async (name: string, labels: Record<string, string>) => {
  const m = await h.metrics.registry.getSingleMetric(name)!.get();
  return m.values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((a, v) => a + v.value, 0);
};

describe('escalation steps from durable timers', () => {
  it('runs each step on time: thread reply with mentions, a post in the channel, a page keyed by the incident id', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        mention: ["<!subteam^S0ONCALL01>"]
      - after: 1s
        channel: "#incidents"
        mention: ["<@U0LEAD0001>"]
        page: pagerduty
`);
    const t0 = inc.escalation!.startedAt;
    await w.escalator.changed(null, inc);
    await until(async () => (await stored(inc.id)).escalation?.pages.pagerduty === 'triggered', 10_000, 'the page');
    await until(() => h.replies(inc.id).length === 3, 5_000, 'three replies');
    const [r1, r2, r3] = h.replies(inc.id);
    expect(r1).toMatch(/^:rotating_light: \*Escalation step 1 of 2\*: open (just now|\d+s ago), not acknowledged\.\n<!subteam\^S0ONCALL01>$/);
    expect(r2).toMatch(/^:rotating_light: \*Escalation step 2 of 2\*: open 1s ago, not acknowledged\. Also posting in #incidents, paging PagerDuty\.\n<@U0LEAD0001>$/);
    expect(r3).toBe(`:pager: Paged PagerDuty (escalation step 2; key ${inc.id}).`);
    expect(h.log.posts).toEqual([{ channel: '#incidents', text: expect.stringContaining(`Stripe sync 1 failing* (${inc.id}, 1 alert(s), open) — escalation step 2 of 2`) }]);
    expect(h.log.posts[0].text).toContain('<https://slack.com/archives/C0ALERTS1/');
    const [trigger] = h.pd.events('trigger');
    expect(trigger.body.dedup_key).toBe(inc.id);
    expect(trigger.at - t0).toBeGreaterThanOrEqual(1_000);
    await until(async () => (await stored(inc.id)).escalation?.fired[2] === 1, 5_000, 'step 2 recorded');
    const after = await stored(inc.id);
    expect(after.escalation).toMatchObject({ run: 1, fired: { 1: 1, 2: 1 }, last: { step: 2 }, pages: { pagerduty: 'triggered' } });
    expect(after.history.map((e) => e.what)).toContain('escalation step 2 of 2');
    expect(await count('herald_escalations_total', { step: '1' })).toBe(1);
    expect(await count('herald_escalations_total', { step: '2' })).toBe(1);
    expect(await count('herald_pages_total', { outlet: 'pagerduty', status: 'triggered' })).toBe(1);
    expect(h.audit.map((a) => [a.action, a.note])).toEqual([
      ['escalate-step', 'step 1 of 2: thread reply; mention <!subteam^S0ONCALL01> → <!subteam^S0ONCALL01>'],
      ['escalate-step', 'step 2 of 2: thread reply; mention <@U0LEAD0001>; post in #incidents (linking back); page pagerduty → <@U0LEAD0001>'],
    ]);
  });

  it('an acknowledgement stops later steps and acknowledges the page; resolving resolves it', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        page: pagerduty
      - after: 1500ms
        unless: acknowledged
        mention: ["<!subteam^S0LEADS001>"]
`);
    await w.escalator.changed(null, inc);
    await until(async () => (await stored(inc.id)).escalation?.pages.pagerduty === 'triggered', 10_000, 'the page');
    await act(w, inc.id, 'ack');
    await until(() => h.pd.alerts.get(inc.id)?.status === 'acknowledged', 10_000, 'the page acknowledged');
    await until(async () => (await stored(inc.id)).escalation?.fired[2] === 1, 10_000, 'step 2 handled');
    expect(h.replies(inc.id).some((r) => r.includes('S0LEADS001'))).toBe(false);
    expect((await stored(inc.id)).escalation?.last?.step).toBe(1);
    const hist = await h.metrics.registry.getSingleMetric('herald_time_to_ack_seconds')!.get();
    const acks = hist.values.find((v) => (v as { metricName?: string }).metricName === 'herald_time_to_ack_seconds_count' && v.labels.severity === 'critical');
    expect(acks?.value).toBe(1);

    await act(w, inc.id, 'resolve');
    await until(() => h.pd.alerts.get(inc.id)?.status === 'resolved', 10_000, 'the page resolved');
    expect(h.pd.alerts.get(inc.id)?.events).toEqual(['trigger', 'acknowledge', 'resolve']);
    await until(async () => (await stored(inc.id)).escalation?.pages.pagerduty === 'resolved', 5_000, 'the page recorded as resolved');
  });

  it('a step for whoever acknowledged runs from the acknowledgement and mentions the acker', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        while: acknowledged
        mention: [acker, "<@U0BUDDY001>"]
`);
    await w.escalator.changed(null, inc);
    await act(w, inc.id, 'ack', 'U0ACKER001');
    await until(() => h.replies(inc.id).length === 1, 10_000, 'the reminder');
    expect(h.replies(inc.id)[0]).toMatch(/^:alarm_clock: \*Reminder \(step 1 of 1\)\*: acknowledged by <@U0ACKER001> (just now|\d+s ago), still not resolved\.\n<@U0ACKER001> <@U0BUDDY001>$/);
  });

  it('a muted incident skips a step without a condition (unless acknowledged or muted)', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        mention: ["<@U0ONCALL01>"]
`);
    h.muted.add(inc.id);
    await w.escalator.changed(null, inc);
    await until(async () => (await stored(inc.id)).escalation?.fired[1] === 1, 10_000, 'step 1 handled');
    expect(h.replies(inc.id)).toEqual([]);
  });

  it('a new run (re-trigger, reopen) runs the steps again', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        mention: ["<@U0ONCALL01>"]
`);
    await w.escalator.changed(null, inc);
    await until(() => h.replies(inc.id).length === 1, 10_000, 'run 1');
    await act(w, inc.id, 'resolve');
    await act(w, inc.id, 'reopen'); // the transition starts run 2; changed() arms its timers
    await until(() => h.replies(inc.id).length === 2, 10_000, 'run 2');
    await until(async () => (await stored(inc.id)).escalation?.fired[1] === 1, 5_000, 'run 2 step 1 recorded');
    expect((await stored(inc.id)).escalation).toMatchObject({ run: 2, fired: { 1: 1 } });
  });
});

describe('exactly once per step', () => {
  const POLICY = `      - after: 0s
        mention: ["<@U0STEP0001>"]
      - after: 1200ms
        mention: ["<@U0STEP0002>"]
        page: pagerduty
      - after: 2400ms
        mention: ["<@U0STEP0003>"]
`;
  const once = (id: string) => [1, 2, 3].map((n) => h.replies(id).filter((r) => r.includes(`<@U0STEP000${n}>`)).length);

  it('a restart in between loses no step and repeats none', async () => {
    const a = h.worker().start();
    const inc = await h.incident(POLICY);
    await a.escalator.changed(null, inc);
    await until(() => h.replies(inc.id).length === 1, 10_000, 'step 1');
    await a.stop(); // the worker goes away with steps 2 and 3 pending as delayed jobs
    const b = h.worker();
    await b.escalator.recover(); // a starting worker re-arms what is active (a no-op for jobs still there)
    b.start();
    await until(async () => (await stored(inc.id)).escalation?.fired[3] === 1, 15_000, 'step 3');
    await until(() => h.pd.events('trigger').length === 1 && h.replies(inc.id).length === 4, 10_000, 'the page note');
    expect(once(inc.id)).toEqual([1, 1, 1]);
  });

  it('two workers run each step once, though both arm the timers', async () => {
    const a = h.worker().start();
    const b = h.worker().start();
    const inc = await h.incident(POLICY);
    await Promise.all([a.escalator.changed(null, inc), b.escalator.changed(null, inc), a.escalator.recover(), b.escalator.recover()]);
    await until(async () => (await stored(inc.id)).escalation?.fired[3] === 1, 15_000, 'step 3');
    await until(() => h.replies(inc.id).length === 4, 10_000, 'the page note');
    expect(once(inc.id)).toEqual([1, 1, 1]);
    expect(h.pd.events('trigger')).toHaveLength(1);
    expect(await count('herald_escalations_total', {})).toBe(3);
  });

  it('a job run again (its worker died mid-step) does not repeat what it did', async () => {
    const w = h.worker();
    const inc = await h.incident(`      - after: 0s
        mention: ["<@U0STEP0001>"]
        channel: "#incidents"
`);
    const job = { kind: 'timer' as const, timer: 'escalation' as const, target: inc.id, token: `1:1:${inc.escalation!.startedAt}:0` };
    await w.escalator.fire(job);
    await w.escalator.fire(job);
    expect(h.replies(inc.id)).toHaveLength(1);
    expect(h.log.posts).toHaveLength(1);
  });
});

describe('pages that fail', () => {
  it('a failing page is shown in the thread, retried by the queue, and then confirmed', async () => {
    const w = h.worker().start();
    h.pd.failNext(4, { status: 503, body: { status: 'unavailable' } }); // all of the first job attempt's tries
    const inc = await h.incident(`      - after: 0s
        page: pagerduty
`);
    await w.escalator.changed(null, inc);
    await until(() => h.pd.alerts.get(inc.id)?.status === 'triggered', 15_000, 'the page');
    await until(() => h.replies(inc.id).some((r) => r.startsWith(':pager:')), 5_000, 'the confirmation');
    const notes = h.replies(inc.id).filter((r) => r.startsWith(':warning:'));
    expect(notes).toEqual([`:warning: Could not page PagerDuty: PagerDuty trigger for ${inc.id}: HTTP 503 — retrying.`]);
  });

  it('a refused page is shown once and not retried', async () => {
    const w = h.worker().start();
    h.pd.script(() => ({ status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: ['Invalid routing key'] } }));
    const inc = await h.incident(`      - after: 0s
        page: pagerduty
`);
    await w.escalator.changed(null, inc);
    await until(() => h.replies(inc.id).some((r) => r.startsWith(':warning:')), 10_000, 'the note');
    expect(h.replies(inc.id).filter((r) => r.startsWith(':warning:'))).toEqual([
      `:warning: Could not page PagerDuty: PagerDuty trigger for ${inc.id}: refused (HTTP 400: Invalid routing key).`,
    ]);
    expect(h.pd.events('trigger')).toHaveLength(1);
    expect((await stored(inc.id)).escalation?.pages.pagerduty).toBeUndefined();
  });

  it('a page whose step no longer holds (acknowledged meanwhile) is not sent, and the thread says why', async () => {
    const w = h.worker(); // not started: the page job waits in the queue
    const inc = await h.incident(`      - after: 0s
        unless: acknowledged
        page: pagerduty
`);
    await w.escalator.fire({ kind: 'timer', timer: 'escalation', target: inc.id, token: `1:1:${inc.escalation!.startedAt}:0` });
    await act(w, inc.id, 'ack');
    w.start();
    await until(() => h.replies(inc.id).some((r) => r.startsWith(':information_source:')), 10_000, 'the note');
    expect(h.replies(inc.id)).toContain(`:information_source: Not paging for escalation step 1: ${inc.id} is acknowledged now.`);
    expect(h.pd.events('trigger')).toHaveLength(0);
  });

  it('an outlet without credentials is said so in the thread', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 0s
        page: opsgenie
`);
    await w.escalator.changed(null, inc);
    await until(() => h.replies(inc.id).some((r) => r.startsWith(':warning:')), 10_000, 'the note');
    expect(h.replies(inc.id)).toContain('Escalation step 1 pages Opsgenie, but Opsgenie is not configured (set OPSGENIE_API_KEY).'.replace(/^/, ':warning: '));
    expect(await count('herald_pages_total', { outlet: 'opsgenie', status: 'not_configured' })).toBe(1);
  });
});

describe('escalating by hand', () => {
  it('runs the next step now (or the one asked for), once', async () => {
    const w = h.worker().start();
    const inc = await h.incident(`      - after: 1h
        mention: ["<@U0STEP0001>"]
      - after: 2h
        mention: ["<@U0STEP0002>"]
`);
    await w.escalator.changed(null, inc);
    expect(await w.escalator.byHand(inc.id, null, 'U0HUMAN001')).toEqual({ ok: true, step: 1, total: 2 });
    await until(() => h.replies(inc.id).length === 1, 10_000, 'step 1 by hand');
    expect(h.replies(inc.id)[0]).toBe(':rotating_light: *Escalation step 1 of 2*, run by hand by <@U0HUMAN001>.\n<@U0STEP0001>');
    await until(async () => (await stored(inc.id)).escalation?.last?.step === 1, 5_000, 'recorded');
    expect(await w.escalator.byHand(inc.id, null, 'U0HUMAN001')).toEqual({ ok: true, step: 2, total: 2 });
    await until(() => h.replies(inc.id).length === 2, 10_000, 'step 2 by hand');
    expect(await w.escalator.byHand(inc.id, 3, 'U0HUMAN001')).toEqual({ ok: false, reason: 'no-step', total: 2 });
    await until(async () => JSON.stringify((await stored(inc.id)).escalation?.fired) === '{"1":1,"2":1}', 5_000, 'both recorded as done: the timers will not run them again');
  });
});
