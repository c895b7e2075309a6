/**
 * The incident record's split layout and the one-script repeat (IncidentStore.repeatFast):
 * what it takes, what it leaves to the full path, exact counts when several processes repeat
 * at once, and records stored by the previous version.
 */
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alert/alert';
import { decisionKey } from '../../../src/incident/incident-record';
import type { Incident } from '../../../src/incident/incident';
import { IncidentStore } from '../../../src/incident/incident-store';
import { posted } from '../../../src/incident/message-state';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident } from '../storm/make-incident';

let redis: Redis;
let prefix: string;
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
beforeEach(() => {
  redis = new Redis(url);
  prefix = testPrefix('fast');
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

/** An incident saved as posted in its channel (the state after its first message landed). */
async function postedIncident(store: IncidentStore, n: number): Promise<Incident> {
  const inc = newIncident(n);
  const r = await store.save({ ...inc, channel: 'C1', message: posted('1.1') }, null);
  if (!r.ok) throw new Error('save failed');
  return r.incident;
}

/** The k-th repeat of the incident's alert (a new id, a later event time). */
const repeat = (inc: Incident, k: number, o: Partial<Alert> = {}): Alert => ({ ...inc.alert, id: `${inc.alert.id}-r${k}`, date: inc.alert.date + k, ...o });

describe('a repeat of an open incident in one script', () => {
  it('counts it, sets the last alert and the applied mark, and bumps the version', async () => {
    const store = new IncidentStore(redis, prefix);
    const inc = await postedIncident(store, 1);
    const r = await store.repeatFast(inc.fingerprint, repeat(inc, 1, { transition: 'Re-Triggered' }), decisionKey(inc.decision));
    expect(r).toMatchObject({ id: inc.id, count: 2, version: inc.version + 1, state: 'open', outcome: 'updated', channel: 'C1', message: posted('1.1') });
    const after = (await store.get(inc.id))!;
    expect(after).toMatchObject({ count: 2, version: inc.version + 1, lastAlertId: `${inc.alert.id}-r1`, lastTransition: 'Re-Triggered', title: inc.title, history: inc.history });
    expect(after.alert).toMatchObject({ id: `${inc.alert.id}-r1`, transition: 'Re-Triggered', message: inc.alert.message });
    expect(await store.notificationTs(`${inc.alert.id}-r1:applied`)).toBe('updated');
    // A compare-and-set save planned on the old version now loses (and re-plans).
    expect((await store.save({ ...inc, count: 99 }, inc.version)).ok).toBe(false);
  });

  it('leaves to the full path: a re-run, another decision, a message not posted yet, a resolved incident, no incident', async () => {
    const store = new IncidentStore(redis, prefix);
    const inc = await postedIncident(store, 2);
    const key = decisionKey(inc.decision);
    const a = repeat(inc, 1);
    expect(await store.repeatFast(inc.fingerprint, a, key)).not.toBeNull();
    expect(await store.repeatFast(inc.fingerprint, a, key), 're-run of the same alert').toBeNull();
    expect(await store.repeatFast(inc.fingerprint, repeat(inc, 2), decisionKey({ ...inc.decision, severity: 'low' })), 'another decision').toBeNull();
    expect(await store.repeatFast('no-such-fingerprint', repeat(inc, 3), key)).toBeNull();
    const cur = (await store.get(inc.id))!;
    await store.save({ ...cur, state: 'resolved', resolvedAt: Date.now() }, cur.version);
    expect(await store.repeatFast(inc.fingerprint, repeat(inc, 4), key), 'resolved').toBeNull();
    const fresh = newIncident(3); // saved while its message is being posted
    await store.save({ ...fresh, channel: 'C1', message: { kind: 'posting' } }, null);
    expect(await store.repeatFast(fresh.fingerprint, repeat(fresh, 1), decisionKey(fresh.decision)), 'posting').toBeNull();
    expect((await store.get(inc.id))!.count).toBe(2);
  });

  it('keeps the latest event: a later time takes its arrival, the same time the later arrival, an earlier time neither', async () => {
    const store = new IncidentStore(redis, prefix);
    const inc = await postedIncident(store, 5);
    const at = inc.alert.date;
    const saved = (await store.save({ ...inc, eventAt: at, eventArrival: 100 }, inc.version)) as { ok: true; incident: Incident };
    const key = decisionKey(inc.decision);
    const event = async () => (await store.get(inc.id))!;
    expect(await event()).toMatchObject({ eventAt: at, eventArrival: 100 });
    await store.repeatFast(inc.fingerprint, { ...repeat(saved.incident, 1), date: at, arrival: 300 }, key);
    expect(await event()).toMatchObject({ eventAt: at, eventArrival: 300 });
    await store.repeatFast(inc.fingerprint, { ...repeat(saved.incident, 2), date: at, arrival: 200 }, key);
    expect(await event(), 'the same time, taken earlier: arrival kept').toMatchObject({ eventAt: at, eventArrival: 300 });
    await store.repeatFast(inc.fingerprint, { ...repeat(saved.incident, 3), date: at - 5, arrival: 900 }, key);
    expect(await event(), 'an earlier time: nothing of it kept').toMatchObject({ eventAt: at, eventArrival: 300 });
    await store.repeatFast(inc.fingerprint, { ...repeat(saved.incident, 4), date: at + 5, arrival: 50 }, key);
    expect(await event(), 'a later time: its arrival, however small').toMatchObject({ eventAt: at + 5, eventArrival: 50 });
    const noArrival = await store.repeatFast(inc.fingerprint, { ...repeat(saved.incident, 5), date: at + 9 }, key);
    expect(noArrival).not.toBeNull();
    const last = await event();
    expect(last.eventAt).toBe(at + 9);
    expect(last.eventArrival, 'an alert without arrival (not from a webhook) leaves none').toBeUndefined();
  });

  it('is digested when every message is in a storm digest', async () => {
    const store = new IncidentStore(redis, prefix);
    const inc = newIncident(4);
    await store.save({ ...inc, channel: 'C1', message: { kind: 'digest', digestId: 'dg-1' } }, null);
    const r = await store.repeatFast(inc.fingerprint, repeat(inc, 1), decisionKey(inc.decision));
    expect(r).toMatchObject({ outcome: 'digested', message: { kind: 'digest', digestId: 'dg-1' }, digest: { title: inc.title, severity: inc.severity } });
    expect(await store.notificationTs(`${inc.alert.id}-r1:applied`)).toBe('digested');
  });

  it('counts exactly when three processes repeat the same incident at once', async () => {
    const conns = [redis, new Redis(url), new Redis(url)];
    try {
      const stores = conns.map((c) => new IncidentStore(c, prefix));
      const inc = await postedIncident(stores[0]!, 5);
      const key = decisionKey(inc.decision);
      const results = await Promise.all(Array.from({ length: 300 }, (_, k) => stores[k % 3]!.repeatFast(inc.fingerprint, repeat(inc, k + 1), key)));
      expect(results.every((r) => r !== null)).toBe(true);
      expect(new Set(results.map((r) => r!.count)).size).toBe(300);
      expect((await stores[1]!.get(inc.id))!).toMatchObject({ count: 301, version: inc.version + 300 });
    } finally {
      conns.slice(1).forEach((c) => c.disconnect());
    }
  });

  it('reads a record of the previous version (everything in `data`) and leaves its repeats to the full path, whose save splits it', async () => {
    const store = new IncidentStore(redis, prefix);
    const inc = { ...newIncident(6), channel: 'C1', message: posted('1.1'), version: 3 };
    await redis.hset(`${prefix}:inc:${inc.id}`, 'data', JSON.stringify(inc), 'state', 'open', 'version', '3');
    await redis.set(`${prefix}:fp:${inc.fingerprint}`, inc.id);
    const read = (await store.get(inc.id))!;
    expect(read).toEqual(inc);
    expect(await store.repeatFast(inc.fingerprint, repeat(inc, 1), decisionKey(inc.decision))).toBeNull();
    expect((await store.save({ ...read, count: 2 }, 3)).ok).toBe(true);
    expect(await redis.hget(`${prefix}:inc:${inc.id}`, 'count')).toBe('2');
    expect(JSON.parse((await redis.hget(`${prefix}:inc:${inc.id}`, 'data'))!)).not.toHaveProperty('alert');
    expect(await store.repeatFast(inc.fingerprint, repeat(inc, 2), decisionKey(inc.decision))).toMatchObject({ count: 3 });
  });
});
