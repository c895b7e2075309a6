import type { CorrelationAction } from '../incident/plan-correlation';
import type { Incident } from '../incident/incident';
import type { AuditLog } from './audit-log';

/** The mute admin API's audit hook (`createMuteRouter({ audit })`) writing to the audit trail. */
export function muteApiAudit(audit: Pick<AuditLog, 'append'>): (e: { action: string; actor: string; muteId: string; note?: string }) => Promise<void> {
  return async (e) => {
    await audit.append({
      actor: { id: e.actor, name: e.actor },
      action: e.action === 'mute.delete' ? 'unmute' : e.action === 'mute.create' ? 'mute' : e.action,
      incident: null,
      before: null,
      after: null,
      via: 'api',
      outcome: 'ok',
      note: e.note ? `${e.muteId}: ${e.note}` : e.muteId,
    });
  };
}

/**
 * Record what Datadog did to an incident (for the worker, after a correlation was saved):
 * a recovery resolves it, a re-trigger reopens it. Other correlations are not audited.
 */
export async function auditCorrelation(audit: Pick<AuditLog, 'append'>, action: CorrelationAction, before: Incident | null, after: Incident): Promise<void> {
  if (action !== 'recovered' && action !== 'retrigger') return;
  await audit.append({
    actor: { id: 'datadog', name: 'Datadog' },
    action: action === 'recovered' ? 'resolve' : 'reopen',
    incident: after.id,
    before: before?.state ?? null,
    after: after.state,
    via: 'datadog',
    outcome: 'ok',
    note: `${after.lastTransition} (alert ${after.lastAlertId})`,
  });
}
