import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/child-herald';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixture } from '../../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';

/** The shipped rules plus two routes on the new fields (a synthetics test, a security rule). */
const RULES = `
defaults:
  channel: "#alerts"
  severity_from_priority: true
routes:
  - name: checkout-synthetics
    match: { synthetics.test: "Cart - apply voucher API", synthetics.failing_step: { contains: voucher } }
    channel: "#synthetics"
  - name: noisy-scanner-rule
    match: { security.rule: "Noisy port scan" }
    severity: low
`;

let fake: FakeSlack;
let h: TestHerald;
let rulesFile: string;
beforeAll(async () => {
  rulesFile = path.join(tempDir('signals'), 'rules.yaml');
  writeFileSync(rulesFile, RULES);
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'signals', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, HERALD_RULES_FILE: rulesFile } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

function signal(id: string, rule: string, severity: string, service = 'identity-api'): Record<string, unknown> {
  return {
    id,
    title: rule,
    date: String(Date.now()),
    tags: `env:prod,service:${service}`,
    security: { rule_id: `r-${id}`, rule_name: rule, rule_type: 'log_detection', signal_id: `s-${id}`, signal_severity: severity, signal_title: rule, signal_msg: 'signal fired' },
  };
}

async function explain(body: unknown): Promise<string> {
  const file = path.join(tempDir('signals-explain'), 'p.json');
  writeFileSync(file, JSON.stringify(body));
  const r = await runCli(['rules', 'explain', file, '--rules', rulesFile], {});
  expect(r.stderr).toBe('');
  return r.stdout;
}

async function posted(id: string): Promise<{ severity: string; channel: string; blocks: string }> {
  let out: { severity: string; channel: string; blocks: string } | undefined;
  await eventually(async () => {
    const inc = (await h.app.incidents.list({ limit: 50 })).find((i) => i.alert.id === id && i.message.kind === 'posted');
    const post = inc && fake.callsOf('chat.postMessage').find((c) => !c.params.thread_ts && c.params.channel === inc.channel && JSON.stringify(c.params.blocks).includes(inc.id));
    if (inc && post) out = { severity: inc.severity, channel: inc.channel, blocks: JSON.stringify(post.params.blocks) };
    return Boolean(out);
  }, 10_000, `alert ${id} posted`);
  return out!;
}

describe("a security signal's own severity is its default severity", () => {
  it('signal_severity critical comes out critical, in explain and in the running service', async () => {
    const body = signal('8414000000000000201', 'Impossible travel for an admin', 'critical');
    expect(await explain(body)).toMatch(/severity: +critical[\s\S]*because default severity from the security signal's severity \(signal_severity: critical\)/);
    expect((await h.webhook(body)).status).toBe(202);
    const p = await posted('8414000000000000201');
    expect(p.severity).toBe('critical');
    expect(p.blocks).toContain('*Signal severity* critical');
  });

  it('a rule can still override it', async () => {
    const body = signal('8414000000000000202', 'Noisy port scan', 'high', 'edge-proxy'); // another service: not inhibited by the critical one
    expect(await explain(body)).toMatch(/severity: +low/);
    expect((await h.webhook(body)).status).toBe(202);
    expect((await posted('8414000000000000202')).severity).toBe('low');
  });
});

describe('synthetics fields are shown and can be matched', () => {
  it('test name, failing step and error reach the message, and rules (and explain) route on them', async () => {
    const body = fixture('17');
    body.id = '8414000000000000203';
    body.synthetics.first_failing_step_name = 'POST /voucher returns 200';
    body.synthetics.summary.failing_steps = [{ name: 'POST /voucher returns 200', error_message: 'Assertion failed: status is 500, expected 200', is_critical: true, number: 1 }];
    const out = await explain(body);
    expect(out).toMatch(/synthetics\.test: +"Cart - apply voucher API"/);
    expect(out).toMatch(/synthetics\.failing_step: *"POST \/voucher returns 200"/);
    expect(out).toMatch(/synthetics\.error: *"Assertion failed: status is 500, expected 200"/);
    expect(out).toMatch(/channels: +#synthetics/);
    expect((await h.webhook(body)).status).toBe(202);
    const p = await posted('8414000000000000203');
    expect(p.channel).toBe('#synthetics');
    expect(p.blocks).toContain('*Synthetics test*\\nCart - apply voucher API (api)');
    expect(p.blocks).toContain('*Failing step*\\nPOST /voucher returns 200');
    expect(p.blocks).toContain('*Error*\\nAssertion failed: status is 500, expected 200');
    expect(p.blocks).toContain('Ireland (AWS)');
  });
});
