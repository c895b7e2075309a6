import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MuteStore, RulesValidationError } from '../../../src/rules';
import { makeAlert } from '../../unit/rules/alert-factory';

const prefix = `test:rules:${randomBytes(4).toString('hex')}:`;
let redis: Redis;
let now = 1_790_000_000_000;
const clock = () => now;

beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: false, maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('MuteStore (real Redis)', () => {
  it('create, match, record, list, delete', async () => {
    const store = new MuteStore(redis, `${prefix}a:`, clock);
    const mute = await store.create({ matchers: { service: 'stripe-sync', env: 'prod' }, durationMs: 3_600_000, reason: 'Stripe incident', createdBy: 'U0ALICE' });
    expect(mute.id).toMatch(/^m-[a-z0-9]{8}$/);
    expect(mute.endsAt).toBe(now + 3_600_000);
    expect(mute.describe).toBe('service = stripe-sync and env = prod');

    const hit = await store.match(makeAlert());
    expect(hit?.id).toBe(mute.id);
    expect(await store.match(makeAlert({ env: 'staging' }))).toBeNull();

    await store.recordMuted(mute.id, 'alert-1');
    await store.recordMuted(mute.id, 'alert-2');
    expect((await store.get(mute.id))?.mutedCount).toBe(2);
    expect(await store.mutedAlerts(mute.id)).toEqual(['alert-2', 'alert-1']);

    expect((await store.list()).map((m) => m.id)).toEqual([mute.id]);
    const ended = await store.delete(mute.id, 'U0BOB');
    expect(ended).toMatchObject({ id: mute.id, deletedBy: 'U0BOB', deletedAt: now });
    expect(await store.match(makeAlert())).toBeNull();
    expect(await store.list()).toEqual([]);
    expect((await store.list({ includeExpired: true })).map((m) => m.id)).toEqual([mute.id]);
    expect(await store.delete('m-00000000', 'x')).toBeNull();
  });

  it('expires by the clock and cleans up lazily; Redis TTL removes the record', async () => {
    const store = new MuteStore(redis, `${prefix}b:`, clock, { retentionMs: 0 });
    const mute = await store.create({ matchers: { 'tags.integration': 'stripe' }, durationMs: 300, reason: 'deploy', createdBy: 'U0ALICE' });
    const ttl = await redis.pttl(`${prefix}b:mute:${mute.id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    expect((await store.match(makeAlert()))?.id).toBe(mute.id);

    now += 301; // the clock passes endsAt: not applied any more
    expect(await store.match(makeAlert())).toBeNull();
    expect(await store.list()).toEqual([]);

    await new Promise((r) => setTimeout(r, 400)); // the real TTL has run out too
    expect(await redis.exists(`${prefix}b:mute:${mute.id}`)).toBe(0);
    expect(await store.get(mute.id)).toBeNull();
    expect(await store.list({ includeExpired: true })).toEqual([]);
    expect(await redis.zcard(`${prefix}b:mutes`)).toBe(0);
  });

  it('matches by severity when given one', async () => {
    const store = new MuteStore(redis, `${prefix}c:`, clock);
    await store.create({ matchers: { severity: { in: ['low', 'info'] } }, durationMs: 60_000, reason: 'quiet low', createdBy: 'U0ALICE' });
    expect(await store.match(makeAlert(), 'low')).not.toBeNull();
    expect(await store.match(makeAlert(), 'critical')).toBeNull();
    expect(await store.match(makeAlert({ priority: 4 }))).not.toBeNull(); // default severity low
  });

  it('refuses bad matchers naming the field, and bad durations', async () => {
    const store = new MuteStore(redis, `${prefix}d:`, clock);
    const err = await store.create({ matchers: { servce: 'x' }, durationMs: 1000, reason: 'r', createdBy: 'u' }).catch((e) => e);
    expect(err).toBeInstanceOf(RulesValidationError);
    expect(err.problems[0].path).toBe('matchers.servce');
    await expect(store.create({ matchers: {}, durationMs: 1000, reason: 'r', createdBy: 'u' })).rejects.toThrow(/at least one condition/);
    await expect(store.create({ matchers: { service: 'x' }, durationMs: 0, reason: 'r', createdBy: 'u' })).rejects.toThrow(/duration/);
    await expect(store.create({ matchers: { service: 'x' }, durationMs: 1000, reason: ' ', createdBy: 'u' })).rejects.toThrow(/reason/);
    expect(await redis.keys(`${prefix}d:*`)).toEqual([]);
  });
});
