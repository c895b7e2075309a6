/**
 * A fast repeat of an incident held in a storm digest counts the digest in the same script
 * (IncidentStore.repeatFast with digest counts: REPEAT + RECOUNT_FN): the digest's totals
 * are exactly what the storm's ADD would give, also with several processes at once, and a
 * digest that is gone is left to ADD (nothing counted, nothing created).
 */
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alert/alert';
import type { Incident } from '../../../src/incident/incident';
import { decisionKey } from '../../../src/incident/incident-record';
import { IncidentStore } from '../../../src/incident/incident-store';
import { StormStore } from '../../../src/slack/storm/storm-store';
import { resolveStormSettings } from '../../../src/slack/storm/storm-settings';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident } from './make-incident';

let redis: Redis;
let prefix: string;
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
beforeEach(() => {
  redis = new Redis(url);
  prefix = testPrefix('recount');
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

const settings = resolveStormSettings({ threshold: 1, windowMs: 60_000, criticalCap: 0, quietPeriodMs: 60_000 });
const repeat = (inc: Incident, k: number): Alert => ({ ...inc.alert, id: `${inc.alert.id}-r${k}`, date: inc.alert.date + k });

/** An incident saved in digest `dg` of channel C1 (as placed by a storm), and the digest holding it with count 1. */
async function digestedIncident(store: IncidentStore, storm: StormStore, n: number, dg: string): Promise<Incident> {
  const inc = newIncident(n, { channel: 'C1' });
  const r = await store.save({ ...inc, channel: 'C1', message: { kind: 'digest', digestId: dg } }, null);
  if (!r.ok) throw new Error('save failed');
  await storm.add('C1', r.incident, '', Date.now(), dg);
  return r.incident;
}

describe('a fast repeat counts its storm digest in the same step', () => {
  it('sets the digest to the incident count, as ADD would, and ADD after it changes nothing', async () => {
    const store = new IncidentStore(redis, prefix);
    const storm = new StormStore(redis, prefix, settings);
    const inc = await digestedIncident(store, storm, 1, 'dg-a');
    const counts = { base: storm.base, ttlMs: settings.retentionMs };
    const r = await store.repeatFast(inc.fingerprint, repeat(inc, 1), decisionKey(inc.decision), counts);
    expect(r).toMatchObject({ count: 2, outcome: 'digested', counted: ['dg-a'] });
    expect(await storm.totals('dg-a')).toEqual({ incidents: 1, alerts: 2 });
    const agg = await redis.hgetall(storm.digestKey('dg-a', 'agg'));
    expect(agg[`sa:${inc.severity}`]).toBe('2');
    expect(agg[`va:${inc.service}`]).toBe('2');
    const ver = await redis.hget(storm.digestKey('dg-a', 'meta'), 'ver');
    await storm.add('C1', { ...inc, count: 2 }, 'dg-a', Date.now(), 'dg-unused');
    expect(await redis.hget(storm.digestKey('dg-a', 'meta'), 'ver'), 'ADD with the same count').toBe(ver);
    expect(await storm.totals('dg-a')).toEqual({ incidents: 1, alerts: 2 });
    // Without digest counts (no storm mode) the script leaves the digest alone.
    const plain = await store.repeatFast(inc.fingerprint, repeat(inc, 2), decisionKey(inc.decision));
    expect(plain).toMatchObject({ count: 3, counted: [] });
    expect(await storm.totals('dg-a')).toEqual({ incidents: 1, alerts: 2 });
  });

  it('keeps exact totals with three connections repeating at once', async () => {
    const conns = [redis, new Redis(url), new Redis(url)];
    try {
      const stores = conns.map((c) => new IncidentStore(c, prefix));
      const storm = new StormStore(redis, prefix, settings);
      const incs = [await digestedIncident(stores[0]!, storm, 1, 'dg-b'), await digestedIncident(stores[0]!, storm, 2, 'dg-b')];
      const counts = { base: storm.base, ttlMs: settings.retentionMs };
      const rs = await Promise.all(Array.from({ length: 300 }, (_, k) => stores[k % 3]!.repeatFast(incs[k % 2]!.fingerprint, repeat(incs[k % 2]!, k + 1), decisionKey(incs[0]!.decision), counts)));
      expect(rs.every((r) => r?.counted[0] === 'dg-b')).toBe(true);
      expect(await storm.totals('dg-b')).toEqual({ incidents: 2, alerts: 302 });
      expect(await redis.hmget(storm.digestKey('dg-b', 'alerts'), incs[0]!.id, incs[1]!.id)).toEqual(['151', '151']);
    } finally {
      conns.slice(1).forEach((c) => c.disconnect());
    }
  });

  it('leaves a digest that is gone to ADD: nothing counted, nothing created', async () => {
    const store = new IncidentStore(redis, prefix);
    const storm = new StormStore(redis, prefix, settings);
    const inc = await digestedIncident(store, storm, 3, 'dg-c');
    await redis.del(...['meta', 'agg', 'alerts', 'info', 'ex'].map((p) => storm.digestKey('dg-c', p)));
    const r = await store.repeatFast(inc.fingerprint, repeat(inc, 1), decisionKey(inc.decision), { base: storm.base, ttlMs: settings.retentionMs });
    expect(r).toMatchObject({ count: 2, counted: [] });
    expect(await redis.exists(storm.digestKey('dg-c', 'meta'), storm.digestKey('dg-c', 'agg'), storm.digestKey('dg-c', 'alerts'))).toBe(0);
  });
});
