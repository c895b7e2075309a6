import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixture, fixtureNames, fixtureText } from '../../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { messagesOf } from '../../../src/incident/message-state';

let fake: FakeSlack;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.reset();
  h = await startHerald({ name: 'found', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, HERALD_ADMIN_TOKEN: 'admin-token-0123456789' } });
});
afterEach(async () => {
  await h.stop();
});

const posts = () => fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts);
/** Top-level posts per channel (a leak alert also goes to the security channel). */
const postsPerChannel = () => {
  const m = new Map<string, number>();
  for (const p of posts()) m.set(p.params.channel, (m.get(p.params.channel) ?? 0) + 1);
  return m;
};
const oncePerChannel = () => [...postsPerChannel().values()].every((n) => n === 1);
const updates = () => fake.callsOf('chat.update');

describe('a Datadog alert travels to Slack', () => {
  it('posts the first alert of an incident and stores the incident', async () => {
    const r = await h.webhook(fixture('11'));
    expect(r.status).toBe(202);
    expect(r.json).toEqual({ id: '8413307725510384471' });
    await fake.waitFor(() => posts().length === 1);
    const p = posts()[0].params;
    expect(p.text).toContain('Invoice API error rate high');
    expect(JSON.stringify(p.blocks)).toContain('herald_ack');
    expect(p.auth ?? posts()[0].auth).toBe('Bearer xoxb-test');
    await eventually(async () => (await h.app.incidents.list()).length === 1);
    const [inc] = await h.app.incidents.list();
    expect(posts()[0].response?.ts).toMatch(/^\d+\.\d+$/);
    expect(inc).toMatchObject({ state: 'open', count: 1, message: { kind: 'posted', ts: posts()[0].response!.ts }, service: 'invoice-api' });
  });

  it('drops an exact redelivery of the same $ID', async () => {
    const body = fixture('11');
    expect((await h.webhook(body)).status).toBe(202);
    const again = await h.webhook(body);
    expect(again.status).toBe(202);
    expect(again.json).toMatchObject({ id: '8413307725510384471', duplicate: true });
    await fake.waitFor(() => posts().length === 1);
    await idle(h.app);
    expect(posts()).toHaveLength(1);
  });

  it('updates the same message on a repeat (Renotify) instead of posting again', async () => {
    await h.webhook(fixture('11'));
    await fake.waitFor(() => posts().length === 1);
    await h.webhook(fixture('10'));
    await fake.waitFor(() => updates().length >= 1);
    expect(posts()).toHaveLength(1);
    const u = updates().at(-1)!.params;
    expect(u.ts).toBe(posts()[0].response!.ts);
    expect(u.text).toContain('2×');
    const [inc] = await h.app.incidents.list();
    expect(inc.count).toBe(2);
  });

  it('resolves the incident on Recovered and updates the message', async () => {
    await h.webhook(fixture('12'));
    await fake.waitFor(() => posts().length >= 1);
    await h.webhook(fixture('15'));
    await fake.waitFor(() => updates().length >= 1);
    await eventually(async () => (await h.app.incidents.list())[0]?.state === 'resolved');
    const u = updates().at(-1)!.params;
    expect(JSON.stringify(u.blocks)).toContain('Recovered in Datadog');
    expect(JSON.stringify(u.blocks)).toContain('herald_reopen');
    expect(oncePerChannel()).toBe(true);
    expect(await h.app.incidents.list()).toHaveLength(1);
    const [inc] = await h.app.incidents.list();
    const audit = await (await fetch(`${h.url}/api/audit?incident=${inc.id}`, { headers: { authorization: 'Bearer admin-token-0123456789' } })).json();
    expect(JSON.stringify(audit)).toContain('datadog');
    expect(JSON.stringify(audit)).toContain('resolved');
  });

  it('reopens a resolved incident when it fires again, and says so in the thread', async () => {
    await h.webhook(fixture('12'));
    await h.webhook(fixture('15'));
    await eventually(async () => (await h.app.incidents.list())[0]?.state === 'resolved');
    await h.webhook({ ...fixture('12'), id: '8413520098877199999', date: '1761917400000', last_updated: '1761917400000' }); // after the recovery (15)
    await eventually(async () => (await h.app.incidents.list())[0]?.state === 'open');
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.params.thread_ts && /Re-triggered/.test(x.params.text)));
    expect(oncePerChannel()).toBe(true);
    expect(await h.app.incidents.list()).toHaveLength(1);
  });

  it('answers 401 to a wrong or missing secret and posts nothing', async () => {
    expect((await h.webhook(fixture('11'), { secret: 'wrong-secret-000' })).status).toBe(401);
    const none = await h.webhook(fixture('11'), { secret: null });
    expect(none.status).toBe(401);
    expect(none.json.error.code).toBe('unauthorized');
    const basic = await h.webhook(fixture('11'), { secret: null, headers: { authorization: `Basic ${Buffer.from(`datadog:${h.secret}`).toString('base64')}` } });
    expect(basic.status).toBe(202);
    const tok = await h.webhook(fixture('12'), { secret: null, headers: { 'x-herald-token': h.secret } });
    expect(tok.status).toBe(202);
  });

  it('answers 413 to an oversized body, 415 to a wrong content type, 202 to a non-alert, 400 to an empty body', async () => {
    const big = { ...fixture('11'), body: 'x'.repeat(300 * 1024) };
    const r = await h.webhook(big);
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('payload_too_large');
    expect((await h.webhook('hello', { contentType: 'text/plain' })).status).toBe(415);
    // Authenticated bodies that are not the promised alert are kept (Datadog never retries a 4xx).
    const arr = await h.webhook([1, 2, 3]);
    expect(arr.status).toBe(202);
    expect(arr.json.problem).toContain('(body)');
    const wrong = await h.webhook({ title: 'x', tags: { not: 'a string' } });
    expect(wrong.status).toBe(202);
    expect(wrong.json.problem).toContain('tags');
    const empty = await h.webhook('');
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/empty body/);
  });

  it('repairs an unquoted empty $LOGS_SAMPLE and posts the alert', async () => {
    const text = fixtureText('21'); // fixture 15 as Datadog renders it when $LOGS_SAMPLE is empty
    expect(() => JSON.parse(text)).toThrow();
    const r = await h.webhook(text);
    expect(r.status).toBe(202);
    expect(r.json.id).toBe('8413598862201774020');
    expect(r.json.unparsable).toBeUndefined();
  });

  it('accepts a body that cannot be parsed, and posts it redacted to the default channel', async () => {
    const secret = 'sk_live_51HqLyjWDarjtT1zdp7dcXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const r = await h.webhook(`{"id": "8790499999999999999", "title": "[P1] [Triggered] Broken", "body": "Authorization: Bearer ${secret} ", {{{`);
    expect(r.status).toBe(202);
    expect(r.json).toMatchObject({ id: '8790499999999999999', unparsable: true });
    await fake.waitFor(() => posts().some((c) => c.params.channel === '#alerts'));
    const p = posts().find((c) => c.params.channel === '#alerts')!.params;
    expect(p.text).toContain('Unparsable');
    expect(JSON.stringify(fake.calls)).not.toContain(secret);
    expect(JSON.stringify(p.blocks)).toContain('Sensitive data detected');
  });

  it('accepts Datadog form encoding', async () => {
    const f = fixture('11');
    const form = new URLSearchParams(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))).toString();
    const r = await h.webhook(form, { contentType: 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(202);
    expect(r.json.id).toBe(f.id);
    await fake.waitFor(() => posts().length === 1);
  });

  it('posts every fixture exactly once per incident', async () => {
    for (const name of fixtureNames()) {
      const r = await h.webhook(fixtureText(name));
      expect(r.status, name).toBe(202);
    }
    const names = fixtureNames();
    await eventually(async () => {
      const body = await (await fetch(`${h.url}/metrics`)).text();
      const n = [...body.matchAll(/herald_alerts_processed_total\{outcome="(\w+)"\} (\d+)/g)].reduce((s, m) => s + Number(m[2]), 0);
      return n === names.length;
    }, 20_000, 'all fixtures processed');
    const incidents = await h.app.incidents.list({ limit: 100 });
    const fps = new Set(incidents.map((i) => i.fingerprint));
    expect(incidents.length).toBe(fps.size);
    // Every message an incident stores is one top-level post, and there is no other.
    const stored = incidents.flatMap((i) => messagesOf(i).map((m) => `${m.channel} ${m.ts}`)).sort();
    const made = posts().filter((c) => !String(c.params.text).startsWith('Alert storm')).map((c) => `${c.response!.channel} ${c.response!.ts}`).sort();
    expect(stored.length).toBeGreaterThan(0);
    expect(made).toEqual(stored);
    for (const i of incidents) expect(i.channel).toMatch(/^(#|C)/);
  });
});

describe('health and metrics', () => {
  it('serves /healthz, /readyz and Prometheus /metrics', async () => {
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    await h.webhook(fixture('11'));
    await fake.waitFor(() => posts().length === 1);
    await eventually(async () => /herald_alerts_processed_total\{outcome="posted"\} 1/.test(await (await fetch(`${h.url}/metrics`)).text()));
    const m = await (await fetch(`${h.url}/metrics`)).text();
    expect(m).toContain('herald_webhooks_received_total{outcome="accepted"} 1');
    expect(m).toContain('herald_queue_depth');
    expect(m).toContain('process_resident_memory_bytes');
  });
  it('answers 404 JSON for unknown routes', async () => {
    const r = await fetch(`${h.url}/nope`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as any).error.code).toBe('not_found');
  });
});
