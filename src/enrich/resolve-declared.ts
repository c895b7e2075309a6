import type { Incident } from '../incident/incident';
import type { DatadogWriteBack } from './types';

/** Where the resolver reports. */
export interface ResolveDeclaredDeps {
  writeBack: Pick<DatadogWriteBack, 'resolveIncident'>;
  /** A note in the incident's thread (best effort). */
  note: (inc: Incident, text: string) => Promise<unknown>;
  warn: (msg: string, meta?: Record<string, unknown>) => void;
}

/**
 * When Datadog recovers an incident that has a declared Datadog incident, resolve that one
 * too (PATCH state resolved) and say so in the thread. Runs beside the worker, not in its
 * path: the call has its own timeout and retries, and a failure is logged and noted in the
 * thread, never failing the alert.
 */
export function resolveDeclaredOnRecovery(d: ResolveDeclaredDeps): (action: string | null, before: Incident | null, after: Incident) => void {
  return (action, before, after) => {
    const uuid = after.datadogIncidentUuid;
    if (action !== 'recovered' || !uuid || before?.state === 'resolved') return;
    const name = after.datadogIncidentId ?? uuid;
    d.writeBack.resolveIncident(uuid).then(
      () => d.note(after, `:white_check_mark: Datadog incident ${name} resolved (recovered in Datadog).`).catch(() => undefined),
      (e: unknown) => {
        d.warn('datadog write-back failed: resolve the declared incident', { incident: after.id, error: e instanceof Error ? e.message : String(e) });
        return d.note(after, `:warning: Could not resolve Datadog incident ${name}; resolve it in Datadog.`).catch(() => undefined);
      },
    );
  };
}
