/**
 * Fault: a trigger and its recovery carry the same Datadog event time (both sent from one
 * payload template, or within one second of each other), and the worker takes the recovery
 * first: workers run alerts concurrently, and a slow step (enrichment, a Slack retry) can hold
 * the trigger back. Herald orders them as ingest took them, so the late trigger does not
 * re-open the incident. The test makes that order certain: a web-only Herald takes both
 * webhooks, their queued jobs are swapped, and a worker-only Herald with one job at a time
 * starts after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { eventually, type TestHerald } from '../helpers/start-herald';
import { idle } from '../helpers/wait';
import { incidentAlert, processedCount, startOnSlack } from './support';

let fake: FakeSlack;
let web: TestHerald;
let worker: TestHerald | undefined;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  web = await startOnSlack(fake, { name: 'tie', role: 'web', keepKeys: true });
});
afterAll(async () => {
  await web?.stop();
  await worker?.stop();
  await fake.stop();
});

describe('a trigger and its recovery at the same instant, taken in reverse', () => {
  it('stays resolved: the trigger ingest took first is late, whatever order the worker runs them in', async () => {
    const trigger = incidentAlert(1, 0, { tag: 'tie' });
    const recovery = incidentAlert(1, 1, { tag: 'tie', transition: 'Recovered' });
    expect(recovery.date).toBe(trigger.date);
    expect((await web.webhook(trigger)).status).toBe(202);
    expect((await web.webhook(recovery)).status).toBe(202);
    // Bull pops from the right of its wait list: reversed, the recovery runs first.
    const wait = `${web.prefix}:bull:alerts:wait`;
    const ids = await web.app.redis.lrange(wait, 0, -1);
    expect(ids).toHaveLength(2);
    await web.app.redis.multi().del(wait).rpush(wait, ...ids.reverse()).exec();
    worker = await startOnSlack(fake, { name: 'tie', role: 'worker', prefix: web.prefix, env: { HERALD_CONCURRENCY: '1' } });
    await eventually(async () => (await processedCount(worker!)) === 2, 20_000, 'both alerts processed');
    await idle(worker.app);
    const [inc] = await worker.app.incidents.list();
    expect(inc!.state).toBe('resolved');
    expect(inc!.count).toBe(2);
    expect(inc!.history.map((e) => e.what)).toEqual(['recovered in Datadog (first seen)', 'triggered from Datadog arrived after a newer event; state kept']);
  });
});
