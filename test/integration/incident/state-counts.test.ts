import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncidentStore } from '../../../src/incident/incident-store';
import { newIncident } from '../storm/make-incident';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

let redis: Redis;
let prefix: string;
beforeEach(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('counts');
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

describe('incident counts per state (herald_incidents)', () => {
  it('follow every save, including state changes and re-creations', async () => {
    const store = new IncidentStore(redis, prefix);
    const a = newIncident(1);
    const b = newIncident(2);
    const savedA = await store.save(a, null);
    await store.save(b, null);
    expect(await store.stateCounts()).toMatchObject({ open: 2, acknowledged: 0, resolved: 0 });
    if (!savedA.ok) throw new Error('save failed');
    await store.save({ ...savedA.incident, state: 'acknowledged' }, savedA.incident.version);
    const acked = (await store.get(a.id))!;
    await store.save({ ...acked, state: 'resolved' }, acked.version);
    expect(await store.stateCounts()).toMatchObject({ open: 1, acknowledged: 0, snoozed: 0, resolved: 1 });
    // A stale compare-and-set changes nothing.
    expect((await store.save({ ...acked, state: 'open' }, acked.version)).ok).toBe(false);
    expect(await store.stateCounts()).toMatchObject({ open: 1, resolved: 1 });
  });

  it('drop incidents that expired by retention, and trim them from the index', async () => {
    let now = Date.now();
    const store = new IncidentStore(redis, prefix, () => now, 300);
    await store.save(newIncident(3), null);
    expect((await store.stateCounts()).open).toBe(1);
    await new Promise((r) => setTimeout(r, 450)); // the Redis TTL runs on real time
    now += 450;
    expect((await store.stateCounts()).open).toBe(0);
    expect(await store.list()).toEqual([]);
    expect(await redis.zcard(`${prefix}:inc:index`)).toBe(0);
  });
});
