import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';
import { tsOf } from '../../src/incident/message-state';

let h: TestHerald | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('dry-run mode (no SLACK_BOT_TOKEN)', () => {
  it('logs the message it would post, as Block Kit JSON and a short text rendering', async () => {
    h = await startHerald({ name: 'dry', env: { SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined } });
    expect(h.logs.some((l) => l.includes('dry-run mode'))).toBe(true);
    const r = await h.webhook(fixture('11'));
    expect(r.status).toBe(202);
    await eventually(() => h!.logs.some((l) => l.includes('would call Slack')), 10_000, 'dry-run log line');
    const line = JSON.parse(h.logs.find((l) => l.includes('would call Slack'))!);
    expect(line.method).toBe('chat.postMessage');
    expect(line.rendered).toContain('Invoice API error rate high');
    expect(line.rendered).toContain('[Acknowledge]');
    expect(Array.isArray(line.blocks)).toBe(true);
    await eventually(async () => (await h!.app.incidents.list()).length === 1, 10_000, 'incident stored');
    const [inc] = await h.app.incidents.list();
    expect(tsOf(inc.message)).toMatch(/^dry\./);
  });

  it('answers /slack/events with 404 when Slack is not configured', async () => {
    h = await startHerald({ name: 'dry2', env: { SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined } });
    const r = await fetch(`${h.url}/slack/events`, { method: 'POST', body: 'x' });
    expect(r.status).toBe(404);
  });
});
