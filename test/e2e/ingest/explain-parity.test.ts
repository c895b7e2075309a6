import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/child-herald';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixtureText } from '../../helpers/fixtures';
import { eventually, ROOT, startHerald, type TestHerald } from '../../helpers/start-herald';

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'explain-parity', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

/** `herald rules explain <file>` with the shipped rules, as an operator runs it. */
async function explain(body: string): Promise<{ code: number | null; out: string; err: string; field: (name: string) => string }> {
  const file = path.join(tempDir('explain'), 'payload.json');
  writeFileSync(file, body);
  const r = await runCli(['rules', 'explain', file, '--rules', path.join(ROOT, 'config/rules.yaml')], {});
  return { code: r.code, out: r.stdout, err: r.stderr, field: (name) => new RegExp(`^${name}: +(.*)$`, 'm').exec(r.stdout)?.[1] ?? '' };
}

describe('herald rules explain reads a body exactly as ingest does', () => {
  it('a body broken by an empty $LOGS_SAMPLE: both accept it, and agree on severity and channel', async () => {
    // Fixture 21 as a trigger: `"logs_sample": ` followed by nothing — not JSON until repaired.
    const body = fixtureText('21').replace(/Recovered/g, 'Triggered').replace('8413598862201774020', '8413598862201779999');
    expect(() => JSON.parse(body)).toThrow();
    const e = await explain(body);
    expect(e.err).toBe('');
    expect(e.code).toBe(0);
    expect(e.field('body')).toMatch(/^a Datadog alert \(repaired/);
    const r = await h.webhook(body);
    expect(r.status).toBe(202);
    expect(r.json.unparsable).toBeUndefined();
    let inc: Awaited<ReturnType<typeof h.app.incidents.list>>[number] | undefined;
    await eventually(async () => {
      inc = (await h.app.incidents.list({ limit: 10 })).find((i) => i.message.kind === 'posted');
      return Boolean(inc);
    }, 10_000, 'the incident to be posted');
    expect(e.field('severity')).toBe(inc!.severity);
    expect(e.field('channels').split(', ')[0]).toBe(inc!.channel);
    expect(fake.callsOf('chat.postMessage').some((c) => c.params.channel === inc!.channel)).toBe(true);
  });

  it('a body that is not JSON at all and one of the wrong shape: explained as ingest accepts them', async () => {
    const un = await explain('{"title": "[P1] [Triggered] half a body');
    expect(un.code).toBe(0);
    expect(un.field('body')).toMatch(/unparsable/);
    const bad = await explain(JSON.stringify({ title: '[P2] [Triggered] stripe down', tags: { service: 'stripe' } }));
    expect(bad.code).toBe(0);
    expect(bad.field('body')).toMatch(/invalid alert .*tags: expected a string/);
    const form = await explain(fixtureText('20')); // saved from a form-encoded delivery
    expect(form.code).toBe(0);
    expect(form.field('body')).toBe('a Datadog alert');
    expect(form.field('alert')).toContain('Checkout workers at max capacity');
    const empty = await explain('');
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/empty body/);
  });
});
