/** The paging services a step can `page:` (the page stage implements them). */
export const PAGE_TARGETS = ['pagerduty', 'opsgenie'] as const;

/** One paging service's name. */
export type PageTarget = (typeof PAGE_TARGETS)[number];

/** Incident conditions a step's `unless` / `while` test. Resolved incidents never escalate. */
export const ESCALATION_CONDITIONS = ['acknowledged', 'snoozed', 'muted'] as const;

/** One condition: `acknowledged` (acknowledged or snoozed: someone has taken it), `snoozed`, `muted`. */
export type EscalationCondition = (typeof ESCALATION_CONDITIONS)[number];

/** The mention that stands for whoever acknowledged the incident. */
export const ACKER = 'acker';

/** What a step without `unless` or `while` assumes. */
export const DEFAULT_UNLESS: readonly EscalationCondition[] = ['acknowledged', 'muted'];

/** Most steps in one policy. */
export const MAX_STEPS = 10;

/** Most times one repeating (`every`) step fires for one incident before it stops. */
export const MAX_FIRINGS = 100;

/** Shortest `every`. */
export const MIN_EVERY_MS = 60_000;

/** One step of an escalation policy, compiled. */
export interface EscalationStep {
  /** 1-based position in its policy ("step 2 of 3"). */
  number: number;
  /** First firing this long after the anchor; null: one `every` after it. */
  afterMs: number | null;
  /** Fire again this often (null: once). */
  everyMs: number | null;
  /** The step is skipped while any of these holds. */
  unless: EscalationCondition[];
  /** The step is skipped unless all of these hold. */
  while: EscalationCondition[];
  /** What the times count from: the incident opening, or its acknowledgement (`while: acknowledged`). */
  anchor: 'opened' | 'acknowledged';
  /** Slack mentions (`<@U…>`, `<!subteam^S…>`, `@handle`, `<!here>`) and `acker`. */
  mentions: string[];
  /** Also post in this channel, linking back to the incident. */
  channel: string | null;
  /** Page through these services. */
  page: PageTarget[];
}

/** A compiled escalation policy: named (`escalation_policies`) or written inline on a route. */
export interface EscalationPolicy {
  /** The policy's name; null for an inline one. */
  name: string | null;
  /** Where it is written: `escalation_policies.payments` or `routes[2].escalation`. */
  source: string;
  steps: EscalationStep[];
}
