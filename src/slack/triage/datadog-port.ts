import type { DowntimeArgs } from '../../enrich/types';

/**
 * What triage uses of the Datadog write-back (src/enrich's DatadogWriteBack fits). Every
 * call is best-effort: a failure becomes a thread note, never a failed action.
 */
export interface DatadogPort {
  createDowntime(args: DowntimeArgs): Promise<string>;
  cancelDowntime(id: string): Promise<void>;
  postEvent(args: { title: string; text: string; tags: string[]; alertType: 'error' | 'warning' | 'info' | 'success'; aggregationKey?: string }): Promise<void>;
  createIncident(args: { title: string }): Promise<{ id: string; publicId?: string; url?: string }>;
  /** Resolve a declared Datadog incident by its UUID. */
  resolveIncident(id: string): Promise<void>;
  readonly incidentsEnabled: boolean;
}
