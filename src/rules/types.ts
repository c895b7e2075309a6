import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import type { EscalationPolicy } from './escalation-types';

/** Why a decision was made: one readable line per decision the engine took. */
export interface Reason {
  /** What was decided, e.g. `severity`, `channel`, `route`, `suppress`. */
  decision: string;
  /** The value decided. */
  value: string;
  /** The route path and condition that made it, e.g. `routes[2] match.leak.category = credential`. */
  because: string;
}

/** The outcome of classifying one alert. */
export interface Decision {
  /** Paths of the routes that matched, e.g. [`routes[0]`, `routes[0].routes[1]`]. */
  matchedRoutes: string[];
  severity: Severity;
  /**
   * Slack channel ids or names (`#payments-alerts` or `C0123…`), or `owner` (the service
   * catalog's channel; rules/owner-channel.ts resolves it); empty = use the default channel.
   */
  channels: string[];
  /** Where `owner` posts when the catalog names no channel: `defaults.channel` minus `owner` (empty: the configured default). */
  ownerFallback?: string[];
  /** Slack mentions: `<@U…>`, `<!subteam^S…>`, `<!here>`. */
  mentions: string[];
  labels: Record<string, string>;
  /** Fields that make the incident fingerprint (empty = keep the alert's own fingerprint). */
  groupBy: string[];
  /** Re-notify a still-firing incident this often (ms); null = never. */
  repeatIntervalMs: number | null;
  /** Counted, not posted. */
  suppress: boolean;
  /** Where the Escalate button re-posts. */
  escalationChannel: string | null;
  /** The escalation policy the incident follows (absent or null: none). */
  escalation?: EscalationPolicy | null;
  reasons: Reason[];
}

/** Evaluates compiled rules; pure and synchronous. */
export interface RuleEngine {
  /** Classify one alert. */
  evaluate(alert: Alert): Decision;
  /** The incident key of an alert under its decision (`group_by`; rules/group-key.ts). */
  fingerprintFor(alert: Alert, decision: Decision): string;
  /** Whether any route (or `defaults`) groups alerts (`group_by`). */
  readonly groups?: boolean;
}

/** What `defaults` (the root route) sets; every route inherits from it. */
export interface RuleDefaults {
  channels: string[];
  mentions: string[];
  /** Fixed default severity; null = derive it from the alert (`severity_from_priority`). */
  severity: Severity | null;
  severityFromPriority: boolean;
  labels: Record<string, string>;
  groupBy: string[];
  repeatIntervalMs: number | null;
  suppress: boolean;
  escalationChannel: string | null;
  escalation: EscalationPolicy | null;
}

/** A compiled test over an alert and the severity decided for it. */
export interface SeverityAwareMatcher {
  /** Does the alert match, given its decided severity? */
  matches(alert: Alert, severity: Severity): boolean;
  /** Readable form, e.g. `severity = critical and service exists`. */
  describe: string;
}

/** An inhibition rule: while a `source` incident is open, `target` alerts with `equal` fields alike are folded. */
export interface InhibitRule {
  name: string;
  source: SeverityAwareMatcher;
  target: SeverityAwareMatcher;
  /** Field names (as in matchers) whose values must be equal; a missing value counts as empty. */
  equal: string[];
}
