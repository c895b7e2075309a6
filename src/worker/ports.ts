import type { Alert } from '../alert/alert';
import type { Decision, RuleEngine } from '../rules/types';
import type { EnrichmentView } from '../incident/incident';
import type { Finding } from '../alert/finding';

/** Mutes as the worker sees them (the rules stage's MuteStore fits). */
export interface MutePort {
  match(alert: Alert): Promise<{ id: string } | null>;
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

/** Turn `@handle` mentions into user group mentions Slack notifies. */
export type ResolveMentions = (mentions: readonly string[]) => Promise<string[]>;
