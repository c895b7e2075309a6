/**
 * Fault: a job that ran to the end (posted, incident saved) but whose worker died before
 * Bull recorded it as completed is run again by stalled-job recovery. SIGKILL cannot hit
 * that window reliably (a few Redis round trips), so the test runs the very same job data
 * a second time under another job id — exactly what the re-run does — and checks that the
 * second run changes nothing: no second top-level post, no update, count still 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { eventually, type TestHerald } from '../helpers/start-herald';
import { idle } from '../helpers/wait';
import { incidentAlert, processedCount, startOnSlack, topPosts } from './support';

let fake: FakeSlack;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startOnSlack(fake, { name: 'rerun' });
});
afterAll(async () => {
  await h?.stop();
  await fake.stop();
});

const processed = () => processedCount(h);

/** Run an already processed alert job again (as a stalled-job re-run would). */
async function rerun(alertId: string): Promise<void> {
  const raw = await h.app.redis.hget(`${h.prefix}:bull:alerts:alert:${alertId}`, 'data');
  expect(raw, 'the completed job is kept').toBeTruthy();
  await h.app.queue.add(JSON.parse(raw!), { jobId: `rerun:${alertId}:${Date.now()}` });
}

describe('a completed alert job that runs again', () => {
  it('a new incident: no second post, count stays 1', async () => {
    const a = incidentAlert(1, 0, { tag: 'rr' });
    expect((await h.webhook(a)).status).toBe(202);
    await eventually(async () => (await processed()) === 1, 20_000, 'first run');
    await rerun(a.id);
    await eventually(async () => (await processed()) === 2, 20_000, 'second run');
    await idle(h.app);
    expect(topPosts(fake)).toHaveLength(1);
    expect(fake.callsOf('chat.update')).toHaveLength(0);
    const [inc] = await h.app.incidents.list();
    expect(inc.count).toBe(1);
  });

  it('a repeat: counted once, not twice', async () => {
    const first = incidentAlert(2, 0, { tag: 'rr' });
    const second = incidentAlert(2, 1, { tag: 'rr' });
    const before = await processed();
    await h.webhook(first);
    await eventually(async () => (await processed()) === before + 1, 20_000, 'first alert');
    await h.webhook(second);
    await eventually(async () => (await processed()) === before + 2, 20_000, 'second alert');
    await rerun(second.id);
    await eventually(async () => (await processed()) === before + 3, 20_000, 're-run');
    await idle(h.app);
    const inc = (await h.app.incidents.list()).find((i) => i.title.includes('inc-0002'))!;
    expect(inc.count).toBe(2);
    expect(topPosts(fake).filter((c) => JSON.stringify(c.params).includes('inc-0002'))).toHaveLength(1);
  });

  it('a recovery: resolved once, a re-run does not re-open or count it', async () => {
    const trig = incidentAlert(3, 0, { tag: 'rr' });
    const rec = incidentAlert(3, 1, { tag: 'rr', transition: 'Recovered' });
    const before = await processed();
    // One after the other, as Datadog sends them: both carry the fixture's event time, so
    // only the order they are taken in says which came first.
    await h.webhook(trig);
    await eventually(async () => (await processed()) === before + 1, 20_000, 'trigger');
    await h.webhook(rec);
    await eventually(async () => (await processed()) === before + 2, 20_000, 'recovery');
    expect((await h.app.incidents.list()).find((i) => i.title.includes('inc-0003'))!.state, 'resolved before the re-run').toBe('resolved');
    const threadBefore = fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts).length;
    await rerun(rec.id);
    await eventually(async () => (await processed()) === before + 3, 20_000, 're-run');
    await idle(h.app);
    const inc = (await h.app.incidents.list()).find((i) => i.title.includes('inc-0003'))!;
    expect(inc.state).toBe('resolved');
    expect(inc.count).toBe(1);
    expect(fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts)).toHaveLength(threadBefore);
  });
});
