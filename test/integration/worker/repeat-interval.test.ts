import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixture } from '../../helpers/fixtures';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { eventually, startHerald } from '../../helpers/start-herald';

const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-repeat-'));
const rulesFile = path.join(dir, 'rules.yaml');
writeFileSync(rulesFile, 'defaults:\n  channel: "#alerts"\n  repeat_interval: 2s\nroutes: []\n');

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.stop();
});

const stillFiring = () => fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts && /Still firing/.test(c.params.text));

describe('repeat_interval re-notification', () => {
  it('re-notifies a still-open incident in its thread, and keeps doing so across a restart', async () => {
    const prefix = testPrefix('repeat');
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, HERALD_RULES_FILE: rulesFile };
    const a = await startHerald({ prefix, keepKeys: true, env });
    try {
      expect((await a.webhook(fixture('11'))).status).toBe(202);
      await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && !x.params.thread_ts));
      await eventually(() => stillFiring().length >= 1, 10_000, 'first re-notification');
      const first = stillFiring()[0].params;
      expect(first.reply_broadcast).toBe('true');
    } finally {
      await a.stop();
    }
    // The next timer is a Bull delayed job in Redis: a new process picks it up.
    const before = stillFiring().length;
    const b = await startHerald({ prefix, keepKeys: true, env });
    try {
      await eventually(() => stillFiring().length > before, 10_000, 're-notification after restart');
      // Acknowledged incidents are not re-notified.
      const [inc] = await b.app.incidents.list();
      await b.app.incidents.update(inc.id, (cur) => ({ ...cur, state: 'acknowledged', ackBy: 'U1', ackAt: Date.now() }));
      const n = stillFiring().length;
      await new Promise((r) => setTimeout(r, 4_500));
      expect(stillFiring().length).toBe(n);
    } finally {
      await b.stop();
      await deleteKeys(prefix);
    }
  });
});
