import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { digestIdOf, tsOf } from '../../../src/incident/message-state';
import { FakeSlack } from '../../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident, repeatOf } from './make-incident';
import { digestPosts, ownPosts, worker, type Worker } from './storm-harness';

let fake: FakeSlack;
let redis: Redis;
let prefix: string;
let w: Worker;

beforeEach(async () => {
  fake = await new FakeSlack().start();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('storm-copies');
  w = worker({ fake, redis, prefix, settings: { windowMs: 60_000 } }); // a window no loaded machine outlasts: the storm is decided by count here, not by timing
});
afterEach(async () => {
  w.storm.close();
  await w.writer.drain(2_000);
  await deleteKeys(prefix);
  redis.disconnect();
  await fake.stop();
});

const team = (i: number) => `C0TEAM${String(i).padStart(2, '0')}`;
const SEC = 'C0SECURITY';

describe('a storm in one of an incident\'s channels (routes with several channels)', () => {
  it('folds the copies into that channel\'s digest and still posts in the calm channels', async () => {
    const saved: Incident[] = [];
    for (let i = 0; i < 8; i++) {
      const inc = newIncident(i, { channel: team(i) });
      saved.push(await w.place(inc, [team(i), SEC]));
    }
    await w.writer.drain(2_000);
    // Every team channel has the incident's own message.
    for (let i = 0; i < 8; i++) expect(ownPosts(fake.calls).filter((c) => c.params.channel === team(i))).toHaveLength(1);
    // The security channel: own messages below the threshold (5), then the digest.
    const secOwn = ownPosts(fake.calls).filter((c) => c.params.channel === SEC);
    expect(secOwn).toHaveLength(4);
    expect(saved.slice(4).every((s) => s.copies[0]!.message.kind === 'digest' && digestIdOf(s.copies[0]!))).toBe(true);
    await fake.waitFor((c) => digestPosts(c).some((p) => p.params.channel === SEC), 5_000); // the flush runs in the background
    expect(digestPosts(fake.calls).filter((c) => c.params.channel === SEC)).toHaveLength(1);
    expect(await w.storm.status(SEC)).toMatchObject({ active: true, incidents: 4, alerts: 4 });

    // A repeat counts in the security digest, and the update touches only the team message.
    fake.reset();
    const again = repeatOf(saved[6]!);
    const r = await w.placement.place('repeat', again, [team(6), SEC], saved[6]!);
    expect(r.outcome).toBe('updated');
    expect(await w.storm.status(SEC)).toMatchObject({ incidents: 4, alerts: 5 });
    w.notify.refresh({ ...again, version: 2 });
    await w.writer.drain(2_000);
    const updates = fake.callsOf('chat.update').filter((c) => !String(c.params.text).startsWith('Alert storm'));
    expect(updates.map((c) => c.params.channel)).toEqual([team(6)]);
  });

  it('posts in the calm copy channel when the primary channel is in a storm', async () => {
    for (let i = 0; i < 5; i++) await w.storm.port.admit(SEC, newIncident(100 + i));
    const inc = newIncident(7, { channel: SEC });
    const r = await w.placement.place('new', inc, [SEC, team(7)], null);
    expect(r.outcome).toBe('posted');
    expect(r.patch).toMatchObject({ channel: SEC, message: { kind: 'digest' }, copies: [{ channel: team(7), message: { kind: 'posting' } }] });
    const stored = await w.place(newIncident(8, { channel: SEC }), [SEC, team(8)]);
    expect(stored).toMatchObject({ message: { kind: 'digest' } });
    expect(tsOf(stored.copies[0]!.message)).toMatch(/^\d+\.\d+$/);
    expect(ownPosts(fake.calls).map((c) => c.params.channel)).toEqual([team(8)]);
  });
});
