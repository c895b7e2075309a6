import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { rawFixtures } from '../../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'raw', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h.stop();
  await fake.stop();
});

describe('raw bodies (form-encoded, broken templates, cut short) travel to Slack', () => {
  it('accepts each with its exact id, posts each, and no raw secret reaches Slack', async () => {
    const raws = rawFixtures();
    for (const r of raws) {
      const res = await h.webhook(r.text, { contentType: r.content_type });
      expect(res.status, r.file).toBe(202);
      expect(res.json.id, r.file).toBe(r.expect_id);
      expect(res.json.unparsable, r.file).toBe(r.unparsable ? true : undefined);
    }
    await eventually(async () => {
      const m = await (await fetch(`${h.url}/metrics`)).text();
      return [...m.matchAll(/herald_alerts_processed_total\{outcome="\w+"\} (\d+)/g)].reduce((s, x) => s + Number(x[1]), 0) === raws.length;
    }, 20_000, 'every raw body processed');
    const slack = JSON.stringify(fake.calls);
    expect(slack).toContain('Checkout workers at max capacity'); // 20: form-encoded
    expect(slack).toContain('ERP sync heartbeat missing'); // 22: bare $ID
    expect(slack).toContain('Unparsable'); // 24
    for (const r of raws) for (const s of r.sensitive) expect(slack, `${r.file}: ${s.what}`).not.toContain(s.value);
  });
});
