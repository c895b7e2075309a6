import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
let n = 0;
beforeAll(async () => {
  t = await startTriage('triage-command');
});
afterAll(async () => {
  await t?.stop();
});

/** Run `/herald <text>`; returns the ack body (the ephemeral answer). */
async function herald(text: string, user = USERS.alice): Promise<{ status: number; json: any }> {
  const r = await t.slack.command(text, user, t.fake.responseUrl(`cmd-${++n}`));
  return { status: r.status, json: r.json };
}

describe('/herald', () => {
  it('help (and an empty command) lists the subcommands, ephemerally', async () => {
    for (const text of ['help', '']) {
      const r = await herald(text);
      expect(r.status).toBe(200);
      expect(r.json.response_type).toBe('ephemeral');
      expect(r.json.text).toContain('/herald snooze <id>');
    }
  });

  it('errors show the usage of the subcommand', async () => {
    const r = await herald('snooze H-1 soon');
    expect(r.json.response_type).toBe('ephemeral');
    expect(r.json.text).toContain('invalid duration');
    expect(r.json.text).toContain('/herald snooze <id> <duration');
    expect((await herald('frobnicate')).json.text).toContain('unknown subcommand');
  });

  it('ack, resolve with a note, show, list and audit', async () => {
    const inc = await t.incident();
    expect((await herald(`ack ${inc.id}`)).json.text).toContain(`Acknowledged ${inc.id} (open → acknowledged)`);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('acknowledged');
    const listed = await herald('list acked invoice-api');
    expect(listed.json.text).toContain(inc.id);
    expect(JSON.stringify(listed.json.blocks)).toContain('invoice-api');
    expect((await herald('list open invoice-api')).json.text).not.toMatch(new RegExp(`${inc.id}\\b`));
    const r = await herald(`resolve ${inc.id.toLowerCase()} fixed by rolling back deploy 42`, USERS.bob);
    expect(r.json.text).toContain(`Resolved ${inc.id}`);
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored).toMatchObject({ state: 'resolved', resolvedBy: 'U0BOB', resolvedVia: 'command' });
    const thread = t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === inc.ts).map((c) => c.params.text);
    expect(thread.at(-1)).toContain('fixed by rolling back deploy 42');
    const shown = await herald(`show ${inc.id}`, USERS.viewer);
    expect(shown.json.blocks.some((b: any) => b.type === 'header')).toBe(true);
    expect(shown.json.text).toContain(inc.id);
    const audit = await herald(`audit ${inc.id}`, USERS.viewer);
    expect(audit.json.text).toContain('ack/ok');
    expect(audit.json.text).toContain('resolve/ok');
    expect(JSON.stringify(audit.json.blocks)).toContain('via command');
    expect((await herald(`resolve ${inc.id}`)).json.text).toContain('already resolved by <@U0BOB>');
  });

  it('snooze with a duration; a viewer is refused', async () => {
    const inc = await t.incident();
    expect((await herald(`snooze ${inc.id} 2h`, USERS.viewer)).json.text).toMatch(/need the \*responder\* role/);
    expect((await herald(`snooze ${inc.id} 2h`)).json.text).toContain('Snoozed');
    const s = await t.h.app.incidents.get(inc.id);
    expect(s?.state).toBe('snoozed');
    expect(Math.round((s!.snoozedUntil! - Date.now()) / 60_000)).toBe(120);
    expect((await herald('list snoozed')).json.text).toContain(inc.id);
  });

  it('an unknown incident says so', async () => {
    expect((await herald('ack H-zzzzz')).json.text).toContain('No incident H-zzzzz');
  });

  it('mute / mutes / unmute (admin), with audit entries; a responder may list but not mute', async () => {
    expect((await herald('mute service=stripe-sync,env=prod 2h deploy', USERS.alice)).json.text).toMatch(/need the \*admin\* role/);
    const r = await herald('mute service=stripe-sync,env=prod 2h noisy during the migration', USERS.admin);
    expect(r.json.text).toContain('Muted');
    const id = /`(m-[a-z0-9]{8})`/.exec(r.json.text)![1];
    const mute = await t.h.app.mutes.get(id);
    expect(mute).toMatchObject({ matchers: { service: 'stripe-sync', env: 'prod' }, reason: 'noisy during the migration', createdBy: 'U0ADMIN' });
    expect(mute!.endsAt - Date.now()).toBeGreaterThan(7_100_000);
    expect((await herald('mutes', USERS.alice)).json.text).toContain(id);
    expect((await herald('mute bogus_field=1 1h x', USERS.admin)).json.text).toContain('bogus_field');
    expect((await herald(`unmute ${id}`, USERS.admin)).json.text).toContain(`Unmuted \`${id}\``);
    expect((await t.h.app.mutes.list()).map((m) => m.id)).not.toContain(id);
    const res = await fetch(`${t.h.url}/api/audit?limit=1000`, { headers: { authorization: 'Bearer admin-token-0123456789abcdef' } });
    const entries = ((await res.json()) as any).entries as any[];
    expect(entries).toContainEqual(expect.objectContaining({ action: 'mute', outcome: 'ok', via: 'command', incident: null }));
    expect(entries).toContainEqual(expect.objectContaining({ action: 'unmute', outcome: 'ok', actor: { id: 'U0ADMIN', name: 'ada' } }));
    expect(entries).toContainEqual(expect.objectContaining({ action: 'mute', outcome: 'denied', actor: { id: 'U0ALICE', name: 'alice' } }));
  });

  it('stats: by severity, by service, mean times to acknowledge and resolve, leaks', async () => {
    const inc = await t.incident();
    await herald(`ack ${inc.id}`);
    await herald(`resolve ${inc.id}`);
    const r = await herald('stats 24h', USERS.viewer);
    expect(r.json.text).toMatch(/Incidents in the last 24h: \d+/);
    expect(r.json.text).toContain('critical');
    expect(r.json.text).toContain('invoice-api');
    expect(r.json.text).toMatch(/Mean time to acknowledge:\* \d/);
    expect(r.json.text).toMatch(/to resolve:\* \d/);
    expect(r.json.text).toContain('Leaks found');
    expect((await herald('stats 7d')).json.text).toContain('last 7d');
  });
});
