import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixture } from '../../helpers/fixtures';
import { startHerald, type TestHerald } from '../../helpers/start-herald';

const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-mentions-'));
const rulesFile = path.join(dir, 'rules.yaml');
writeFileSync(rulesFile, 'defaults:\n  channel: "#alerts"\n  mention: ["@security-oncall", "@no-such-group", "<@U0ALICE01>"]\nroutes: []\n');

let fake: FakeSlack;
let h: TestHerald | undefined;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.stop();
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
  fake.reset();
});

const start = () => startHerald({ name: 'mentions', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, HERALD_RULES_FILE: rulesFile } });
const firstPost = async () => {
  await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && !x.params.thread_ts));
  return JSON.stringify(fake.callsOf('chat.postMessage').find((c) => !c.params.thread_ts)!.params.blocks);
};

describe('@handle mentions', () => {
  it('become user group mentions Slack notifies; unknown handles stay text and are reported once', async () => {
    const remove = fake.script((c) => (c.method === 'usergroups.list' ? { body: { ok: true, usergroups: [{ id: 'S0SEC12345', handle: 'security-oncall', name: 'Security on-call' }] } } : undefined));
    try {
      h = await start();
      expect((await h.webhook(fixture('11'))).status).toBe(202);
      const blocks = await firstPost();
      expect(blocks).toContain('<!subteam^S0SEC12345>');
      expect(blocks).not.toContain('@security-oncall');
      expect(blocks).toContain('@no-such-group');
      expect(blocks).toContain('<@U0ALICE01>');
      expect((await h.webhook(fixture('13'))).status).toBe(202);
      await fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage' && !x.params.thread_ts).length >= 2);
      expect(fake.callsOf('usergroups.list')).toHaveLength(1); // cached
      expect(h.logs.filter((l) => l.includes('mentions name no Slack user group'))).toHaveLength(1);
    } finally {
      remove();
    }
  });

  it('fail open: without the usergroups:read scope the alert is still posted, handles as text', async () => {
    const remove = fake.script((c) => (c.method === 'usergroups.list' ? { body: { ok: false, error: 'missing_scope', needed: 'usergroups:read' } } : undefined));
    try {
      h = await start();
      expect((await h.webhook(fixture('11'))).status).toBe(202);
      const blocks = await firstPost();
      expect(blocks).toContain('@security-oncall');
      expect(h.logs.some((l) => l.includes('cannot list Slack user groups'))).toBe(true);
    } finally {
      remove();
    }
  });
});
