import type { Alert } from '../alert/alert';
import type { Finding } from '../alert/finding';
import type { EnrichmentView, Incident } from '../incident/incident';
import type { CorrelationAction } from '../incident/plan-correlation';
import type { Decision } from '../rules/types';
import type { AlertJournal } from '../incident/alert-journal';
import type { IncidentStore } from '../incident/incident-store';
import type { AlertOutcome, IncidentOutcome } from './outcome';
import type { MessageOwner } from '../slack/incident-messages';
import type { Placement } from './placement';
import type { InhibitPort } from './ports';
import type { Reruns } from './reruns';

/** An alert job entering the worker. Its text is already redacted (ingest scanned it). */
export interface AlertFlow {
  readonly alert: Alert;
}

/** After classify: the rules' decision and the key of the alert's incident. */
export interface Classified extends AlertFlow {
  readonly decision: Decision;
  /** The incident key: the alert's own fingerprint, or its `group_by` key (rules/group-key.ts). */
  readonly fingerprint: string;
}

/**
 * After enrich: Datadog context for a new or re-opened incident (absent: not needed, or no
 * Datadog) and the findings in what was fetched (already redacted). The correlate stage
 * accepts a flow without enrichment, so enrich can be left out of the list.
 */
export interface Enriched extends Classified {
  readonly enrichment?: EnrichmentView;
  readonly enrichmentFindings?: readonly Finding[];
}

/** After correlate: the incident as saved (or as found, for a re-run) and what Slack still needs. */
export interface Correlated extends Enriched {
  readonly incident: Incident;
  /** What the alert did to its incident (null for a re-run: the first run did it). */
  readonly action: CorrelationAction | null;
  readonly outcome: IncidentOutcome;
  /** The job ran before and had already taken this alert into its incident (see reruns.ts). */
  readonly rerun: boolean;
  /** Update the message and say what changed in its thread (false for the alerts a batch took along but its last). */
  readonly announce: boolean;
  /** For the `alert processed` log line. */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** What the correlate stage needs; built in app.ts. */
export interface CorrelateDeps {
  incidents: IncidentStore;
  placement: Placement;
  reruns: Reruns;
  journal: AlertJournal;
  inhibit: InhibitPort | null;
  /** Record what Datadog did to an incident (a recovery, a re-trigger) in the audit trail. */
  audit: (action: CorrelationAction, before: Incident | null, after: Incident) => Promise<void>;
  /** Re-render an incident's messages in the background (the notify stage's refresh): used by fast repeats, which end here. */
  refresh: (inc: MessageOwner) => void;
  /** Arm the incident's `repeat_interval` reminder (a delayed job; idempotent). */
  scheduleRepeat: (inc: Incident) => Promise<void>;
  clock: () => number;
  reopenWindowMs: number;
}

/** The end of an alert's path: its one counted outcome, and what the log line says about it. */
export interface Done {
  readonly done: AlertOutcome;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A stage that lets the alert through unchanged, or ends its path (mute, suppress, inhibit). */
export interface Filter<Need> {
  readonly kind: 'filter';
  readonly name: string;
  check(flow: Need): Promise<Done | null>;
}

/** A stage that turns its input into the next stage's, or ends the alert's path. */
export interface Step<In, Out> {
  readonly kind: 'step';
  readonly name: string;
  run(flow: In): Promise<Out | Done>;
}

/** Any stage. */
export type Stage = Filter<any> | Step<any, any>;

/** Whether a stage's result ends the path. */
export function isDone(r: object): r is Done {
  return 'done' in r;
}

/** What a list of stages does not accept: the stage's name and the flow it was given. */
export interface StageMismatch<Name, Given> {
  readonly stage: Name;
  readonly doesNotAccept: Given;
}

/** The flow after stage S, given `In` (a StageMismatch when S does not accept it). */
type After<S, In> =
  In extends StageMismatch<unknown, unknown>
    ? In
    : S extends Filter<infer Need>
      ? [In] extends [Need]
        ? In
        : StageMismatch<S['name'], In>
      : S extends Step<infer I, infer O>
        ? [In] extends [I]
          ? Exclude<O, Done>
          : StageMismatch<S['name'], In>
        : never;

/**
 * The flow left after a list of stages, starting from `In`: `never` when the last stage ends
 * every alert (the list is complete), a StageMismatch when a stage does not accept what the
 * one before gives.
 */
export type FlowAfter<S extends readonly Stage[], In> = S extends readonly [infer First, ...infer Rest extends readonly Stage[]] ? FlowAfter<Rest, After<First, In>> : In;
