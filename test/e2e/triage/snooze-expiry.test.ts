import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../helpers/start-herald';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
beforeAll(async () => {
  t = await startTriage('triage-snooze');
});
afterAll(async () => {
  await t?.stop();
});

const herald = (text: string) => t.slack.command(text, USERS.alice, t.fake.responseUrl(`snz-${Math.random()}`));

describe('snooze expiry (Bull delayed job)', () => {
  it('when the snooze ends and it still fires: broadcast thread reply, state back to open, message updated, audited', async () => {
    const inc = await t.incident();
    expect((await herald(`snooze ${inc.id} 1s`)).status).toBe(200);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('snoozed');
    await eventually(async () => (await t.h.app.incidents.get(inc.id))?.state === 'open', 8_000, 'snooze end');
    await t.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.params.thread_ts === inc.ts && /Snooze ended/.test(x.params.text)));
    const reply = t.fake.callsOf('chat.postMessage').find((x) => x.params.thread_ts === inc.ts && /Snooze ended/.test(x.params.text))!;
    expect(reply.params.reply_broadcast).toBe('true');
    expect(reply.params.text).toContain('still firing');
    await t.fake.waitFor((c) => c.some((x) => x.method === 'chat.update' && x.params.ts === inc.ts && JSON.stringify(x.params.blocks).includes('herald_snooze') && !JSON.stringify(x.params.blocks).includes('herald_unsnooze')));
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.snoozedUntil).toBeUndefined();
    const audit = await t.h.app.redis.xrange(`${t.h.prefix}:audit:incident:${inc.id}`, '-', '+');
    expect(audit.map(([, f]) => f[f.indexOf('action') + 1])).toEqual(['snooze', 'snooze-end']);
  });

  it('a stale timer does nothing: re-snoozing replaces the timer, the old one never reopens it', async () => {
    const inc = await t.incident();
    await herald(`snooze ${inc.id} 1s`);
    await herald(`snooze ${inc.id} 1h`);
    await new Promise((r) => setTimeout(r, 2_500));
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.state).toBe('snoozed');
    expect(stored!.snoozedUntil! - Date.now()).toBeGreaterThan(3_000_000);
    expect(t.fake.callsOf('chat.postMessage').filter((x) => x.params.thread_ts === inc.ts && /Snooze ended/.test(x.params.text))).toHaveLength(0);
  });

  it('a timer whose token does not match the current snooze is ignored', async () => {
    const inc = await t.incident();
    await herald(`snooze ${inc.id} 1h`);
    const before = await t.h.app.incidents.get(inc.id);
    await t.h.app.queue.add({ kind: 'timer', timer: 'snooze-end', target: inc.id, token: String(before!.snoozedUntil! - 1) }, { jobId: `stale-${inc.id}`, delayMs: 0 });
    await eventually(async () => typeof (await t.h.app.queue.getJob(`stale-${inc.id}`))?.finishedOn === 'number', 5_000, 'stale job processed');
    const after = await t.h.app.incidents.get(inc.id);
    expect(after?.state).toBe('snoozed');
    expect(after?.version).toBe(before?.version);
  });

  it('resolving a snoozed incident cancels its timer', async () => {
    const inc = await t.incident();
    await herald(`snooze ${inc.id} 1s`);
    const until = (await t.h.app.incidents.get(inc.id))!.snoozedUntil;
    await herald(`resolve ${inc.id}`);
    expect(await t.h.app.queue.getJob(`snooze-end:${inc.id}:${until}`)).toBeNull();
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('resolved');
  });
});
