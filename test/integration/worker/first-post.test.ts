import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { incidentAlert, processedCount, startOnSlack, topPosts } from '../../faults/support';
import { eventually, type TestHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { tsOf } from '../../../src/incident/message-state';

/**
 * A new incident is saved first and its message posted after its lock is released: while
 * Slack is slow to take the post, the incident's next alerts are counted instead of waiting,
 * and the message, once posted, is brought up to date. One post, whatever happens meanwhile.
 */
let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startOnSlack(fake, { name: 'first-post' });
});
afterAll(async () => {
  await h?.stop();
  await fake.stop();
});

const processed = () => processedCount(h);

describe('a new incident while Slack is slow to take its first post', () => {
  it('counts the next alerts meanwhile, then posts once and updates the message to the latest count', async () => {
    const remove = fake.script((c) => (c.method === 'chat.postMessage' && !c.params.thread_ts ? { delayMs: 4_000 } : undefined));
    try {
      expect((await h.webhook(incidentAlert(1, 0, { tag: 'slow' }))).status).toBe(202);
      await eventually(async () => (await h.app.incidents.list()).length === 1, 5_000, 'incident saved');
      for (let n = 1; n <= 5; n++) expect((await h.webhook(incidentAlert(1, n, { tag: 'slow' }))).status).toBe(202);
      // The repeats are applied while the first post is still in flight.
      await eventually(async () => (await h.app.incidents.list())[0]?.count === 6, 3_000, 'repeats counted during the post');
      expect((await h.app.incidents.list())[0]!.message).toEqual({ kind: 'posting' });
      await eventually(async () => (await processed()) === 6, 10_000, 'all six processed');
      const [inc] = await h.app.incidents.list();
      expect(tsOf(inc!.message)).toMatch(/^\d+\.\d+$/);
      expect(topPosts(fake)).toHaveLength(1);
      await fake.waitFor((c) => c.some((x) => x.method === 'chat.update' && /6×/.test(String(x.params.text))));
    } finally {
      remove();
    }
  });

  it('says "Recovered" in the new thread once the post lands, when the recovery came while it was in flight', async () => {
    const remove = fake.script((c) => (c.method === 'chat.postMessage' && !c.params.thread_ts ? { delayMs: 2_500 } : undefined));
    try {
      expect((await h.webhook(incidentAlert(2, 0, { tag: 'flap' }))).status).toBe(202);
      const mine = async () => (await h.app.incidents.list()).find((i) => i.title.includes('[inc-0002]'));
      await eventually(async () => Boolean(await mine()), 5_000, 'incident saved');
      expect((await h.webhook(incidentAlert(2, 1, { tag: 'flap', transition: 'Recovered' }))).status).toBe(202);
      await eventually(async () => (await mine())?.state === 'resolved', 5_000, 'recovered while posting');
      expect((await mine())!.message).toEqual({ kind: 'posting' });
      const replies = () => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.thread_ts && /Recovered in Datadog/.test(String(c.params.text)) && String(c.params.text ?? '').length > 0);
      await eventually(() => replies().length === 1, 10_000, 'the thread reply');
      const inc = (await mine())!;
      expect(replies()[0]!.params.thread_ts).toBe(tsOf(inc.message));
      expect(topPosts(fake).filter((c) => /\[inc-0002\]/.test(JSON.stringify(c.params)))).toHaveLength(1);
      await idle(h.app);
      expect(replies()).toHaveLength(1);
    } finally {
      remove();
    }
  });
});
