import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockAction, payloadBody, signedHeaders, SIGNING_SECRET } from '../../helpers/slack-signing';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
beforeAll(async () => {
  t = await startTriage('triage-security');
});
afterAll(async () => {
  await t?.stop();
});

async function auditOf(id: string): Promise<any[]> {
  const res = await fetch(`${t.h.url}/api/audit?incident=${id}`, { headers: { authorization: 'Bearer admin-token-0123456789abcdef' } });
  return ((await res.json()) as any).entries;
}

describe('request verification', () => {
  it('a bad signature gets 401 and changes nothing', async () => {
    const inc = await t.incident();
    const body = payloadBody(blockAction({ user: USERS.alice, actionId: 'herald_resolve', value: inc.id, message: inc, responseUrl: t.fake.responseUrl('bad') }));
    const r = await t.slack.post(body, { secret: 'not-the-signing-secret' });
    expect(r.status).toBe(401);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('open');
  });

  it('a stale timestamp (older than 5 minutes) gets 401, even correctly signed', async () => {
    const inc = await t.incident();
    const body = payloadBody(blockAction({ user: USERS.alice, actionId: 'herald_resolve', value: inc.id, message: inc, responseUrl: t.fake.responseUrl('stale') }));
    const r = await t.slack.post(body, { ts: Math.floor(Date.now() / 1000) - 301 });
    expect(r.status).toBe(401);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('open');
  });

  it('a body altered after signing gets 401', async () => {
    const inc = await t.incident();
    const body = payloadBody(blockAction({ user: USERS.alice, actionId: 'herald_resolve', value: inc.id, message: inc, responseUrl: t.fake.responseUrl('tamper') }));
    const headers = signedHeaders(SIGNING_SECRET, body);
    const res = await fetch(`${t.h.url}/slack/events`, { method: 'POST', headers, body: body.replace('U0ALICE', 'U0ADMIN') });
    expect(res.status).toBe(401);
  });
});

describe('roles', () => {
  it('a viewer clicking Resolve is refused ephemerally, the refusal audited, nothing changed', async () => {
    const inc = await t.incident();
    const updates = t.fake.callsOf('chat.update').length;
    const r = await t.click(USERS.viewer, 'herald_resolve', inc, { respondId: 'denied-1' });
    expect(r.status).toBe(200);
    const [resp] = t.responses('denied-1');
    expect(resp.params.response_type).toBe('ephemeral');
    expect(resp.params.text).toMatch(/You need the \*responder\* role to resolve .*your role is \*viewer\*/);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('open');
    expect(t.fake.callsOf('chat.update').length).toBe(updates);
    expect(await auditOf(inc.id)).toContainEqual(expect.objectContaining({ action: 'resolve', outcome: 'denied', actor: { id: 'U0VIEW', name: 'victor' }, via: 'button' }));
  });

  it('a responder through a Slack user group may act (group resolved once, then cached)', async () => {
    const a = await t.incident();
    const b = await t.incident();
    await t.click(USERS.carol, 'herald_ack', a);
    await t.click(USERS.carol, 'herald_ack', b);
    expect((await t.h.app.incidents.get(a.id))?.ackBy).toBe('U0CAROL');
    expect((await t.h.app.incidents.get(b.id))?.ackBy).toBe('U0CAROL');
    expect(t.fake.callsOf('usergroups.users.list').filter((c) => c.params.usergroup === 'S0ONCALL')).toHaveLength(1);
  });

  it('a responder may not mute (admin only); the admin gets the modal', async () => {
    const inc = await t.incident();
    const opened = t.fake.callsOf('views.open').length;
    await t.click(USERS.alice, 'herald_mute', inc, { respondId: 'mute-denied' });
    expect(t.responses('mute-denied')[0].params.text).toMatch(/need the \*admin\* role to mute/);
    expect(t.fake.callsOf('views.open').length).toBe(opened);
    await t.click(USERS.admin, 'herald_mute', inc);
    expect(t.fake.callsOf('views.open').length).toBe(opened + 1);
  });
});

describe('concurrency', () => {
  it('two people clicking Resolve at once: exactly one resolution, one "already resolved by" reply', async () => {
    const inc = await t.incident();
    const threadBefore = t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === inc.ts).length;
    const [ra, rb] = await Promise.all([
      t.click(USERS.alice, 'herald_resolve', inc, { respondId: 'race-alice' }),
      t.click(USERS.bob, 'herald_resolve', inc, { respondId: 'race-bob' }),
    ]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.state).toBe('resolved');
    const winner = stored!.resolvedBy!;
    expect(['U0ALICE', 'U0BOB']).toContain(winner);
    const loser = winner === 'U0ALICE' ? 'race-bob' : 'race-alice';
    const winnerId = winner === 'U0ALICE' ? 'race-alice' : 'race-bob';
    expect(t.responses(loser)).toHaveLength(1);
    expect(t.responses(loser)[0].params.text).toContain(`already resolved by <@${winner}>`);
    expect(t.responses(winnerId)).toHaveLength(0);
    const resolutions = (await auditOf(inc.id)).filter((e) => e.action === 'resolve');
    expect(resolutions.filter((e) => e.outcome === 'ok')).toHaveLength(1);
    expect(resolutions.filter((e) => e.outcome === 'noop')).toHaveLength(1);
    const replies = t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === inc.ts).slice(threadBefore);
    expect(replies.filter((c) => /Resolved by/.test(c.params.text))).toHaveLength(1);
    expect(stored!.history.filter((h) => h.what.startsWith('resolved'))).toHaveLength(1);
  });
});
