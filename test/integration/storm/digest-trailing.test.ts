import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDigest, resolveStormSettings } from '../../../src/slack/storm';
import { StormStore } from '../../../src/slack/storm/storm-store';
import { FakeSlack, type SlackCall } from '../../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { eventually } from '../../helpers/start-herald';
import { newIncident } from './make-incident';
import { SHORT, digestPosts, worker, type Worker } from './storm-harness';

// The trailing update of a storm digest: after the last alert of a burst the digest must
// show the final counts without the storm-check job (which this file never runs). Several
// workers on one Redis stand for several Herald processes; their Slack calls carry their token.

/** A storm that never goes quiet during a test (the check job is not what is tested here). */
const SETTINGS = { quietPeriodMs: 60_000, windowMs: 60_000, updateIntervalMs: 200 };

let fake: FakeSlack;
let redis: Redis;
let prefix: string;
let store: StormStore;
const workers: Worker[] = [];
/** Alerts counted from inside a fake Slack script (not awaited there) still running, and their errors. */
const inFlightAlerts = new Map<string, number>();
const background: unknown[] = [];

beforeEach(async () => {
  fake = await new FakeSlack().start();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('storm-trailing');
  store = new StormStore(redis, prefix, resolveStormSettings({ ...SHORT, ...SETTINGS }));
  background.length = 0;
  inFlightAlerts.clear();
});
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.storm.close();
    await w.writer.drain(5_000);
  }
  await deleteKeys(prefix);
  redis.disconnect();
  await fake.stop();
});

function make(token: string): Worker {
  const w = worker({ fake, redis, prefix, settings: SETTINGS, token });
  workers.push(w);
  return w;
}

/** Successful digest writes (the post, then updates) in a channel, in the order they reached Slack. */
function digestWrites(calls: SlackCall[], channel: string): SlackCall[] {
  return calls.filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.update') && c.params.channel === channel && String(c.params.text).startsWith('Alert storm'));
}

/** Count one more alert (a new incident) in the digest, through worker `w`. */
function alert(w: Worker, channel: string, id: string, n: number): Promise<string> {
  return w.storm.port.addToDigest(channel, newIncident(n, { channel }), id);
}

/** The same, from inside a fake Slack script (the call is in flight): not awaited there. */
function alertInFlight(w: Worker, channel: string, id: string, n: number): void {
  const add = (d: number) => inFlightAlerts.set(channel, (inFlightAlerts.get(channel) ?? 0) + d);
  add(1);
  alert(w, channel, id, n)
    .catch((e: unknown) => background.push(e))
    .finally(() => add(-1));
}

/** The digest as it should look now, from what Redis holds. */
async function wanted(id: string): Promise<unknown> {
  return renderDigest((await store.snapshot(id))!.state).blocks;
}

/**
 * The burst is over: wait (up to 4 s) until no alert is being counted in the channel, no
 * worker has a Slack call for it queued or in flight, and the digest's last write to reach
 * Slack shows what the digest holds; then assert exactly that (a stale write landing last,
 * or a trailing update never sent, fails the test).
 */
async function expectFinalDigest(channel: string, id: string, ws: Worker[]): Promise<void> {
  const shown = () => digestWrites(fake.calls, channel).at(-1)?.params.blocks;
  const counting = () => inFlightAlerts.get(channel) ?? 0;
  const quiet = () => counting() === 0 && ws.every((w) => w.writer.pending(channel) === 0);
  await eventually(async () => quiet() && JSON.stringify(shown()) === JSON.stringify(await wanted(id)), 4_000, `the digest in ${channel} to show the final counts`).catch(() => undefined);
  expect({ channel, counting: counting(), pending: ws.map((w) => w.writer.pending(channel)) }).toEqual({ channel, counting: 0, pending: ws.map(() => 0) });
  expect({ channel, shown: shown() }).toEqual({ channel, shown: await wanted(id) });
  expect(background).toEqual([]);
}

