import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
beforeAll(async () => {
  t = await startTriage('triage-buttons');
});
afterAll(async () => {
  await t?.stop();
});

const updatesOf = (t: Triage, ts: string) => t.fake.callsOf('chat.update').filter((c) => c.params.ts === ts);
const threadOf = (t: Triage, ts: string) => t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts);
const actionIds = (blocks: any[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => e.action_id));

describe('alert buttons', () => {
  it('Acknowledge: state in Redis, message updated in place with who, thread reply, audit entry', async () => {
    const inc = await t.incident();
    const r = await t.click(USERS.alice, 'herald_ack', inc, { respondId: 'ack-1' });
    expect(r.status).toBe(200);
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.state).toBe('acknowledged');
    expect(stored?.ackBy).toBe('U0ALICE');
    const up = updatesOf(t, inc.ts).at(-1)!;
    expect(up.params.channel).toBe(inc.channel);
    expect(JSON.stringify(up.params.blocks)).toContain('Acknowledged by <@U0ALICE>');
    expect(actionIds(up.params.blocks)).not.toContain('herald_ack');
    expect(actionIds(up.params.blocks)).toContain('herald_resolve');
    expect(threadOf(t, inc.ts).map((c) => c.params.text)).toContain(':eyes: Acknowledged by <@U0ALICE>.');
    expect(t.responses('ack-1')).toHaveLength(0); // success needs no ephemeral
    const audit = await t.h.app.redis.xrange(`${t.h.prefix}:audit:incident:${inc.id}`, '-', '+');
    const fields = audit.map(([, f]) => Object.fromEntries(f.reduce<[string, string][]>((a, v, i, arr) => (i % 2 ? a : [...a, [v, arr[i + 1]]]), [])));
    expect(fields).toContainEqual(expect.objectContaining({ action: 'ack', actor: 'U0ALICE', actorName: 'alice', before: 'open', after: 'acknowledged', via: 'button', outcome: 'ok' }));
  });

  it('Resolve then Reopen: only the buttons that make sense, states and audit in order', async () => {
    const inc = await t.incident();
    await t.click(USERS.bob, 'herald_resolve', inc);
    let up = updatesOf(t, inc.ts).at(-1)!;
    expect(actionIds(up.params.blocks)).toEqual(['herald_reopen', 'herald_mute', 'herald_details']);
    expect(JSON.stringify(up.params.blocks)).toContain('Resolved by <@U0BOB>');
    expect((await t.h.app.incidents.get(inc.id))?.resolvedVia).toBe('button');
    await t.click(USERS.bob, 'herald_reopen', inc);
    up = updatesOf(t, inc.ts).at(-1)!;
    expect(actionIds(up.params.blocks)).toContain('herald_ack');
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('open');
    const res = await fetch(`${t.h.url}/api/audit?incident=${inc.id}`, { headers: { authorization: 'Bearer admin-token-0123456789abcdef' } });
    const entries = ((await res.json()) as any).entries as any[];
    expect(entries.map((e) => `${e.action}:${e.before}>${e.after}`)).toEqual(['resolve:open>resolved', 'reopen:resolved>open']);
  });

  it('Snooze menu: snoozed until a time, a delayed snooze-end job; Unsnooze cancels it', async () => {
    const inc = await t.incident();
    await t.click(USERS.alice, 'herald_snooze', inc, { selected: `${inc.id}|3600` });
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.state).toBe('snoozed');
    expect(stored!.snoozedUntil! - Date.now()).toBeGreaterThan(3_500_000);
    const jobId = `snooze-end:${inc.id}:${stored!.snoozedUntil}`;
    const job = await t.h.app.queue.getJob(jobId);
    expect(job?.data).toEqual({ kind: 'timer', timer: 'snooze-end', target: inc.id, token: String(stored!.snoozedUntil) });
    expect(actionIds(updatesOf(t, inc.ts).at(-1)!.params.blocks)).toContain('herald_unsnooze');
    expect(threadOf(t, inc.ts).at(-1)!.params.text).toMatch(/Snoozed by <@U0ALICE> for 1h/);
    await t.click(USERS.alice, 'herald_unsnooze', inc);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('open');
    expect(await t.h.app.queue.getJob(jobId)).toBeNull();
  });

  it('Escalate re-posts to the escalation channel with mentions and a link back', async () => {
    const inc = await t.incident();
    await t.click(USERS.alice, 'herald_escalate', inc);
    const post = t.fake.callsOf('chat.postMessage').find((c) => c.params.channel === '#incidents');
    expect(post).toBeDefined();
    expect(post!.params.text).toContain(inc.id);
    expect(post!.params.text).toContain('Escalated');
    expect((await t.h.app.incidents.get(inc.id))?.escalatedTo).toBe('#incidents');
    expect(threadOf(t, inc.ts).at(-1)!.params.text).toContain('Escalated to #incidents');
  });

  it('Details opens a modal with the redacted context and history', async () => {
    const inc = await t.incident();
    await t.click(USERS.viewer, 'herald_details', inc);
    const open = t.fake.callsOf('views.open').at(-1)!;
    expect(open.params.trigger_id).toMatch(/^trig-/);
    const view = open.params.view;
    expect(view.type).toBe('modal');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*Query*');
    expect(text).toContain('*History*');
    expect(text).toContain('service:invoice-api');
  });

  it('an unknown action id is answered at once (not a 404 after 3 s) with an ephemeral note', async () => {
    const inc = await t.incident();
    const started = Date.now();
    const r = await t.click(USERS.alice, 'herald_frobnicate', inc, { respondId: 'unknown-1' });
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    const [resp] = t.responses('unknown-1');
    expect(resp.params.text).toMatch(/Unknown action `herald_frobnicate`/);
    expect(resp.params.response_type).toBe('ephemeral');
  });

  it('Acknowledge twice: the second click is told who acknowledged it', async () => {
    const inc = await t.incident();
    await t.click(USERS.alice, 'herald_ack', inc);
    await t.click(USERS.bob, 'herald_ack', inc, { respondId: 'ack-again' });
    expect(t.responses('ack-again')[0].params.text).toContain('already acknowledged by <@U0ALICE>');
    expect((await t.h.app.incidents.get(inc.id))?.ackBy).toBe('U0ALICE');
  });
});
