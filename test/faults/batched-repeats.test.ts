/**
 * A flood of alerts for one incident: the worker takes the queued repeats into the incident
 * together (one read, one save, one Slack update), and the result is exactly what one-by-one
 * processing gives — every alert counted once, state changes in order, one top-level post —
 * and a batched alert that runs again (stalled-job recovery) is not counted twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { testPrefix, deleteKeys } from '../helpers/redis-cleanup';
import { eventually, type StartOptions, type TestHerald } from '../helpers/start-herald';
import { idle } from '../helpers/wait';
import { incidentAlert, processedCount, startOnSlack, topPosts } from './support';

let fake: FakeSlack;
const prefix = testPrefix('batch');
const started: TestHerald[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  for (const h of started) await h.stop();
  await fake.stop();
  await deleteKeys(prefix);
});

const start = async (role?: StartOptions['role']) => {
  const h = await startOnSlack(fake, { prefix, keepKeys: true, role });
  started.push(h);
  return h;
};
const BASE = 1_790_000_000_000;
/** Alert n of incident 1, with a Datadog event time that grows with n. */
const alert = (n: number, transition: "Triggered" | "Recovered" = "Triggered"): Record<string, any> => ({ ...incidentAlert(1, n, { tag: 'batch', transition }), date: String(BASE + n * 1000), last_updated: String(BASE + n * 1000) });

describe('a flood of alerts for one incident', () => {
  it('is applied in batches with the same result as one by one, and re-runs do not count twice', async () => {
    const first = await start();
    expect((await first.webhook(alert(0))).status).toBe(202);
    await fake.waitFor(() => topPosts(fake).length === 1);
    await eventually(async () => (await first.app.incidents.list())[0]?.message.kind === 'posted');
    await first.stop();
    started.pop();

    // Queue the flood while no worker runs, so that the worker finds it all at once.
    const web = await start('web');
    for (let n = 1; n <= 80; n++) expect((await web.webhook(alert(n))).status).toBe(202);
    expect((await web.webhook(alert(81, 'Recovered'))).status).toBe(202);
    for (let n = 82; n <= 91; n++) expect((await web.webhook(alert(n))).status).toBe(202);

    const worker = await start('worker');
    await eventually(async () => (await processedCount(worker)) === 91, 30_000, 'all 91 processed');
    const [inc] = await worker.app.incidents.list();
    expect(inc).toMatchObject({ state: 'open', count: 91, reopenedCount: 1, lastAlertId: alert(91).id });
    expect(topPosts(fake)).toHaveLength(1);
    const replies = fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts).map((c) => c.params.text);
    expect(replies.some((t) => /Recovered in Datadog/.test(t))).toBe(true);
    expect(replies.some((t) => /Re-triggered/.test(t))).toBe(true);
    const batched = worker.logs.filter((l) => /"batch":(\d+)/.test(l) && Number(/"batch":(\d+)/.exec(l)![1]) > 1);
    expect(batched.length, "some alerts were applied in a batch").toBeGreaterThanOrEqual(2);
    console.log(`batched repeats: ${batched.length} of 91 alerts applied in batches`);

    // Alert 40 was applied in a batch; its job runs again (as after a worker died).
    const raw = await worker.app.redis.hget(`${prefix}:bull:alerts:alert:${alert(40).id}`, 'data');
    expect(raw).toBeTruthy();
    await worker.app.queue.add(JSON.parse(raw!), { jobId: `rerun:${Date.now()}` });
    await eventually(async () => (await processedCount(worker)) === 92, 20_000, 'the re-run');
    await idle(worker.app);
    expect((await worker.app.incidents.list())[0]!.count).toBe(91);
    expect(topPosts(fake)).toHaveLength(1);
  });
});
