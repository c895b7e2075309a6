import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alert/alert';
import type { Decision } from '../../../src/rules/types';
import { createLogger } from '../../../src/ops/logger';
import { Metrics } from '../../../src/ops/metrics';
import { alertPipeline, alertStages, type StageDeps } from '../../../src/worker/pipeline';
import { OutcomeSummary } from '../../../src/worker/outcome-summary';
import type { AlertFlow, Classified, Filter, Step } from '../../../src/worker/types';
import { makeAlert } from '../rules/alert-factory';

const decision = (): Decision => ({ matchedRoutes: [], severity: 'high', channels: [], mentions: [], labels: {}, groupBy: [], repeatIntervalMs: null, suppress: false, escalationChannel: null, reasons: [] });

/** Test stages that record the order they ran in. */
function stages(seen: string[], o: { stopAt?: string } = {}) {
  const classify: Step<AlertFlow, Classified> = { kind: 'step', name: 'classify', run: async ({ alert }) => (seen.push('classify'), { alert, decision: decision(), fingerprint: alert.fingerprint }) };
  const filter = (name: string): Filter<Classified> => ({ kind: 'filter', name, check: async () => (seen.push(name), o.stopAt === name ? { done: 'muted', meta: { by: name } } : null) });
  const end: Step<Classified, never> = { kind: 'step', name: 'end', run: async (f) => (seen.push('end'), { done: 'posted', meta: { fp: f.fingerprint } }) };
  return { classify, a: filter('a'), b: filter('b'), end };
}

function harness(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const metrics = new Metrics({ processMetrics: false, alertOutcomes: ['posted', 'muted'] });
  const logger = createLogger({ level, sink: (l) => lines.push(JSON.parse(l)) });
  const summary = new OutcomeSummary(logger);
  const count = async (outcome: string) => (await metrics.alertsProcessed.get()).values.find((v) => v.labels.outcome === outcome)?.value;
  return { o: { metrics, logger, summary }, lines, count };
}

describe('the alert pipeline runner', () => {
  it('runs the stages in the listed order and counts the outcome the last one gives, once', async () => {
    const seen: string[] = [];
    const s = stages(seen);
    const { o, lines, count } = harness();
    const alert: Alert = makeAlert();
    expect(await alertPipeline([s.classify, s.a, s.b, s.end], o)(alert)).toBe('posted');
    expect(seen).toEqual(['classify', 'a', 'b', 'end']);
    expect(await count('posted')).toBe(1);
    expect(await count('muted')).toBe(0);
    expect(lines.filter((l) => l.message === 'alert processed')).toEqual([expect.objectContaining({ level: 'debug', outcome: 'posted', alertId: alert.id, fp: alert.fingerprint })]);
  });

  it('at info, an alert writes no line of its own: the periodic summary counts it by outcome', async () => {
    const s = stages([]);
    const stopAtA = stages([], { stopAt: 'a' });
    const { o, lines } = harness('info');
    await alertPipeline([s.classify, s.a, s.end], o)(makeAlert());
    await alertPipeline([s.classify, s.a, s.end], o)(makeAlert());
    await alertPipeline([stopAtA.classify, stopAtA.a, stopAtA.end], o)(makeAlert());
    expect(lines).toEqual([]);
    o.summary.flush();
    expect(lines).toEqual([expect.objectContaining({ level: 'info', message: 'alerts processed', total: 3, posted: 2, muted: 1 })]);
    o.summary.flush(); // a period without alerts logs nothing
    expect(lines).toHaveLength(1);
  });

  it('a filter that ends the path stops it there with its outcome', async () => {
    const seen: string[] = [];
    const s = stages(seen, { stopAt: 'a' });
    const { o, count } = harness();
    expect(await alertPipeline([s.classify, s.a, s.b, s.end], o)(makeAlert())).toBe('muted');
    expect(seen).toEqual(['classify', 'a']);
    expect([await count('muted'), await count('posted')]).toEqual([1, 0]);
  });

  it('moving a stage is one line: the reordered list runs in its new order', async () => {
    const seen: string[] = [];
    const s = stages(seen);
    const { o } = harness();
    await alertPipeline([s.classify, s.b, s.a, s.end], o)(makeAlert());
    expect(seen).toEqual(['classify', 'b', 'a', 'end']);
  });

  it('a stage that throws fails the alert (the job retries) and counts nothing', async () => {
    const s = stages([]);
    const boom: Filter<Classified> = { kind: 'filter', name: 'boom', check: async () => Promise.reject(new Error('redis away')) };
    const { o, count } = harness();
    await expect(alertPipeline([s.classify, boom, s.end], o)(makeAlert())).rejects.toThrow('redis away');
    expect(await count('posted')).toBe(0);
  });

  it('the compiler refuses a list whose stages do not fit together or that does not end every alert', () => {
    const s = stages([]);
    const { o } = harness();
    // Each line is checked by `npm run typecheck`: it fails if the error goes away.
    // @ts-expect-error a filter needs a classified alert: it cannot come before classify
    alertPipeline([s.a, s.classify, s.end], o);
    // @ts-expect-error nothing ends the path
    alertPipeline([s.classify, s.a], o);
    const d = {} as StageDeps;
    const [classify, mute, suppress, inhibit, enrich, correlate, escalate, notify] = alertStages(d);
    alertPipeline([classify, mute, suppress, inhibit, enrich, correlate, escalate, notify], o); // as shipped
    alertPipeline([classify, enrich, mute, suppress, inhibit, correlate, notify], o); // mutes after enrichment: fine
    alertPipeline([classify, correlate, notify], o); // no enrichment, no filters: fine
    // @ts-expect-error notify needs a correlated alert
    alertPipeline([classify, mute, notify, correlate], o);
    // @ts-expect-error correlate needs a classified alert
    alertPipeline([correlate, classify, notify], o);
    // @ts-expect-error escalate needs a correlated alert (its incident)
    alertPipeline([classify, escalate, correlate, notify], o);
  });
});
