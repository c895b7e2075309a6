import { firingOffset, stepApplies, type ConditionState } from '../rules/escalation-schedule';
import type { EscalationStep } from '../rules/escalation-types';
import type { EscalationProgress, Incident, PageState } from './incident';

/**
 * Start a new escalation run on an incident that (re)opened: new, re-triggered, reopened,
 * back from a snooze. Uses the policy of its latest decision; without one, the incident keeps
 * only what its pages were told. Pure.
 */
export function startEscalation(inc: Incident, now: number): Incident {
  const prev = inc.escalation;
  const policy = inc.decision.escalation ?? (prev ? { name: null, source: 'none', steps: [] } : null);
  if (!policy) return inc;
  return { ...inc, escalation: { run: (prev?.run ?? 0) + 1, startedAt: now, policy, fired: {}, pages: prev?.pages ?? {} } };
}

/** The facts a step's condition tests (`muted` comes from the mutes, outside the incident). */
export function conditionState(inc: Incident, muted: boolean): ConditionState {
  return { acknowledged: inc.state === 'acknowledged' || inc.state === 'snoozed', snoozed: inc.state === 'snoozed', muted };
}

/** When a step's times count from in this run (null: not yet — nobody acknowledged). */
export function anchorOf(p: EscalationProgress, step: EscalationStep, inc: Pick<Incident, 'ackAt'>): number | null {
  if (step.anchor === 'opened') return p.startedAt;
  return inc.ackAt !== undefined && inc.ackAt >= p.startedAt ? inc.ackAt : null;
}

/** A step's next firing in this run: its index and due time, or null when it is done or waits for an acknowledgement. */
export function nextFiring(p: EscalationProgress, step: EscalationStep, inc: Pick<Incident, 'ackAt'>): { k: number; at: number } | null {
  const anchor = anchorOf(p, step, inc);
  if (anchor === null) return null;
  const k = p.fired[step.number] ?? 0;
  const off = firingOffset(step, k);
  return off === null ? null : { k, at: anchor + off };
}

/**
 * The next step that would run, if the incident stays as it is (for the footer and
 * `/herald oncall`): the earliest next firing among steps whose condition holds now.
 */
export function upcomingStep(inc: Incident, muted = false): { step: number; at: number } | null {
  const p = inc.escalation;
  if (!p || inc.state === 'resolved') return null;
  const state = conditionState(inc, muted);
  let best: { step: number; at: number } | null = null;
  for (const s of p.policy.steps) {
    if (!stepApplies(s, state)) continue;
    const n = nextFiring(p, s, inc);
    if (n && (!best || n.at < best.at)) best = { step: s.number, at: n.at };
  }
  return best;
}

/** What each paged service should be told now: resolved, acknowledged (or snoozed), else as it is. */
export function desiredPageState(inc: Incident): PageState | null {
  if (inc.state === 'resolved') return 'resolved';
  if (inc.state === 'acknowledged' || inc.state === 'snoozed') return 'acknowledged';
  return null;
}

const ORDER: Record<PageState, number> = { triggered: 1, acknowledged: 2, resolved: 3 };

/** Whether moving a page from `from` to `to` is a step forward (pages never go back). */
export function pageMovesForward(from: PageState | undefined, to: PageState): boolean {
  return from !== undefined && from !== 'resolved' && ORDER[to] > ORDER[from];
}
