import { describe, expect, it } from 'vitest';
import { groupedFingerprint } from '../../../src/alert/fingerprint';
import type { Alert } from '../../../src/alert/alert';
import { compileRules, groupByValues } from '../../../src/rules';
import { makeAlert } from './alert-factory';

const TREE = `
defaults:
  channel: "#alerts"
  repeat_interval: 4h
  labels: { owner: platform }
routes:
  - name: leak
    match: { leak.detected: true }
    severity: critical
    channel: "#security-alerts"
    mention: ["<!subteam^S0SECURITY>"]
    continue: true
  - name: stripe
    match: { tags.integration: stripe }
    channel: "#payments-alerts"
    labels: { provider: stripe }
    repeat_interval: 1h
    routes:
      - name: stripe-p1
        match: { priority: 1 }
        severity: critical
        mention: "@here"
      - name: stripe-quiet
        match: { env: staging }
        suppress: true
  - name: first-hubspot
    match: { tags.integration: hubspot }
    channel: "#crm-alerts"
  - name: second-hubspot
    match: { tags.integration: hubspot }
    channel: "#never"
  - name: noisy
    match: { service: noisy-sync }
    suppress: true
    continue: true
  - name: noisy-too
    match: { service: noisy-sync }
    group_by: [service, env]
    repeat_interval: never
`;

const rules = compileRules(TREE, 'tree.yaml');
const hubspot = { tags: { integration: 'hubspot' }, service: 'hubspot-sync' };

describe('routing tree', () => {
  it('no match: defaults apply', () => {
    const d = rules.evaluate(makeAlert({ tags: {}, service: 'other' }));
    expect(d.matchedRoutes).toEqual([]);
    expect(d.channels).toEqual(['#alerts']);
    expect(d.severity).toBe('medium');
    expect(d.labels).toEqual({ owner: 'platform' });
    expect(d.repeatIntervalMs).toBe(4 * 3_600_000);
    expect(d.reasons[0]).toEqual({ decision: 'route', value: 'defaults', because: 'no route matched' });
  });

  it('first match wins without continue', () => {
    const d = rules.evaluate(makeAlert(hubspot));
    expect(d.matchedRoutes).toEqual(['routes[2]']);
    expect(d.channels).toEqual(['#crm-alerts']);
  });

  it('a matching parent with no matching child applies its own actions', () => {
    const d = rules.evaluate(makeAlert({ priority: 3 }));
    expect(d.matchedRoutes).toEqual(['routes[1]']);
    expect(d.channels).toEqual(['#payments-alerts']);
    expect(d.repeatIntervalMs).toBe(3_600_000);
    expect(d.labels).toEqual({ owner: 'platform', provider: 'stripe' });
  });

  it('children inherit and refine', () => {
    const d = rules.evaluate(makeAlert({ priority: 1 }));
    expect(d.matchedRoutes).toEqual(['routes[1]', 'routes[1].routes[0]']);
    expect(d.severity).toBe('critical');
    expect(d.channels).toEqual(['#payments-alerts']);
    expect(d.mentions).toEqual(['<!here>']);
    expect(d.repeatIntervalMs).toBe(3_600_000);
    expect(d.labels).toEqual({ owner: 'platform', provider: 'stripe' });
    const route = d.reasons.find((r) => r.decision === 'route');
    expect(route?.because).toBe('routes[1] (stripe) matched tags.integration = stripe, then routes[1].routes[0] (stripe-p1) matched priority = 1');
    expect(d.reasons.find((r) => r.decision === 'severity')?.because).toBe('routes[1].routes[0] (stripe-p1) matched priority = 1');
  });

  it('continue: a leak also reaches the next matching route; the most severe severity wins', () => {
    const d = rules.evaluate(makeAlert({ priority: 3, leak: { detected: true, categories: ['credential'] } }));
    expect(d.matchedRoutes).toEqual(['routes[0]', 'routes[1]']);
    expect(d.severity).toBe('critical');
    expect(d.channels).toEqual(['#security-alerts', '#payments-alerts']);
    expect(d.mentions).toEqual(['<!subteam^S0SECURITY>']);
    expect(d.repeatIntervalMs).toBe(4 * 3_600_000); // timing from the first handling route
    expect(d.reasons.find((r) => r.decision === 'severity')).toEqual({
      decision: 'severity',
      value: 'critical',
      because: 'routes[0] (leak) matched leak.detected = true',
    });
  });

  it('continue does not keep matching below a non-continue route', () => {
    const d = rules.evaluate(makeAlert({ ...hubspot, leak: { detected: true } }));
    expect(d.matchedRoutes).toEqual(['routes[0]', 'routes[2]']);
    expect(d.channels).toEqual(['#security-alerts', '#crm-alerts']);
  });

  it('suppressed only when every handling route suppresses', () => {
    expect(rules.evaluate(makeAlert({ env: 'staging' })).suppress).toBe(true);
    const noisy = rules.evaluate(makeAlert({ tags: {}, service: 'noisy-sync' }));
    expect(noisy.matchedRoutes).toEqual(['routes[4]', 'routes[5]']);
    expect(noisy.suppress).toBe(false);
    expect(noisy.groupBy).toEqual([]); // from the first handling route
    const leakyStaging = rules.evaluate(makeAlert({ env: 'staging', leak: { detected: true } }));
    expect(leakyStaging.suppress).toBe(false);
  });

  it('default severity comes from priority and explains itself', () => {
    const d = rules.evaluate(makeAlert({ tags: {}, priority: 2 }));
    expect(d.severity).toBe('high');
    expect(d.reasons.find((r) => r.decision === 'severity')?.because).toBe('default severity from priority P2');
  });

  it('severity conditions see the severity decided so far', () => {
    const r = compileRules(
      `routes:
  - match: { service: stripe-sync }
    severity: critical
    routes:
      - match: { severity: critical }
        channel: "#war-room"
  - match: { severity: high }
    channel: "#high"
`,
      's.yaml',
    );
    expect(r.evaluate(makeAlert()).channels).toEqual(['#war-room']);
    expect(r.evaluate(makeAlert({ service: 'x', priority: 2 })).channels).toEqual(['#high']);
    expect(r.evaluate(makeAlert({ service: 'x', priority: 3 })).matchedRoutes).toEqual([]);
  });

  it('fixed default severity when severity_from_priority is off', () => {
    const r = compileRules('defaults: { severity: low, severity_from_priority: false }\n', 'f.yaml');
    expect(r.evaluate(makeAlert({ priority: 1 })).severity).toBe('low');
    expect(r.defaults.severityFromPriority).toBe(false);
  });

  it('evaluate is pure: same alert, same decision', () => {
    const a = makeAlert({ priority: 1, leak: { detected: true } });
    expect(rules.evaluate(a)).toEqual(rules.evaluate(a));
  });
});