describe('storm digest trailing update', () => {
  it('an update that reaches Slack late (its first attempt failed slowly) is followed by the final one', async () => {
    const a = make('xoxb-a');
    const b = make('xoxb-b');
    for (let burst = 0; burst < 10; burst++) {
      const ch = `C0LATE${burst}`;
      const n = burst * 10;
      const id = await alert(a, ch, '', n);
      await fake.waitFor((c) => digestWrites(c, ch).length === 1, 3_000);
      // A's next update fails after 400 ms (its retry then carries what A read before);
      // while it is in flight, process B counts one more alert and flushes it.
      let armed = true;
      const stop = fake.script((call) => {
        if (!armed || call.method !== 'chat.update' || call.params.channel !== ch || call.auth !== 'Bearer xoxb-a') return undefined;
        armed = false;
        alertInFlight(b, ch, id, n + 2);
        return { status: 500, delayMs: 400, body: { ok: false, error: 'internal_error' } };
      });
      await alert(a, ch, id, n + 1);
      await expectFinalDigest(ch, id, [a, b]);
      expect(armed).toBe(false);
      expect((await store.totals(id)).incidents).toBe(3);
      stop();
    }
  });

  it('a burst that ends with a critical incident keeping its own message shows it in the digest', async () => {
    const a = make('xoxb-a');
    for (let burst = 0; burst < 5; burst++) {
      const ch = `C0CRIT${burst}`;
      const id = await alert(a, ch, '', burst * 10);
      await alert(a, ch, id, burst * 10 + 1);
      await expectFinalDigest(ch, id, [a]); // posted and up to date
      // The critical comes later than the trailing update of the last write, as the last event of the burst.
      await pause(3 * SETTINGS.updateIntervalMs);
      expect(await a.storm.port.admit(ch, newIncident(burst * 10 + 2, { channel: ch, severity: 'critical' }))).toBe('own');
      await expectFinalDigest(ch, id, [a]);
      expect(JSON.stringify(digestWrites(fake.calls, ch).at(-1)!.params.blocks)).toContain('1 critical incident kept its own message');
    }
  });

  it('bursts from two processes, alerts landing while a flush is in flight or just claimed, Slack slow and failing: one digest, final counts', async () => {
    const ws = [make('xoxb-a'), make('xoxb-b')];
    const rnd = seeded(34);
    // 20 bursts, 4 channels at a time (each channel has its own Slack lane and digest).
    for (let round = 0; round < 5; round++) {
      await Promise.all([0, 1, 2, 3].map((k) => burst(ws, `C0BURST${round}${k}`, (round * 4 + k) * 100, rnd)));
    }
  }, 90_000);
});

/**
 * One burst in `ch`: every digest write is slow (20–150 ms), a third of the update attempts
 * fail slowly, up to 6 alerts are counted while an update is in flight, by either process,
 * and 6 more are spaced around the update interval, so some land just after a claim or a send.
 */
async function burst(ws: Worker[], ch: string, first: number, rnd: () => number): Promise<void> {
  let n = first;
  const id = await alert(ws[0]!, ch, '', n++);
  let inFlight = 6;
  const stop = fake.script((call) => {
    if (call.params.channel !== ch || !String(call.params.text).startsWith('Alert storm')) return undefined;
    if (call.method === 'chat.update' && inFlight > 0 && rnd() < 0.5) {
      inFlight--;
      alertInFlight(ws[Math.floor(rnd() * 2)]!, ch, id, n++);
    }
    const delayMs = 20 + Math.floor(rnd() * 130);
    if (call.method === 'chat.update' && rnd() < 0.33) return { status: 500, delayMs, body: { ok: false, error: 'internal_error' } };
    return { delayMs };
  });
  try {
    for (let k = 0; k < 6; k++) {
      await alert(ws[k % 2]!, ch, id, n++);
      await pause(Math.floor(rnd() * 260));
    }
    await expectFinalDigest(ch, id, ws);
    expect(digestPosts(fake.calls).filter((c) => c.params.channel === ch)).toHaveLength(1);
  } finally {
    stop();
  }
}

/** Shapes a burst (time between two alerts); never used to wait for an outcome. */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small seeded PRNG (mulberry32): the burst shapes vary, the same way each run (timing aside). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
