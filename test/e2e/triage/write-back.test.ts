import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/audit/audit-log';
import { createDatadog } from '../../../src/enrich';
import { createScanner } from '../../../src/scan';
import { AccessControl } from '../../../src/slack/access/access-control';
import { DEFAULT_POLICY } from '../../../src/slack/access/access-policy';
import { GroupDirectory } from '../../../src/slack/access/group-directory';
import { IncidentMessages } from '../../../src/slack/incident-messages';
import { declare } from '../../../src/slack/triage/escalate-declare';
import { createMute, unmute } from '../../../src/slack/triage/mute-actions';
import { SnoozeTimer } from '../../../src/slack/triage/snooze-timer';
import { changeState } from '../../../src/slack/triage/state-actions';
import type { TriageDeps } from '../../../src/slack/triage/triage-deps';
import { FakeDatadog } from '../../helpers/fake-datadog';
import { startTriage, USERS, type Triage } from './triage-harness';

// These tests build triage's dependencies from the running app's real parts plus the real
// Datadog write-back against a local Datadog API server, with incidents enabled (the shipped
// herald.yaml has datadog.incidents: false and no environment variable turns it on).
let t: Triage;
let dd: FakeDatadog;
let d: TriageDeps;
const actor = { id: USERS.admin.id, name: USERS.admin.name };

beforeAll(async () => {
  t = await startTriage('triage-writeback', { access: null });
  dd = await new FakeDatadog().start();
  const scanner = createScanner();
  const { writeBack } = await createDatadog({ apiKey: 'fakeapikey0123456789abcdef0123456', appKey: 'fakeappkey0123456789abcdef0123456789abcd', apiUrl: `${dd.url}/`, timeoutMs: 1000, incidents: true, redis: t.h.app.redis, prefix: `${t.h.prefix}:dd:`, redactText: (text, path) => scanner.redact(text, path) });
  const app = t.h.app;
  d = {
    incidents: app.incidents,
    notifier: new IncidentMessages(app.writer),
    writer: app.writer,
    audit: new AuditLog(app.redis, t.h.prefix, { maxLength: 1000, maxAgeMs: 86_400_000 }),
    access: new AccessControl({ ...DEFAULT_POLICY, defaultRole: 'admin' }, new GroupDirectory({ redis: app.redis, prefix: t.h.prefix, call: (m, a) => app.writer.call(m, a), ttlMs: 60_000 })),
    timer: new SnoozeTimer((j, o) => app.queue.add(j, o), (id) => app.queue.remove(id), Date.now),
    mutes: app.mutes,
    datadog: writeBack,
    declareEnabled: true,
    defaultChannel: '#alerts',
    redis: app.redis,
    prefix: t.h.prefix,
    logger: app.logger,
    clock: Date.now,
    redact: (s) => scanner.redact(s).text,
  };
});
afterAll(async () => {
  await t?.stop();
  await dd?.stop();
});

const thread = (ts: string) => t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts).map((c) => String(c.params.text));

describe('Datadog write-back from triage', () => {
  it('resolve posts a Datadog event', async () => {
    const inc = await t.incident();
    const r = await changeState(d, 'resolve', inc.id, actor, 'button');
    await r.followUp();
    const [ev] = dd.callsTo('POST /api/v1/events');
    expect(ev.body.title).toContain(`${inc.id} resolved in Slack`);
    expect(ev.body.alert_type).toBe('success');
    expect(ev.body.tags).toContain(`herald_incident:${inc.id}`);
  });

  it('a failing write-back leaves the action standing and says so in the thread', async () => {
    const inc = await t.incident();
    const undo = dd.script((c) => (c.path === '/api/v1/events' ? { status: 400, body: { errors: ['bad'] } } : undefined));
    const r = await changeState(d, 'ack', inc.id, actor, 'button');
    await r.followUp();
    undo();
    expect(r.ok).toBe(true);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('acknowledged');
    expect(thread(inc.ts).some((x) => x.includes('Could not post the acknowledged event in Datadog'))).toBe(true);
  });

  it('a mute from an incident creates a matching downtime; unmute cancels it', async () => {
    const inc = await t.incident();
    const stored = await t.h.app.incidents.get(inc.id);
    const m = await createMute(d, { matchers: { monitor_id: stored!.monitorId! }, durationMs: 3_600_000, reason: 'maintenance', incident: stored }, actor, 'button');
    await m.followUp();
    const [dt] = dd.callsTo('POST /api/v2/downtime');
    expect(dt.body.data.attributes.monitor_identifier).toEqual({ monitor_id: Number(stored!.monitorId) });
    const after = await t.h.app.incidents.get(inc.id);
    expect(after?.muteId).toBe(m.mute!.id);
    expect(after?.downtimeId && dd.downtimes.has(after.downtimeId)).toBe(true);
    expect(thread(inc.ts).at(-1)).toContain(`Datadog downtime ${after!.downtimeId}`);
    const u = await unmute(d, m.mute!.id, actor, 'command');
    await u.followUp();
    expect(dd.downtimes.has(after!.downtimeId!)).toBe(false);
  });

  it('declare creates one Datadog incident even when clicked twice', async () => {
    const inc = await t.incident();
    const [a, b] = await Promise.all([declare(d, inc.id, actor, 'button'), declare(d, inc.id, actor, 'button')]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    await (a.ok ? a : b).followUp();
    expect(dd.callsTo('POST /api/v2/incidents')).toHaveLength(1);
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.datadogIncidentId).toMatch(/\S/);
    expect(stored?.datadogIncidentId).not.toBe('pending');
    expect(thread(inc.ts).at(-1)).toContain('Datadog incident');
    expect((await declare(d, inc.id, actor, 'button')).text).toContain('already has a Datadog incident');
  });
});
