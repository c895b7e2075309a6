import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alert/alert';
import { runRulesCommand } from '../../../src/cli/rules-command';

const SECRET = 'sk_live_51FAKEdoNotUse000000000000000000000000';

/** Stand-in scanner: masks the fake key everywhere and records the leak. */
function scanAlert(a: Alert): Alert {
  const mask = (s: string) => s.split(SECRET).join('sk_live_…FAKE');
  const found = JSON.stringify(a).includes(SECRET);
  return {
    ...a,
    title: mask(a.title),
    message: mask(a.message),
    logs: a.logs.map((l) => ({ ...l, message: mask(l.message) })),
    leak: found ? { detected: true, categories: ['credential'], detectors: ['stripe-secret-key'], maxSeverity: 'critical', count: 1 } : a.leak,
  };
}

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (p: string) => {
        if (p in files) return files[p];
        if (p === 'config/rules.yaml') return readFile(p, 'utf8');
        throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      },
    },
  };
}

/** A Datadog payload (the router template's shape), read by ingest's own path. */
const payload = JSON.stringify({
  id: '7302000000000000001',
  title: `[P3] [Triggered on {service:stripe-sync}] Stripe sync failing with key ${SECRET}`,
  body: 'sync failing',
  alert: { id: '51022018', scope: 'service:stripe-sync', priority: 'P3', transition: 'Triggered' },
  tags: 'env:prod,integration:stripe,service:stripe-sync',
  logs_sample: { columns: ['Time', 'Host', 'Message'], rows: [{ items: ['10:00:00 UTC', 'web-1'], message: `401 Unauthorized: Invalid API Key provided: ${SECRET}` }] },
});

describe('herald rules check', () => {
  it('exit 0 for the shipped rules', async () => {
    const t = io({});
    expect(await runRulesCommand(['check'], t.io, {})).toBe(0);
    expect(t.out.join('')).toMatch(/^config\/rules\.yaml: ok \(\d+ routes, 1 inhibit rules\)/);
  });

  it('exit 1 with positioned errors for a bad file', async () => {
    const t = io({ 'bad.yaml': 'routes:\n  - match: { servce: x }\n' });
    expect(await runRulesCommand(['rules', 'check', 'bad.yaml'], t.io, {})).toBe(1);
    expect(t.err.join('')).toContain("bad.yaml:2:14 routes[0].match.servce: unknown field 'servce'");
  });

  it('exit 1 for a missing file, 2 for bad usage', async () => {
    const t = io({});
    expect(await runRulesCommand(['check', 'missing.yaml'], t.io, {})).toBe(1);
    expect(t.err.join('')).toMatch(/cannot read rules file missing\.yaml: ENOENT/);
    expect(await runRulesCommand(['frobnicate'], t.io, {})).toBe(2);
  });
});

describe('herald rules explain', () => {
  it('prints route, severity, channels, mentions, group key and why — never the raw secret', async () => {
    const t = io({ 'p.json': payload });
    expect(await runRulesCommand(['explain', 'p.json'], t.io, { scanAlert })).toBe(0);
    const text = t.out.join('');
    expect(text).not.toContain(SECRET);
    expect(text).toContain('sk_live_…FAKE');
    expect(text).toMatch(/route: +routes\[0\] → routes\[5\]/);
    expect(text).toMatch(/severity: +critical/);
    expect(text).toMatch(/channels: +#security-alerts, #alerts/);
    expect(text).toMatch(/mentions: +@security/);
    expect(text).toMatch(/group key: +m:51022018:[0-9a-f]+ \(the alert fingerprint\)/);
    expect(text).toMatch(/suppress: +no/);
    expect(text).toContain('severity = critical\n      because routes[0] (credential-leak) matched leak.category = credential');
    expect(text).toContain('can inhibit others via: critical-covers-warnings');
  });

  it('hides the title without a scanner and uses --rules', async () => {
    const rules = 'routes:\n  - match: { priority: 3 }\n    channel: "#p3"\n    group_by: [service]\n';
    const t = io({ 'p.json': payload, 'r.yaml': rules });
    expect(await runRulesCommand(['explain', 'p.json', '--rules', 'r.yaml'], t.io, {})).toBe(0);
    const text = t.out.join('');
    expect(text).not.toContain(SECRET);
    expect(text).toMatch(/channels: +#p3/);
    expect(text).toMatch(/group key: +g-[0-9a-f]{32} \(group_by: service\)/);
    expect(text).toMatch(/severity = medium\n +because default severity from priority P3/);
  });

  it('explains a payload that is not JSON as ingest accepts it (unparsable), without echoing the secret', async () => {
    const t = io({ 'p.json': `{ "title": "${SECRET}"` });
    expect(await runRulesCommand(['explain', 'p.json'], t.io, { scanAlert })).toBe(0);
    expect(t.out.join('')).toMatch(/body: +not JSON: accepted as an unparsable alert/);
    expect(t.out.join('')).not.toContain(SECRET);
  });

  it('exit 1 on an empty body, as ingest answers it 400', async () => {
    const t = io({ 'p.json': '  \n' });
    expect(await runRulesCommand(['explain', 'p.json'], t.io, { scanAlert })).toBe(1);
    expect(t.err.join('')).toMatch(/^cannot explain p.json: empty body/);
  });
});

describe('herald rules: escalation policies', () => {
  const rules = `escalation_policies:
  payments-critical:
    - after: 10m
      unless: acknowledged
      mention: ["@payments-oncall"]
    - after: 30m
      unless: acknowledged
      channel: "#incidents"
      page: pagerduty
routes:
  - name: stripe
    match: { service: stripe-sync }
    escalation: payments-critical
`;

  it('check counts the policies and rejects a bad one with its position', async () => {
    const t = io({ 'esc.yaml': rules, 'bad.yaml': 'escalation_policies:\n  p:\n    - after: 10m\n      page: pagerdty\n' });
    expect(await runRulesCommand(['check', 'esc.yaml'], t.io, {})).toBe(0);
    expect(t.out.join('')).toBe('esc.yaml: ok (1 routes, 1 inhibit rules), 1 escalation policy\n');
    expect(await runRulesCommand(['check', 'bad.yaml'], t.io, {})).toBe(1);
    expect(t.err.join('')).toContain("bad.yaml:4:13 escalation_policies.p[0].page: page is one of pagerduty, opsgenie, got \"pagerdty\" (did you mean 'pagerduty'?)");
  });

  it('explain shows the policy the alert gets and when each step fires', async () => {
    const t = io({ 'esc.yaml': rules, 'alert.json': payload });
    expect(await runRulesCommand(['explain', 'alert.json', '--rules', 'esc.yaml'], t.io, { scanAlert })).toBe(0);
    const out = t.out.join('');
    expect(out).toContain('policy:     payments-critical (2 steps; times assume the incident opens at the alert');
    expect(out).toMatch(/step 1 of 2: after 10m, unless acknowledged\n\s+→ thread reply; mention @payments-oncall\n\s+fires at \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(out).toContain('→ thread reply; post in #incidents (linking back); page pagerduty');
    expect(out).toMatch(/escalation = payments-critical\n\s+because routes\[0\] \(stripe\) matched/);
  });
});
