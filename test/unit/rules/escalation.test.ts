import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules, RulesValidationError, type Problem } from '../../../src/rules';
import { firingOffset, nextFiringIndex, stepApplies, explainPolicy, describeTiming } from '../../../src/rules/escalation-schedule';
import { MAX_FIRINGS } from '../../../src/rules/escalation-types';
import { pageTargetsIn } from '../../../src/rules/escalation-policy';
import { makeAlert } from './alert-factory';
import YAML from 'yaml';
import { jsonSchemaFor } from '../../../src/cli/json-schemas';
import { rulesFileSchema } from '../../../src/rules/rules-schema';

function problems(yaml: string): Problem[] {
  try {
    compileRules(yaml, 'rules.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(RulesValidationError);
    return (e as RulesValidationError).problems;
  }
  throw new Error('expected the rules to be rejected');
}

const RULES = `escalation_policies:
  payments-critical:
    - after: 10m
      unless: acknowledged
      mention: ["@payments-oncall"]
    - after: 30m
      unless: acknowledged
      channel: "#incidents"
      mention: ["@payments-leads"]
      page: pagerduty
    - every: 4h
      while: acknowledged
      mention: [acker]

defaults:
  channel: "#alerts"
  escalation:
    - after: 1h
      mention: ["<!subteam^S0123ABCD>"]

routes:
  - name: payments
    match: { service: stripe-sync }
    severity: critical
    escalation: payments-critical
    routes:
      - name: payments-staging
        match: { env: staging }
        escalation: none
  - name: inline
    match: { service: hubspot-sync }
    escalation:
      - after: 0m
        page: [opsgenie, pagerduty]
        unless: [acknowledged, snoozed]
  - name: leak
    match: { leak.category: credential }
    continue: true
  - name: rest
`;

describe('escalation policies in the rules', () => {
  const rules = compileRules(RULES, 'rules.yaml');

  it('compiles named policies, with the steps as written and defaults filled in', () => {
    expect(rules.policies.size).toBe(1);
    const p = rules.policies.get('payments-critical')!;
    expect(p.source).toBe('escalation_policies.payments-critical');
    expect(p.steps).toEqual([
      { number: 1, afterMs: 600_000, everyMs: null, unless: ['acknowledged'], while: [], anchor: 'opened', mentions: ['@payments-oncall'], channel: null, page: [] },
      { number: 2, afterMs: 1_800_000, everyMs: null, unless: ['acknowledged'], while: [], anchor: 'opened', mentions: ['@payments-leads'], channel: '#incidents', page: ['pagerduty'] },
      { number: 3, afterMs: null, everyMs: 14_400_000, unless: [], while: ['acknowledged'], anchor: 'acknowledged', mentions: ['acker'], channel: null, page: [] },
    ]);
  });

  it('a route refers to a policy by name; children inherit it; none turns it off; inline steps work', () => {
    const prod = rules.evaluate(makeAlert({ service: 'stripe-sync', env: 'prod' }));
    expect(prod.escalation?.name).toBe('payments-critical');
    expect(prod.reasons).toContainEqual({ decision: 'escalation', value: 'payments-critical', because: expect.stringContaining('routes[0] (payments) matched') });
    expect(rules.evaluate(makeAlert({ service: 'stripe-sync', env: 'staging' })).escalation).toBeNull();
    const inline = rules.evaluate(makeAlert({ service: 'hubspot-sync' })).escalation!;
    expect(inline).toMatchObject({ name: null, source: 'routes[1].escalation' });
    expect(inline.steps[0]).toMatchObject({ afterMs: 0, page: ['opsgenie', 'pagerduty'], unless: ['acknowledged', 'snoozed'] });
  });

  it('defaults give every route a policy; a step without a condition skips acknowledged and muted incidents', () => {
    const d = rules.evaluate(makeAlert({ service: 'other' }));
    expect(d.escalation).toMatchObject({ name: null, source: 'defaults.escalation' });
    expect(d.escalation!.steps[0].unless).toEqual(['acknowledged', 'muted']);
  });

  it('with continue, the first handling route that has a policy gives it', () => {
    const d = rules.evaluate(makeAlert({ service: 'stripe-sync', env: 'prod', leak: { detected: true, categories: ['credential'], count: 1 } }));
    expect(d.matchedRoutes).toEqual(['routes[0]']); // payments matched first and stops
    const leakFirst = compileRules(`routes:
  - name: leak
    match: { leak.category: credential }
    continue: true
  - name: payments
    match: { service: stripe-sync }
    escalation: [{ after: 5m }]
`, 'r.yaml').evaluate(makeAlert({ service: 'stripe-sync', leak: { detected: true, categories: ['credential'], count: 1 } }));
    expect(leakFirst.escalation?.source).toBe('routes[1].escalation');
    expect(leakFirst.reasons.filter((r) => r.decision === 'escalation')).toHaveLength(1);
  });

  it('rejects bad policies with file positions and a hint for each problem', () => {
    const list = problems(`escalation_policies:
  p:
    - after: 10m
      mentoin: ["@x"]
    - every: 30s
      unless: acked
    - after: 5m
      page: pagerdty
    - while: acknowledged
      unless: acknowledged
      after: 1h
    - after: 1h
      mention: [acker]
      unless: [acknowledged, resolved]
routes:
  - escalation: q
  - escalation: { after: 5m }
`);
    const at = list.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
    expect(at).toEqual([
      expect.stringMatching(/^4:7 escalation_policies\.p\[0\]\.mentoin: unknown key 'mentoin' \(did you mean 'mention'\?\)/),
      expect.stringMatching(/^5:14 escalation_policies\.p\[1\]\.every: every is at least 1m, got 30s/),
      expect.stringMatching(/^6:15 escalation_policies\.p\[1\]\.unless: a condition is one of acknowledged, snoozed, muted, got "acked"/),
      expect.stringMatching(/^8:13 escalation_policies\.p\[2\]\.page: page is one of pagerduty, opsgenie, got "pagerdty" \(did you mean 'pagerduty'\?\)/),
      expect.stringMatching(/^9:14 escalation_policies\.p\[3\]\.while: acknowledged is in both while and unless/),
      expect.stringMatching(/^14:30 escalation_policies\.p\[4\]\.unless\[1\]: resolved incidents never escalate/),
      expect.stringMatching(/^13:16 escalation_policies\.p\[4\]\.mention: acker is whoever acknowledged the incident/),
      expect.stringMatching(/^7:14 escalation_policies\.p\[2\]\.after: step 3 \(after 5m\) would fire before step 1 \(after 10m\)/),
      expect.stringMatching(/^16:17 routes\[0\]\.escalation: no escalation policy named "q"; define it under escalation_policies/),
      expect.stringMatching(/^17:17 routes\[1\]\.escalation: escalation is a policy name, a list of steps, or none; got a mapping/),
    ]);
  });

  it('suggests a policy name, and needs after or every', () => {
    const list = problems(`escalation_policies:
  payments: [{ after: 1m }]
  broken: [{ mention: ["@x"] }]
routes:
  - escalation: paymnets
`);
    expect(list.map((p) => p.message)).toEqual([
      'a step needs after (once, e.g. after: 10m) or every (repeating, e.g. every: 4h)',
      expect.stringMatching(/^no escalation policy named "paymnets" \(did you mean 'payments'\?\); policies: payments$/),
    ]);
  });

  it('@here in a step is allowed only where severity is critical', () => {
    const yaml = (sev: string) => `escalation_policies:
  loud: [{ after: 5m, mention: ["@here"] }]
routes:
  - severity: ${sev}
    escalation: loud
`;
    expect(() => compileRules(yaml('critical'), 'r.yaml')).not.toThrow();
    expect(problems(yaml('high'))[0]).toMatchObject({ path: 'routes[0].escalation', message: expect.stringContaining('allowed only on routes whose severity is critical') });
  });

  it('lists the paging services the tree can page (for a startup warning)', () => {
    expect([...pageTargetsIn(rules.root)].sort()).toEqual(['opsgenie', 'pagerduty']);
    expect(pageTargetsIn(compileRules('routes: []', 'r.yaml').root).size).toBe(0);
  });

  it('caps policies at 10 steps', () => {
    const steps = Array.from({ length: 11 }, (_, i) => `    - after: ${i + 1}m`).join('\n');
    expect(problems(`escalation_policies:\n  long:\n${steps}\n`)[0].message).toBe('at most 10 steps in a policy, got 11');
  });
});

describe('the shipped rules', () => {
  it('escalate P1 incidents and credential leaks with the critical policy, and nothing else', () => {
    const shipped = compileRules(readFileSync('config/rules.yaml', 'utf8'), 'config/rules.yaml');
    const policy = shipped.policies.get('critical')!;
    expect(policy.steps.map((s) => [s.afterMs, s.everyMs, s.unless, s.while, s.page])).toEqual([
      [600_000, null, ['acknowledged'], [], []],
      [1_800_000, null, ['acknowledged'], [], []],
      [null, 14_400_000, ['snoozed'], ['acknowledged'], []],
    ]);
    expect(shipped.evaluate(makeAlert({ priority: 1 })).escalation).toBe(policy);
    expect(shipped.evaluate(makeAlert({ leak: { detected: true, categories: ['credential'], count: 1 } })).escalation).toBe(policy);
    expect(shipped.evaluate(makeAlert({ priority: 3 })).escalation).toBeNull();
    expect([...pageTargetsIn(shipped.root)]).toEqual([]); // no startup warning without paging keys
  });
});

describe('the rules JSON Schema knows escalation policies', () => {
  it('has the step keys the compiler accepts, and accepts the policies it compiles', () => {
    const step = (jsonSchemaFor('rules') as any).definitions.escalation_step;
    const compiler = /step keys: ([^\n]+)/.exec(problems('escalation_policies:\n  p:\n    - { zzz: 1, after: 1m }\n')[0].message)![1].split(', ').sort();
    expect(Object.keys(step.properties).sort()).toEqual(compiler);
    expect(step.additionalProperties).toBe(false);
    expect(rulesFileSchema.safeParse(YAML.parse(RULES)).success).toBe(true);
    expect(rulesFileSchema.safeParse(YAML.parse('routes: [ { escalation: [ { after: 5m, page: pagerdty } ] } ]')).success).toBe(false);
  });
});

describe('escalation timing', () => {
  const [once, , reminder] = compileRules(RULES, 'r.yaml').policies.get('payments-critical')!.steps;

  it('a one-shot step fires once, at after', () => {
    expect(firingOffset(once, 0)).toBe(600_000);
    expect(firingOffset(once, 1)).toBeNull();
    expect(nextFiringIndex(once, 599_999)).toBe(0);
    expect(nextFiringIndex(once, 600_000)).toBeNull();
  });

  it('a repeating step fires every period, at most MAX_FIRINGS times', () => {
    expect([0, 1, 2].map((k) => firingOffset(reminder, k))).toEqual([14_400_000, 28_800_000, 43_200_000]);
    expect(nextFiringIndex(reminder, 14_400_000)).toBe(1);
    expect(nextFiringIndex(reminder, 14_399_999)).toBe(0);
    expect(firingOffset(reminder, MAX_FIRINGS)).toBeNull();
    expect(nextFiringIndex(reminder, 14_400_000 * MAX_FIRINGS)).toBeNull();
    expect(describeTiming(reminder)).toBe('every 4h after the acknowledgement (at most 100 times)');
  });

  it('conditions: unless any, while all', () => {
    const s = { acknowledged: false, snoozed: false, muted: false };
    expect(stepApplies(once, s)).toBe(true);
    expect(stepApplies(once, { ...s, acknowledged: true })).toBe(false);
    expect(stepApplies(reminder, s)).toBe(false);
    expect(stepApplies(reminder, { ...s, acknowledged: true })).toBe(true);
  });

  it('explain lists each step with its condition, actions and times', () => {
    const p = compileRules(RULES, 'r.yaml').policies.get('payments-critical')!;
    expect(explainPolicy(p, Date.parse('2026-01-05T14:30:00Z'))).toEqual([
      '  step 1 of 3: after 10m, unless acknowledged',
      '      → thread reply; mention @payments-oncall',
      '      fires at 2026-01-05 14:40 UTC',
      '  step 2 of 3: after 30m, unless acknowledged',
      '      → thread reply; mention @payments-leads; post in #incidents (linking back); page pagerduty',
      '      fires at 2026-01-05 15:00 UTC',
      '  step 3 of 3: every 4h after the acknowledgement (at most 100 times), while acknowledged',
      '      → thread reply; mention the acker',
      '      fires 4h after someone acknowledges',
    ]);
  });
});
