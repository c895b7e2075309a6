import { formatDuration } from './duration';
import { ACKER, MAX_FIRINGS, type EscalationCondition, type EscalationPolicy, type EscalationStep } from './escalation-types';

/** The incident facts a step's condition looks at. */
export type ConditionState = Record<EscalationCondition, boolean>;

/** A duration for people: `0s`, `10m`, `1h30m`. */
export function showDuration(ms: number): string {
  return ms === 0 ? '0s' : formatDuration(ms);
}

/**
 * When the `k`-th firing (0-based) of a step is due, as ms after its anchor; null when the
 * step fires fewer times (a one-shot step fires once; a repeating one at most MAX_FIRINGS).
 */
export function firingOffset(step: EscalationStep, k: number): number | null {
  if (k < 0 || !Number.isInteger(k)) return null;
  if (step.everyMs === null) return k === 0 ? (step.afterMs ?? 0) : null;
  if (k >= MAX_FIRINGS) return null;
  return (step.afterMs ?? step.everyMs) + k * step.everyMs;
}

/** The index of the first firing due strictly after `offsetMs` (ms since the anchor), or null. */
export function nextFiringIndex(step: EscalationStep, offsetMs: number): number | null {
  const first = firingOffset(step, 0)!;
  if (offsetMs < first) return 0;
  if (step.everyMs === null) return null;
  const k = Math.floor((offsetMs - first) / step.everyMs) + 1;
  return k < MAX_FIRINGS ? k : null;
}

/** Does a step fire for an incident in this state (none of `unless`, all of `while`)? */
export function stepApplies(step: EscalationStep, s: ConditionState): boolean {
  return step.unless.every((c) => !s[c]) && step.while.every((c) => s[c]);
}

/** `after 10m`, `every 4h`, `after 0s, then every 1h`, with `from the acknowledgement` when so anchored. */
export function describeTiming(step: EscalationStep): string {
  const from = step.anchor === 'acknowledged' ? ' after the acknowledgement' : '';
  if (step.everyMs === null) return `${step.afterMs === 0 ? 'at once' : `after ${showDuration(step.afterMs ?? 0)}`}${step.afterMs === 0 && from ? ' on acknowledgement' : from}`;
  const start = step.afterMs === null ? `every ${showDuration(step.everyMs)}${from}` : `after ${showDuration(step.afterMs)}${from}, then every ${showDuration(step.everyMs)}`;
  return `${start} (at most ${MAX_FIRINGS} times)`;
}

/** `unless acknowledged or muted`, `while acknowledged`, `always`. */
export function describeCondition(step: EscalationStep): string {
  const parts: string[] = [];
  if (step.while.length) parts.push(`while ${step.while.join(' and ')}`);
  if (step.unless.length) parts.push(`unless ${step.unless.join(' or ')}`);
  return parts.length ? parts.join(', ') : 'whatever its state (until resolved)';
}

/** `mention @a, the acker; post in #incidents; page pagerduty` or `thread reply`. */
export function describeActions(step: EscalationStep): string {
  const parts: string[] = [];
  if (step.mentions.length) parts.push(`mention ${step.mentions.map((m) => (m === ACKER ? 'the acker' : m)).join(', ')}`);
  if (step.channel) parts.push(`post in ${step.channel} (linking back)`);
  if (step.page.length) parts.push(`page ${step.page.join(' and ')}`);
  return parts.length ? `thread reply; ${parts.join('; ')}` : 'thread reply';
}

/** Lines for `herald rules explain`: each step, its condition, and when it fires if the incident opened at `openedAt`. */
export function explainPolicy(policy: EscalationPolicy, openedAt: number): string[] {
  const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const lines: string[] = [];
  for (const s of policy.steps) {
    const first = firingOffset(s, 0)!;
    const second = firingOffset(s, 1);
    const when = s.anchor === 'acknowledged'
      ? `${showDuration(first)} after someone acknowledges`
      : second !== null ? `first at ${utc(openedAt + first)}, then ${utc(openedAt + second)}, …` : `at ${utc(openedAt + first)}`;
    lines.push(`  step ${s.number} of ${policy.steps.length}: ${describeTiming(s)}, ${describeCondition(s)}`);
    lines.push(`      → ${describeActions(s)}`);
    lines.push(`      fires ${when}`);
  }
  return lines;
}
