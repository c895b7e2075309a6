import { describe, expect, it } from 'vitest';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { isOutOfOrder, planCorrelation } from '../../../src/incident/plan-correlation';
import type { Incident } from '../../../src/incident/incident';
import { decision as makeDecision } from '../../integration/storm/make-incident';

const decision = makeDecision('high', '#billing');
const HOUR = 3600_000;
const T0 = 1_790_000_000_000;

/** An alert of monitor 42 with a Datadog event time. */
const alert = (id: string, transition: 'Triggered' | 'Recovered' | 'Re-Triggered', date: number) =>
  normalizeDatadog({ id, title: `[${transition}] Billing errors`, alert_id: '42', alert_transition: transition, date: String(date) }, { now: T0 + 999_999 });

/** Apply alerts in the given (processing) order, as the worker does one after another. */
function applyAll(...alerts: ReturnType<typeof alert>[]): { inc: Incident; actions: string[] } {
  let inc: Incident | null = null;
  let version = 0;
  const actions: string[] = [];
  for (const [i, a] of alerts.entries()) {
    const plan = planCorrelation(inc, a, decision, 'fp', () => 'H-1', T0 + 10_000 + i, HOUR);
    actions.push(plan.action);
    inc = { ...plan.incident, version: ++version };
  }
  if (!inc) throw new Error('no alerts');
  return { inc, actions };
}

describe('planCorrelation', () => {
  it('opens, counts, resolves and re-triggers in Datadog order', () => {
    const { inc, actions } = applyAll(alert('1', 'Triggered', T0), alert('2', 'Triggered', T0 + 60_000), alert('3', 'Recovered', T0 + 120_000), alert('4', 'Re-Triggered', T0 + 180_000));
    expect(actions).toEqual(['new', 'repeat', 'recovered', 'retrigger']);
    expect(inc).toMatchObject({ state: 'open', count: 3, reopenedCount: 1, eventAt: T0 + 180_000, lastAlertId: '4' });
  });

  it('keeps an incident resolved when its Triggered is processed after the Recovered that followed it', () => {
    const { inc, actions } = applyAll(alert('2', 'Recovered', T0 + 60_000), alert('1', 'Triggered', T0));
    expect(actions).toEqual(['recovered-unknown', 'repeat']);
    expect(inc).toMatchObject({ state: 'resolved', count: 2, resolvedVia: 'datadog', eventAt: T0 + 60_000 });
    expect(inc.history.at(-1)!.what).toContain('arrived after a newer event');
  });

  it('ignores a late Recovered that Datadog sent before the current trigger', () => {
    const { inc, actions } = applyAll(alert('1', 'Triggered', T0), alert('3', 'Re-Triggered', T0 + 120_000), alert('2', 'Recovered', T0 + 60_000));
    expect(actions.at(-1)).toBe('repeat');
    expect(inc).toMatchObject({ state: 'open', count: 2, eventAt: T0 + 120_000 });
    expect(inc.resolvedAt).toBeUndefined();
  });

  it('still re-opens on a newer trigger, and a person\'s resolution is not second-guessed by event time', () => {
    const first = applyAll(alert('1', 'Triggered', T0)).inc;
    const byHand: Incident = { ...first, state: 'resolved', resolvedVia: 'button', resolvedAt: T0 + 10_000 };
    expect(isOutOfOrder(byHand, alert('0', 'Triggered', T0 - 1))).toBe(false);
    expect(isOutOfOrder(byHand, alert('2', 'Recovered', T0 - 1))).toBe(false);
    const plan = planCorrelation(byHand, alert('2', 'Triggered', T0 + 5_000), decision, 'fp', () => 'H-1', T0 + 20_000, HOUR);
    expect(plan.action).toBe('retrigger');
  });

  it('treats events at the same instant as in order when ingest gave no arrival', () => {
    const { inc } = applyAll(alert('1', 'Triggered', T0), alert('2', 'Recovered', T0));
    expect(inc.state).toBe('resolved');
  });

  it('orders events at the same instant by their arrival: a trigger taken after the recovery that followed it stays late', () => {
    const arrived = (a: ReturnType<typeof alert>, at: number) => ({ ...a, arrival: at });
    const trigger = arrived(alert('1', 'Triggered', T0), 5_000);
    const recovery = arrived(alert('2', 'Recovered', T0), 5_001);
    // In the order ingest took them: resolved.
    expect(applyAll(trigger, recovery).inc).toMatchObject({ state: 'resolved', eventAt: T0, eventArrival: 5_001 });
    // The worker took the recovery first: the trigger is late, the incident stays resolved.
    const swapped = applyAll(recovery, trigger);
    expect(swapped.actions).toEqual(['recovered-unknown', 'repeat']);
    expect(swapped.inc).toMatchObject({ state: 'resolved', count: 2, eventArrival: 5_001 });
    expect(swapped.inc.history.at(-1)!.what).toContain('arrived after a newer event');
    // A re-trigger sent after the recovery, at the same instant still, re-opens it.
    const again = applyAll(trigger, recovery, arrived(alert('3', 'Re-Triggered', T0), 5_002));
    expect(again.actions).toEqual(['new', 'recovered', 'retrigger']);
    expect(again.inc).toMatchObject({ state: 'open', eventArrival: 5_002 });
    // A later event time wins whatever the arrival (Datadog's clock first).
    expect(applyAll(arrived(alert('4', 'Recovered', T0 + 1), 1), trigger).inc.state).toBe('resolved');
  });

  it('does not compare against incidents stored before event times were kept', () => {
    const { inc: open } = applyAll(alert('1', 'Triggered', T0 + 60_000));
    const legacy: Incident = { ...open, eventAt: undefined };
    expect(planCorrelation(legacy, alert('2', 'Recovered', T0), decision, 'fp', () => 'H-1', T0 + 70_000, HOUR).action).toBe('recovered');
  });
});
