import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, freshDelivery, loadExample } from '../../../src/cli/examples';
import { QUICKSTART_SECRET, runTryCommand } from '../../../src/cli/try-command';
import { captureIo } from '../../helpers/cli-io';
import { freePort } from '../../helpers/child-herald';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';

let h: TestHerald;
beforeAll(async () => {
  h = await startHerald({ name: 'try', env: { SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined } });
});
afterAll(async () => {
  await h.stop();
});

const dryRunLines = () => h.logs.filter((l) => l.includes('would call Slack')).map((l) => JSON.parse(l) as Record<string, any>);

describe('herald try', () => {
  it('posts the default example to a running Herald, which logs the message it would post, redacted', async () => {
    const io = captureIo();
    const code = await runTryCommand(['--url', h.url, '--secret', h.secret], io);
    expect(code, io.err).toBe(0);
    expect(io.out).toMatch(/← 202 \{"id":"\d{19}"\}/);
    expect(io.out).toContain('stripe-leak');
    await eventually(() => dryRunLines().some((l) => l.method === 'chat.postMessage' && l.channel === '#security-alerts'), 10_000, 'the dry-run post');
    const line = dryRunLines().find((l) => l.channel === '#security-alerts')!;
    expect(line.rendered).toContain('Stripe connector errors spiking');
    expect(line.rendered).toContain('Sensitive data detected');
    const logs = h.logs.join('\n');
    for (const raw of ['sk_live_51QkestrelNotARealKey', '4000 0566 5566 5556', 'm.okafor@example.net']) expect(logs).not.toContain(raw);
  });

  it('gives every try a fresh $ID, so trying twice is not dropped as a redelivery; the recovery updates the incident', async () => {
    const before = (await h.app.incidents.list({ limit: 100 })).find((i) => i.service === 'stripe-connector');
    expect(before).toBeDefined();
    const io = captureIo();
    expect(await runTryCommand(['stripe-leak', '--url', h.url, '--secret', h.secret], io)).toBe(0);
    expect(io.out).not.toContain('duplicate');
    await eventually(async () => (await h.app.incidents.get(before!.id))?.count === 2, 10_000, 'the repeat counted');
    expect(await runTryCommand(['stripe-recovered', '--url', h.url, '--secret', h.secret], captureIo())).toBe(0);
    await eventually(async () => (await h.app.incidents.get(before!.id))?.state === 'resolved', 10_000, 'the incident resolved');
  });

  it('sends any example by name, or a payload file by path', async () => {
    for (const name of ['error-rate', 'synthetics', 'test/fixtures/datadog/09-metric-no-data.json']) {
      const io = captureIo();
      expect(await runTryCommand([name, '--url', h.url, '--secret', h.secret], io), `${name}: ${io.err}`).toBe(0);
    }
    await eventually(() => dryRunLines().some((l) => String(l.rendered).includes('ERP sync heartbeat missing')), 10_000, 'the file payload posted');
  });

  it('says what is wrong: a refused secret, nothing listening, an unknown example, a bad option', async () => {
    const wrong = captureIo();
    expect(await runTryCommand(['--url', h.url, '--secret', 'not-the-secret'], wrong)).toBe(1);
    expect(wrong.out).toContain('← 401');
    expect(wrong.err).toContain('refused the secret');
    const port = await freePort();
    const down = captureIo();
    expect(await runTryCommand(['--url', `http://127.0.0.1:${port}`], down)).toBe(1);
    expect(down.err).toContain(`nothing answers at http://127.0.0.1:${port}`);
    expect(down.err).toContain('npm run quickstart');
    const unknown = captureIo();
    expect(await runTryCommand(['no-such-example'], unknown)).toBe(2);
    expect(unknown.err).toContain('stripe-leak');
    const bad = captureIo();
    expect(await runTryCommand(['--url'], bad)).toBe(2);
    expect(bad.err).toContain('usage: herald try');
  });

  it('defaults to the quickstart secret and the PORT environment variable', async () => {
    const quick = await startHerald({ name: 'try-default', env: { HERALD_WEBHOOK_SECRET: QUICKSTART_SECRET, SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined } });
    try {
      const port = new URL(quick.url).port;
      const io = captureIo();
      expect(await runTryCommand(['error-rate'], io, { env: { PORT: port } }), io.err).toBe(0);
      expect(io.out).toContain(`http://127.0.0.1:${port}/webhooks/datadog`);
    } finally {
      await quick.stop();
    }
  });

  it('--list names every example with its title', async () => {
    const io = captureIo();
    expect(await runTryCommand(['--list'], io)).toBe(0);
    expect(exampleNames()).toEqual(['error-rate', 'stripe-leak', 'stripe-recovered', 'synthetics']);
    for (const n of exampleNames()) expect(io.out).toContain(n);
    expect(io.out).toContain('Invoice API error rate high');
  });
});

describe('freshDelivery', () => {
  it('a 19-digit id and the event time now; the rest untouched', () => {
    const p = loadExample('stripe-leak').payload;
    const d = freshDelivery(p, 1_800_000_000_123, () => 0.5);
    expect(d.id).toBe('1800000000123500000');
    expect(d.date).toBe('1800000000123');
    expect(d.last_updated).toBe('1800000000123');
    expect({ ...d, id: p.id, date: p.date, last_updated: p.last_updated }).toEqual(p);
  });
});
