import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricSum } from '../../helpers/child-herald';
import { FakeSlack } from '../../helpers/fake-slack';
import { startHerald, type TestHerald } from '../../helpers/start-herald';

const SECRET = 'sk_live_51HbQkzL0g1nV4lidKeyF0rT3st1ng00aa';

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'invalid-bodies', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

const posts = () => fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts);
const textOf = (c: { params: Record<string, unknown> }) => JSON.stringify(c.params.blocks ?? '') + String(c.params.text);

describe('authenticated bodies that fail validation are accepted, posted redacted and counted as invalid', () => {
  it('an object whose fields have the wrong types: 202, posted to the default channel with what could be read and what was wrong', async () => {
    const body = { id: '8413000000000000101', title: '[P2] [Triggered] Billing sync failing', body: 'sync failed', tags: { service: 'billing' }, alert: ['not', 'an', 'object'] };
    const r = await h.webhook(body);
    expect(r.status).toBe(202);
    expect(r.json).toMatchObject({ id: '8413000000000000101', invalid: true });
    await fake.waitFor(() => posts().some((c) => textOf(c).includes('Billing sync failing')));
    const p = posts().find((c) => textOf(c).includes('Billing sync failing') && c.params.channel === '#alerts');
    expect(p, 'posted to the default channel').toBeDefined();
    const shown = textOf(p!);
    expect(shown).toContain('does not match its payload template');
    expect(shown).toMatch(/alert: expected an object, got an array; tags: expected a string/);
  });

  it('a JSON array: 202, posted redacted with the first object it holds', async () => {
    const r = await h.webhook([{ id: '8413000000000000102', title: '[P3] [Triggered] HubSpot sync lagging', body: `lagging, key ${SECRET}` }]);
    expect(r.status).toBe(202);
    expect(r.json.invalid).toBe(true);
    await fake.waitFor(() => posts().some((c) => textOf(c).includes('HubSpot sync lagging')));
    const shown = textOf(posts().find((c) => textOf(c).includes('HubSpot sync lagging'))!);
    expect(shown).toMatch(/expected a JSON object, got an array \(1 item; the first object is shown\)/);
    expect(shown).toContain('[REDACTED:stripe-secret-key]');
    expect(JSON.stringify(fake.calls)).not.toContain(SECRET);
    expect(h.logs.join('\n')).not.toContain(SECRET);
  });

  it('an empty body gets a clear 400; the invalid ones are counted', async () => {
    const r = await h.webhook('   ');
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/^empty body/);
    const m = await (await fetch(`${h.url}/metrics`)).text();
    expect(metricSum(m, 'herald_webhooks_received_total', { outcome: 'invalid' })).toBe(3);
  });
});
