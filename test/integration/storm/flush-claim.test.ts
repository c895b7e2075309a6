/**
 * The digest update claim (StormStore.claimFlush / settleFlush on the real Redis scripts): a
 * claim is a lease until settled, so a slow update is not overtaken by a newer one; a forced
 * claim goes ahead anyway, and the overtaken update's settle marks the digest for sending again.
 */
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StormStore } from '../../../src/slack/storm/storm-store';
import { resolveStormSettings } from '../../../src/slack/storm/storm-settings';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident } from './make-incident';

let redis: Redis;
let prefix: string;
let store: StormStore;
const INTERVAL = 200;
const LEASE = 30_000;

beforeEach(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('flush-claim');
  store = new StormStore(redis, prefix, resolveStormSettings({ threshold: 1, windowMs: 60_000, criticalCap: 0, quietPeriodMs: 60_000, updateIntervalMs: INTERVAL }));
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

/** A posted digest (as of `now`) holding `n` incidents, Slack showing all of them. */
async function postedDigest(now: number, n: number): Promise<string> {
  let id = '';
  for (let i = 0; i < n; i++) id = (await store.add('C1', newIncident(i, { channel: 'C1' }), id, now, `dg-test-${prefix.slice(-6)}`)).digestId;
  const snap = (await store.snapshot(id))!;
  await store.markSent(id, snap.ver, { ts: '1.000001', channel: 'C1', at: now });
  return id;
}

const verOf = async (id: string) => (await store.snapshot(id))!.ver;

describe('digest update claim', () => {
  it('holds other updates off until settled, then throttles by the interval', async () => {
    const t = Date.now();
    const id = await postedDigest(t, 1);
    expect(await store.claimFlush(id, t + 10, false, LEASE)).toEqual({ status: 'clean', n: 0 });
    await store.add('C1', newIncident(1, { channel: 'C1' }), id, t + 20, 'unused');
    const first = await store.claimFlush(id, t + 500, false, LEASE);
    expect(first.status).toBe('go');
    // Another alert while that update is in flight: even long after the interval, wait for it.
    await store.add('C1', newIncident(2, { channel: 'C1' }), id, t + 510, 'unused');
    expect(await store.claimFlush(id, t + 5_000, false, LEASE)).toEqual({ status: 'wait', n: INTERVAL });
    // Settled (it sent the version before the last alert): the next claim goes, after the interval.
    expect(await store.settleFlush(id, first.n, (await verOf(id)) - 1)).toBe(true);
    expect((await store.claimFlush(id, t + 5_000, false, LEASE)).status).toBe('go');
  });

  it('lets a claim whose update failed go on: settle with nothing sent ends the lease, the digest stays dirty', async () => {
    const t = Date.now();
    const id = await postedDigest(t, 1);
    await store.add('C1', newIncident(1, { channel: 'C1' }), id, t, 'unused');
    const c = await store.claimFlush(id, t + 300, false, LEASE);
    expect(await store.settleFlush(id, c.n, null)).toBe(true);
    expect((await store.claimFlush(id, t + 600, false, LEASE)).status).toBe('go');
  });

  it('a forced claim overtakes an update in flight; the overtaken one settling late has the latest sent again', async () => {
    const t = Date.now();
    const id = await postedDigest(t, 1);
    await store.add('C1', newIncident(1, { channel: 'C1' }), id, t, 'unused');
    const slow = await store.claimFlush(id, t + 300, false, LEASE);
    const slowVer = await verOf(id);
    await store.add('C1', newIncident(2, { channel: 'C1' }), id, t + 310, 'unused');
    const forced = await store.claimFlush(id, t + 320, true, LEASE);
    expect(forced.status).toBe('go');
    expect(forced.n).toBeGreaterThan(slow.n);
    // The forced update (newest) is answered first, then the slow one (older content) lands.
    expect(await store.settleFlush(id, forced.n, await verOf(id))).toBe(true);
    expect((await store.claimFlush(id, t + 10_000, false, LEASE)).status).toBe('clean');
    expect(await store.settleFlush(id, slow.n, slowVer)).toBe(false);
    expect((await store.claimFlush(id, t + 10_000, false, LEASE)).status).toBe('go');
  });

  it('a lease runs out: a crashed holder does not stop updates for longer than the lease', async () => {
    const t = Date.now();
    const id = await postedDigest(t, 1);
    await store.add('C1', newIncident(1, { channel: 'C1' }), id, t, 'unused');
    expect((await store.claimFlush(id, t + 300, false, 1_000)).status).toBe('go');
    expect((await store.claimFlush(id, t + 1_200, false, 1_000)).status).toBe('wait');
    expect((await store.claimFlush(id, t + 1_301, false, 1_000)).status).toBe('go');
  });
});
