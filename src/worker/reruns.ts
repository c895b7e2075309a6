import type { Alert } from '../alert/alert';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import { isAlertOutcome, type IncidentOutcome } from './outcome';

/**
 * Re-runs and idempotency, in one place. A job runs again when its worker died, or the job
 * failed, after part of its work was done (Bull retries it; the stalled-job check hands it to
 * another worker). What must happen once per alert is recorded in Redis (IncidentStore's
 * notification marks, kept 7 days) before the job is acknowledged, and looked up first:
 *
 * - `<alertId>:applied` → outcome: the alert was taken into its incident (correlate stage);
 * - `<incidentId>:post:<channel>` → `channel|ts`: the incident's message was posted (notify);
 * - `<alertId>:thread` → a re-trigger or recovery was said in the thread (notify);
 * - `repeat:<incidentId>:<token>:<slot>` → a repeat reminder was sent (repeat timer).
 */
export class Reruns {
  constructor(private readonly store: IncidentStore) {}

  /**
   * Whether this alert was already taken into its incident, and with which outcome. The
   * `applied` mark is written last; until then the incident's `lastAlertId` tells (the
   * first run saved the incident, then died). `marked`: the mark exists.
   */
  async applied(alert: Alert, existing: Incident): Promise<{ outcome: IncidentOutcome; marked: boolean } | null> {
    const mark = await this.store.notificationTs(appliedKey(alert));
    if (mark) return { outcome: toOutcome(mark), marked: true };
    if (existing.lastAlertId !== alert.id) return null;
    const outcome = existing.message.kind === 'digest' ? 'digested' : existing.count === 1 && existing.lastTransition === alert.transition ? 'posted' : 'updated';
    return { outcome, marked: false };
  }

  /** For each alert, whether it was already taken into its incident (one round trip). */
  async appliedMany(alerts: readonly Alert[]): Promise<boolean[]> {
    const marks = await this.store.notificationTsMany(alerts.map(appliedKey));
    return marks.map((m) => Boolean(m));
  }

  /** Record that the alert was taken into its incident. */
  markApplied(alert: Alert, outcome: IncidentOutcome): Promise<void> {
    return this.store.recordNotification(appliedKey(alert), outcome);
  }

  /** The `applied` marks of alerts saved together (IncidentStore.save sets them if the save wins). */
  appliedMarks(alerts: readonly Alert[], outcome: IncidentOutcome): [key: string, value: string][] {
    return alerts.map((a) => [appliedKey(a), outcome]);
  }

  /** Post an incident's message in a channel once: a re-run finds where the first run's post landed. */
  async postOnce(inc: Incident, channel: string, post: () => Promise<{ channel: string; ts: string }>): Promise<{ channel: string; ts: string }> {
    const key = `${inc.id}:post:${channel}`;
    const seen = await this.store.notificationTs(key);
    if (seen) {
      const [ch, ts] = seen.split('|');
      return { channel: ch!, ts: ts! };
    }
    const r = await post();
    await this.store.recordNotification(key, `${r.channel}|${r.ts}`);
    return r;
  }

  /** Run `fn` unless it already ran under `key`; recorded after it succeeds. */
  async once(key: string, fn: () => Promise<void>): Promise<void> {
    if (await this.store.notificationTs(key)) return;
    await fn();
    await this.store.recordNotification(key, 'sent');
  }
}

/** The `applied` mark of an alert. */
function appliedKey(a: Alert): string {
  return `${a.id}:applied`;
}

function toOutcome(mark: string): IncidentOutcome {
  return isAlertOutcome(mark) && (mark === 'posted' || mark === 'updated' || mark === 'digested') ? mark : 'updated';
}
