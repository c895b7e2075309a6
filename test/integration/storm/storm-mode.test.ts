import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident, repeatOf } from './make-incident';
import { digestPosts, digestUpdates, exampleLines, ownPosts, sleep, summaryPosts, worker, type Worker } from './storm-harness';
import { digestIdOf } from '../../../src/incident/message-state';

let fake: FakeSlack;
let redis: Redis;
let prefix: string;
const workers: Worker[] = [];

beforeEach(async () => {
  fake = await new FakeSlack().start();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('storm');
});
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.storm.close();
    await w.writer.drain(2_000);
  }
  await deleteKeys(prefix);
  redis.disconnect();
  await fake.stop();
});

function make(settings = {}): Worker {
  const w = worker({ fake, redis, prefix, settings });
  workers.push(w);
  return w;
}

describe('storm mode', () => {
  it('gives every incident its own message below the threshold', async () => {
    const w = make();
    for (let i = 0; i < 4; i++) expect(await w.storm.port.admit('C0STORM', newIncident(i))).toBe('own');
    expect(await w.storm.status('C0STORM')).toEqual({ active: false, incidents: 0, alerts: 0 });
    expect(w.jobs).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('counts per channel: a busy channel does not put a calm one in a storm', async () => {
    const w = make();
    for (let i = 0; i < 6; i++) await w.storm.port.admit('C0BUSY', newIncident(i));
    expect(await w.storm.port.admit('C0CALM', newIncident(99))).toBe('own');
    expect((await w.storm.status('C0BUSY')).active).toBe(true);
    expect((await w.storm.status('C0CALM')).active).toBe(false);
  });

  it('forgets incidents older than the window', async () => {
    const w = make({ windowMs: 300 });
    for (let i = 0; i < 4; i++) await w.storm.port.admit('C0STORM', newIncident(i));
    await sleep(350);
    expect(await w.storm.port.admit('C0STORM', newIncident(4))).toBe('own');
  });

  it('folds incidents into one digest from the threshold on, and arms a storm-check timer', async () => {
    const w = make();
    const saved = [];
    for (let i = 0; i < 8; i++) saved.push(await w.notifyNew(newIncident(i)));
    await w.writer.drain(2_000);
    expect(saved.map((s) => s.message.kind === 'digest')).toEqual([false, false, false, false, true, true, true, true]);
    const ids = new Set(saved.map(digestIdOf).filter(Boolean));
    expect(ids.size).toBe(1);
    const [digestId] = [...ids];
    expect(digestId).toMatch(/^dg-/);
    expect(ownPosts(fake.calls)).toHaveLength(4);
    expect(digestPosts(fake.calls)).toHaveLength(1);
    expect(digestPosts(fake.calls)[0].params.channel).toBe('C0STORM');
    expect(w.jobs).toHaveLength(1);
    expect(w.jobs[0]).toMatchObject({ job: { kind: 'timer', timer: 'storm-check', target: 'C0STORM', token: digestId } });
    expect(w.jobs[0].delayMs).toBeGreaterThan(400);
    expect(w.jobs[0].delayMs).toBeLessThanOrEqual(500);
    expect(await w.storm.status('C0STORM')).toEqual({ active: true, digestId, incidents: 4, alerts: 4 });
    expect(await w.storm.members(digestId!)).toHaveLength(4);
  });

  it('keeps critical incidents on their own message up to the cap, then lists them first in the digest', async () => {
    const w = make();
    for (let i = 0; i < 6; i++) await w.notifyNew(newIncident(i, { severity: 'low' }));
    const verdicts: string[] = [];
    for (let i = 0; i < 5; i++) verdicts.push(await w.storm.port.admit('C0STORM', newIncident(100 + i, { severity: 'critical' })));
    expect(verdicts).toEqual(['own', 'own', 'own', 'digest', 'digest']);
    // The same critical incident admitted again (a job re-run) keeps its verdict.
    const c0 = newIncident(100, { severity: 'critical' });
    expect(await w.storm.port.admit('C0STORM', c0)).toBe('own');
    await w.notifyNew(newIncident(200, { severity: 'critical', title: 'Ledger down' }));
    await w.notifyNew(newIncident(201, { severity: 'critical', title: 'Payments down' }));
    await w.notifyNew(newIncident(7, { severity: 'low' }));
    // The digest flush and its trailing update run in the background (the trailing update
    // one update interval after the last write): wait until the digest shows every member
    // and the three own-message criticals, without running the storm-check job.
    const latest = () => [...digestUpdates(fake.calls), ...digestPosts(fake.calls)].sort((a, b) => a.at - b.at).at(-1);
    const complete = () => {
      const l = latest();
      return !!l && exampleLines(l).length === 5 && JSON.stringify(l.params.blocks).includes('3 critical incidents kept their own message');
    };
    await fake.waitFor(complete, 5_000).catch(() => undefined);
    await w.writer.drain(2_000);
    const last = latest()!;
    const lines = exampleLines(last);
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 2)).toEqual([expect.stringMatching(/^:red_circle: \*H-5k\* Ledger down/), expect.stringMatching(/^:red_circle: \*H-5l\* Payments down/)]);
    expect(lines.slice(2).every((l) => l.startsWith(':large_blue_circle:'))).toBe(true);
    expect(JSON.stringify(last.params.blocks)).toContain('3 critical incidents kept their own message');
  });

  it('re-counts alerts of a digested incident but not the incident', async () => {
    const w = make();
    for (let i = 0; i < 4; i++) await w.notifyNew(newIncident(10 + i));
    const inc = await w.notifyNew(newIncident(0));
    expect(inc.message.kind).toBe('digest');
    const before = await w.storm.status('C0STORM');
    expect(before).toMatchObject({ incidents: 1, alerts: 1 });
    let cur = inc;
    for (let r = 0; r < 3; r++) {
      const next = repeatOf(cur);
      const res = await w.placement.place('repeat', next, ['C0STORM'], cur);
      expect(res.outcome).toBe('digested');
      cur = { ...next, ...res.patch };
    }
    expect(cur.count).toBe(4);
    expect(await w.storm.status('C0STORM')).toMatchObject({ incidents: 1, alerts: 4 });
    // A re-run of the last repeat (same count) adds nothing.
    await w.storm.port.addToDigest('C0STORM', cur, digestIdOf(cur));
    expect(await w.storm.status('C0STORM')).toMatchObject({ incidents: 1, alerts: 4 });
  });

  it('ends the storm after the quiet period: final digest update, one summary, a new storm gets a new digest', async () => {
    const w = make();
    for (let i = 0; i < 7; i++) await w.notifyNew(newIncident(i));
    const first = w.jobs[0];
    // Too early: the storm goes on and the timer is re-armed.
    await w.storm.checkTimer(first.job);
    expect((await w.storm.status('C0STORM')).active).toBe(true);
    expect(w.jobs).toHaveLength(2);
    expect(w.jobs[1].job).toEqual(first.job);
    expect(w.jobs[1].delayMs).toBeGreaterThan(0);
    expect(w.jobs[1].delayMs).toBeLessThanOrEqual(500);
    expect(w.jobs[1].jobId).not.toBe(first.jobId);
    expect(summaryPosts(fake.calls)).toHaveLength(0);

    await sleep(550);
    await w.storm.checkTimer(w.jobs[1].job);
    await w.writer.drain(2_000);
    expect(await w.storm.status('C0STORM')).toEqual({ active: false, incidents: 0, alerts: 0 });
    const summaries = summaryPosts(fake.calls);
    expect(summaries).toHaveLength(1);
    expect(summaries[0].params.text).toMatch(/^Alert storm over in <#C0STORM> after \d+s: 3 incidents · 3 alerts\.$/);
    const finalUpdate = digestUpdates(fake.calls).at(-1)!;
    expect(new Set(digestUpdates(fake.calls).map((c) => c.params.ts)).size).toBe(1);
    expect(finalUpdate.params.blocks[0].text.text).toBe('✅ Alert storm over: 3 incidents · 3 alerts');

    // The timer firing again (a Bull retry, or a second copy) posts nothing more.
    await w.storm.checkTimer(w.jobs[1].job);
    await w.writer.drain(2_000);
    expect(summaryPosts(fake.calls)).toHaveLength(1);

    // Calm again: the next incidents get their own message, until a new storm with a new digest.
    const oldDigest = w.jobs[0].job.token;
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await w.notifyNew(newIncident(50 + i)));
    expect(after.map((s) => s.message.kind === 'digest')).toEqual([false, false, false, false, true, true]);
    expect(digestIdOf(after[5])).not.toBe(oldDigest);
    // The digest flush runs in the background (the job does not wait for Slack).
    await fake.waitFor((c) => digestPosts(c).length >= 2, 5_000);
    await w.writer.drain(2_000);
    expect(digestPosts(fake.calls)).toHaveLength(2);
  });

  it('does not post a digest or summary for a storm in which only capped criticals arrived', async () => {
    const w = make();
    // The fifth critical starts the storm, and the cap (3) lets it keep its own message.
    for (let i = 0; i < 5; i++) expect(await w.storm.port.admit('C0STORM', newIncident(i, { severity: 'critical' }))).toBe('own');
    expect((await w.storm.status('C0STORM')).active).toBe(true);
    await sleep(550);
    await w.storm.checkTimer(w.jobs[0].job);
    await w.writer.drain(2_000);
    expect(fake.calls).toEqual([]);
    expect((await w.storm.status('C0STORM')).active).toBe(false);
  });

  it('ends a storm whose timer was lost when the next incident arrives, and arms a check to post its summary', async () => {
    const w = make();
    for (let i = 0; i < 6; i++) await w.notifyNew(newIncident(i));
    const oldId = w.jobs[0].job.token;
    w.jobs.length = 0; // the storm-check job is lost
    await sleep(550);
    expect(await w.storm.port.admit('C0STORM', newIncident(9))).toBe('own');
    expect(w.jobs).toHaveLength(1);
    expect(w.jobs[0]).toMatchObject({ job: { token: oldId }, delayMs: 0 });
    await w.storm.checkTimer(w.jobs[0].job);
    await w.writer.drain(2_000);
    expect(summaryPosts(fake.calls)).toHaveLength(1);
  });
});
