import { describe, expect, it } from 'vitest';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { planCorrelation } from '../../../src/incident/plan-correlation';
import { desiredPageState, pageMovesForward, startEscalation, upcomingStep } from '../../../src/incident/escalation-run';
import type { Incident } from '../../../src/incident/incident';
import { compileRules } from '../../../src/rules';
import { escalationFooter } from '../../../src/slack/render/escalation-footer';
import { renderIncident } from '../../../src/slack/render/render-incident';
import { formatOncall } from '../../../src/slack/triage/oncall-view';

const T0 = Date.parse('2026-01-05T14:30:00Z');
const RULES = compileRules(`escalation_policies:
  pay:
    - after: 10m
      unless: acknowledged
      mention: ["@payments-oncall"]
    - after: 30m
      unless: acknowledged
      page: pagerduty
    - every: 4h
      while: acknowledged
      mention: [acker]
routes:
  - match: { service: stripe-sync }
    escalation: pay
`, 'r.yaml');

function incident(service = 'stripe-sync', over: Partial<Incident> = {}): Incident {
  const alert = normalizeDatadog({ id: `a-${service}`, title: '[Triggered] Stripe sync failing', body: 'x', alert_transition: 'Triggered', service }, { now: T0 });
  const inc = planCorrelation(null, alert, RULES.evaluate(alert), 'fp', () => 'H-1', T0, 3_600_000).incident;
  return { ...inc, ...over }; // planCorrelation starts the first run
}

describe('escalation runs', () => {
  it('a new incident starts run 1 with its decision\'s policy; each (re)opening a new run, keeping what pages were told', () => {
    const inc = incident();
    expect(inc.escalation).toMatchObject({ run: 1, startedAt: T0, fired: {}, pages: {} });
    expect(inc.escalation!.policy.name).toBe('pay');
    const paged = { ...inc, escalation: { ...inc.escalation!, fired: { 1: 1 }, pages: { pagerduty: 'resolved' as const } } };
    expect(startEscalation(paged, T0 + 5).escalation).toMatchObject({ run: 2, startedAt: T0 + 5, fired: {}, pages: { pagerduty: 'resolved' } });
    expect(incident('other').escalation).toBeUndefined();
  });

  it('the upcoming step is the soonest whose condition holds now', () => {
    const inc = incident();
    expect(upcomingStep(inc)).toEqual({ step: 1, at: T0 + 600_000 });
    const afterStep1 = { ...inc, escalation: { ...inc.escalation!, fired: { 1: 1 } } };
    expect(upcomingStep(afterStep1)).toEqual({ step: 2, at: T0 + 1_800_000 });
    const acked = { ...afterStep1, state: 'acknowledged' as const, ackBy: 'U0ACK00001', ackAt: T0 + 900_000 };
    expect(upcomingStep(acked)).toEqual({ step: 3, at: T0 + 900_000 + 4 * 3_600_000 });
    expect(upcomingStep({ ...acked, state: 'resolved' })).toBeNull();
  });

  it('pages follow the incident forward only', () => {
    expect(desiredPageState(incident())).toBeNull();
    expect(desiredPageState(incident('stripe-sync', { state: 'snoozed' }))).toBe('acknowledged');
    expect(desiredPageState(incident('stripe-sync', { state: 'resolved' }))).toBe('resolved');
    expect(pageMovesForward('triggered', 'acknowledged')).toBe(true);
    expect(pageMovesForward('acknowledged', 'acknowledged')).toBe(false);
    expect(pageMovesForward('resolved', 'acknowledged')).toBe(false);
    expect(pageMovesForward(undefined, 'resolved')).toBe(false);
  });
});

describe('where people see it', () => {
  it('the message footer says the last step and the next one', () => {
    const inc = incident();
    const ran = { ...inc, escalation: { ...inc.escalation!, fired: { 1: 1 }, last: { step: 1, at: T0 + 600_000 } } };
    expect(escalationFooter(ran)).toBe('escalation step 1 of 3 at <!date^1767624000^{date_short_pretty} {time}|2026-01-05 14:40 UTC> · next: step 2 of 3 at <!date^1767625200^{date_short_pretty} {time}|2026-01-05 15:00 UTC>');
    const ctx = renderIncident(ran).blocks.find((b) => b.type === 'context' && JSON.stringify(b).includes('H-1'));
    expect(JSON.stringify(ctx)).toContain('escalation step 1 of 3 at');
    expect(escalationFooter(incident('other'))).toBe('');
  });

  it('/herald oncall lists active incidents, open first, with the step and next step time', () => {
    const a = incident();
    const b = { ...incident(), id: 'H-2', state: 'acknowledged' as const, ackAt: T0, ackBy: 'U0ACK00001', severity: 'critical' as const };
    const c = { ...incident('other'), id: 'H-3' };
    const r = formatOncall([b, c, a, { ...incident(), id: 'H-4', state: 'resolved' }]);
    expect(r.text).toBe('On call: H-1, H-3, H-2');
    const body = JSON.stringify(r.blocks);
    expect(body).toContain('*On call*: 3 active incidents');
    expect(body).toContain('*H-1* [medium] Stripe sync failing · open · no step yet (3 in pay) · next: step 1 at <!date^1767624000');
    expect(body).toContain('*H-3* [medium] Stripe sync failing · open · no escalation policy');
    expect(formatOncall([]).text).toBe('No open incidents: nothing is escalating.');
  });
});
