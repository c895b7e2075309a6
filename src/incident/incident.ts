import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import type { EscalationPolicy, PageTarget } from '../rules/escalation-types';
import type { Decision } from '../rules/types';
import type { MessageRef, MessageState } from './message-state';

/** Incident states. Snoozed incidents still count repeats, silently. */
export const INCIDENT_STATES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;

/** One incident state. */
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** Who changed an incident and how. */
export type Via = 'button' | 'command' | 'datadog' | 'api' | 'system';

/** One entry in an incident's short history (shown in Details). */
export interface HistoryEntry {
  at: number;
  what: string;
  by?: string;
}

/** An incident: one Slack message, many alerts with the same fingerprint. */
export interface Incident {
  /** Short human id, e.g. `H-1f`. */
  id: string;
  fingerprint: string;
  state: IncidentState;
  severity: Severity;
  /** Slack channel of the primary message ('' until placed). */
  channel: string;
  /** Where the primary message stands: pending, posting, in a storm digest, or posted (its ts). */
  message: MessageState;
  /** Copies of the message in further channels (routes with several channels), each with its own state. */
  copies: MessageRef[];
  count: number;
  firstSeen: number;
  lastSeen: number;
  title: string;
  service: string;
  env: string;
  team: string;
  monitorId: string | null;
  lastTransition: string;
  lastAlertId: string;
  /**
   * Datadog event time (ms) of the newest alert taken into the incident. An alert older than
   * this cannot change the state: workers run alerts concurrently, so a Triggered may be
   * processed after the Recovered that followed it in Datadog.
   */
  eventAt?: number;
  /**
   * Alert.arrival of the alert that set `eventAt` (the latest of those with that time): an
   * alert with the same event time that ingest took earlier is older too.
   */
  eventArrival?: number;
  ackBy?: string;
  ackAt?: number;
  resolvedBy?: string;
  resolvedAt?: number;
  resolvedVia?: Via;
  snoozedUntil?: number;
  snoozedBy?: string;
  reopenedCount: number;
  /** Repeats folded by inhibition into this incident. */
  inhibitedCount: number;
  escalatedTo?: string;
  muteId?: string;
  downtimeId?: string;
  datadogIncidentId?: string;
  /** The declared Datadog incident's UUID (the id its API takes), to resolve it with the incident. */
  datadogIncidentUuid?: string;
  /** Who escalated the incident and when (Escalate answers "already escalated" until it is resolved). */
  escalatedBy?: string;
  escalatedAt?: number;
  leakCount: number;
  /** The latest alert (redacted) and the decision for it. */
  alert: Alert;
  decision: Decision;
  history: HistoryEntry[];
  /** Context fetched from Datadog (redacted), shown on the message. */
  enrichment?: EnrichmentView;
  /** The escalation policy running for the incident, and how far it got. */
  escalation?: EscalationProgress;
  /** Optimistic-concurrency version. */
  version: number;
}

/** What a storm digest shows of an incident (and its alert count). */
export type DigestSubject = Pick<Incident, 'id' | 'count' | 'severity' | 'title' | 'service' | 'monitorId' | 'firstSeen'>;

/** What a paging service was last told about the incident. */
export type PageState = 'triggered' | 'acknowledged' | 'resolved';

/**
 * An incident's escalation: one run per time it (re)opened — new, re-triggered, reopened,
 * back from a snooze — with the policy it started with, the steps done and the pages sent.
 */
export interface EscalationProgress {
  /** Run number (1, 2, …): timers of an older run do nothing. */
  run: number;
  /** When this run started (step times count from here, or from the acknowledgement). */
  startedAt: number;
  /** The policy as it was when the run started (rule reloads do not change a running one). */
  policy: EscalationPolicy;
  /** Firings done in this run: step number → how many times it ran. */
  fired: Record<number, number>;
  /** The last step run, and when (the message footer). */
  last?: { step: number; at: number; by?: string };
  /** What each paging service was last told (this run and before: pages outlive runs). */
  pages: Partial<Record<PageTarget, PageState>>;
}

/** What the message shows of Datadog enrichment (a subset of enrich's Enrichment). */
export interface EnrichmentView {
  monitor?: { id: string; name: string; query: string; priority?: number | null; tags: string[]; creator?: string; runbooks: string[]; url?: string };
  logs?: { time: string; host: string; service?: string; message: string }[];
  owner?: { service: string; team?: string; slackChannel?: string; oncall?: string; runbooks: string[]; dashboards: string[]; contacts?: { type: string; name?: string; contact: string }[] };
  problems: string[];
}

/** Most history entries kept on an incident. */
export const MAX_HISTORY = 30;

/** Append a history entry (bounded). */
export function withHistory(inc: Incident, entry: HistoryEntry): Incident {
  return { ...inc, history: [...inc.history, entry].slice(-MAX_HISTORY) };
}