describe('grouped fingerprint (group_by)', () => {
  const fingerprintFor = (a: Alert, groupBy: string[]) => groupedFingerprint(a.fingerprint, groupByValues(a, groupBy, 'high'));
  it('empty groupBy keeps the alert fingerprint', () => {
    const a = makeAlert();
    expect(fingerprintFor(a, [])).toBe(a.fingerprint);
  });

  it('is stable and depends only on the grouped fields', () => {
    const a = makeAlert({ host: 'h1', fingerprint: 'a' });
    const b = makeAlert({ host: 'h2', fingerprint: 'b' });
    expect(fingerprintFor(a, ['service', 'tags.integration'])).toBe(fingerprintFor(b, ['service', 'tags.integration']));
    expect(fingerprintFor(a, ['service', 'host'])).not.toBe(fingerprintFor(b, ['service', 'host']));
    expect(fingerprintFor(a, ['service'])).toMatch(/^g-[0-9a-f]{32}$/);
    expect(fingerprintFor(a, ['service'])).not.toBe(fingerprintFor(a, ['env']));
  });

  it('refuses an unknown field', () => {
    expect(() => fingerprintFor(makeAlert(), ['nope'])).toThrow(/unknown field/);
  });
});

describe('large sibling lists (indexed by a common field)', () => {
  const services = Array.from({ length: 12 }, (_, i) => `svc-${i}`);
  const yaml = `routes:
  - name: leak
    match: { leak.detected: true }
    channel: "#security-alerts"
    continue: true
${services
  .map(
    (s, i) => `  - name: r-${s}
    match: { service: ${s}${i === 3 ? ', env: staging' : ''} }
    channel: "#${s}"
${i === 5 ? '  - name: unconstrained\n    match: { env: dev }\n    channel: "#dev"\n' : ''}`,
  )
  .join('')}  - name: pair
    match: { service: { in: [svc-1, svc-x] } }
    channel: "#pair"
`;
  const rules = compileRules(yaml, 'big.yaml');

  it.each([
    [{ service: 'svc-7' }, ['#svc-7']],
    [{ service: 'svc-3' }, []],
    [{ service: 'svc-1', env: 'dev' }, ['#svc-1']],
    [{ service: 'svc-3', env: 'staging' }, ['#svc-3']],
    [{ service: 'svc-9', env: 'dev' }, ['#dev']],
    [{ service: 'svc-x' }, ['#pair']],
    [{ service: 'svc-1', leak: { detected: true } }, ['#security-alerts', '#svc-1']],
    [{ service: 'other' }, []],
  ] as const)('%j → %j', (o, channels) => {
    expect(rules.evaluate(makeAlert(o as never)).channels).toEqual(channels);
  });
});
