import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import type { Decision, RuleEngine } from '../rules/types';
import type { EnrichmentView, Incident } from '../incident/incident';
import type { CorrelationAction } from '../incident/plan-correlation';
import type { Finding } from '../alert/finding';

/** Mutes as the worker sees them (the rules stage's MuteStore fits). */
export interface MutePort {
  /** The first active mute matching the alert, given the severity the rules decided. */
  match(alert: Alert, severity: Severity): Promise<{ id: string } | null>;
  recordMuted(muteId: string, alertId: string): Promise<void>;
}

/** Inhibition as the worker sees it (the rules stage's InhibitionIndex fits). */
export interface InhibitPort {
  check(alert: Alert, decision: Decision): Promise<{ incidentId: string; rule: string } | null>;
  markOpen(alert: Alert, decision: Decision, incidentId: string): Promise<void>;
  markClosed(alert: Alert, decision: Decision, incidentId: string): Promise<void>;
}

/** Enrichment as the worker sees it (src/enrich's Enricher fits). */
export interface EnrichPort {
  enrich(alert: Alert): Promise<EnrichmentView & { findings: Finding[] }>;
}

/** The rule engine in force right now (hot reload swaps it). */
export type RulesPort = () => RuleEngine;

/** Escalation as the worker sees it (the escalation stage's Escalator fits). */
export interface EscalatePort {
  /** An alert changed its incident (`action`; null for a re-run): arm a new run's timers, move pages along. */
  afterAlert(action: CorrelationAction | null, inc: Incident): Promise<void>;
}

/** Turn `@handle` mentions into user group mentions Slack notifies. */
export type ResolveMentions = (mentions: readonly string[]) => Promise<string[]>;
