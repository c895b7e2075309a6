import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { SIGNING_SECRET, signedHeaders } from '../helpers/slack-signing';
import { startHerald, type TestHerald } from '../helpers/start-herald';

const METRICS_TOKEN = 'metrics-token-0123456789';

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'edges', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, HERALD_METRICS_TOKEN: METRICS_TOKEN } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

/**
 * POST to /slack/events declaring `declared` bytes but sending only the first chunk and
 * never ending the body: the answer can only come from a server that did not wait for it.
 */
function postUnfinished(headers: Record<string, string>, declared: number): Promise<{ status: number; body: string }> {
  const url = new URL(`${h.url}/slack/events`);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, 'content-length': String(declared) } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write('payload=' + 'x'.repeat(1000));
  });
}

describe('edges', () => {
  it('/slack/events without signature headers is refused before its body is read', async () => {
    const r = await postUnfinished({ 'content-type': 'application/x-www-form-urlencoded' }, 4_000_000);
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error.code).toBe('unauthorized');
    expect(h.logs.some((l) => l.includes('slack request refused before reading its body'))).toBe(true);
  });

  it('/slack/events with a body declared over 256 KB is refused with 413, unread', async () => {
    const r = await postUnfinished(signedHeaders(SIGNING_SECRET, 'x'), 300 * 1024);
    expect(r.status).toBe(413);
  });

  it('/slack/events with a streamed body over 256 KB gets 413 from the receiver', async () => {
    const body = `payload=${'x'.repeat(300 * 1024)}`;
    const res = await fetch(`${h.url}/slack/events`, { method: 'POST', headers: signedHeaders(SIGNING_SECRET, body), body: new Blob([body]).stream(), duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('a signed request still reaches Bolt (bad signature → 401 from Bolt, not the guard)', async () => {
    const body = 'payload=%7B%7D';
    const res = await fetch(`${h.url}/slack/events`, { method: 'POST', headers: signedHeaders('wrong-secret', body), body });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it('/metrics needs the bearer token when HERALD_METRICS_TOKEN is set', async () => {
    expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('herald_alerts_processed_total');
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
