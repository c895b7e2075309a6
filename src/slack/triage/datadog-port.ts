/**
 * What triage uses of the Datadog write-back (src/enrich's DatadogWriteBack fits). Every
 * call is best-effort: a failure becomes a thread note, never a failed action.
 */
export interface DatadogPort {
  createDowntime(args: { monitorId: string; scope: string[]; endsAt: number; message: string }): Promise<string>;
  cancelDowntime(id: string): Promise<void>;
  postEvent(args: { title: string; text: string; tags: string[]; alertType: 'error' | 'warning' | 'info' | 'success'; aggregationKey?: string }): Promise<void>;
  createIncident(args: { title: string }): Promise<{ id: string; publicId?: string; url?: string }>;
  readonly incidentsEnabled: boolean;
}

/** The write-back from the app's `datadog` value, or null when it does not look like one. */
export function asDatadogPort(v: unknown): DatadogPort | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const wb = (typeof o.writeBack === 'object' && o.writeBack ? o.writeBack : o) as Record<string, unknown>;
  const fns = ['createDowntime', 'cancelDowntime', 'postEvent', 'createIncident'];
  return fns.every((f) => typeof wb[f] === 'function') ? (wb as unknown as DatadogPort) : null;
}
