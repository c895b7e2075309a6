import type { Alert } from '../alert/alert';
import { planCorrelation } from '../incident/plan-correlation';
import type { Incident } from '../incident/incident';
import type { AlertOutcome } from '../ops/metrics';
import type { Decision } from '../rules/types';
import { appliedKey, correlateAndNotify, recordOutcome, targetChannels } from './correlate-alert';
import type { PipelineDeps } from './process-alert';

/** Most alerts one lock holder takes into its incident at once. */
const MAX_BATCH = 64;

/** An alert waiting for its incident's lock, and how to tell its job the outcome. */
interface Pending {
  alert: Alert;
  decision: Decision;
  settled: boolean;
  /** Left to do after the lock (a new incident's posts), by this alert's own job. */
  after?: () => Promise<void>;
  resolve: (o: AlertOutcome) => void;
  reject: (e: unknown) => void;
}

/**
 * Correlates alerts with their incidents, one incident at a time (the fingerprint lock).
 * In a storm the jobs of one incident queue up behind its lock; the job that gets it takes
 * the queued alerts that only repeat the incident (same state, one more occurrence) along and
 * applies them with one read, one compare-and-set save (which also marks each alert applied)
 * and one Slack update, instead of a lock, a read and a save each. The jobs whose alerts were
 * taken along then finish without work. Anything else (a new incident, a state change, a
 * re-run) goes through correlateAndNotify alone, in order.
 */
export class Correlator {
  private readonly mailbox = new Map<string, Pending[]>();

  constructor(private readonly d: PipelineDeps) {}

  /** Correlate one alert (its fingerprint already set by the rules) and notify. */
  async correlate(alert: Alert, decision: Decision): Promise<AlertOutcome> {
    const fp = alert.fingerprint;
    let p!: Pending;
    const outcome = new Promise<AlertOutcome>((resolve, reject) => {
      p = { alert, decision, settled: false, resolve, reject };
    });
    // Another job's drain may reject it while this job still waits for the lock: handled
    // here so that it is not reported as unhandled meanwhile; the caller still gets it.
    outcome.catch(() => undefined);
    const queue = this.mailbox.get(fp) ?? [];
    queue.push(p);
    this.mailbox.set(fp, queue);
    try {
      await this.d.incidents.withLock(fp, () => this.drain(fp), { skip: () => p.settled });
    } catch (e) {
      this.forget(fp, p);
      if (!p.settled) settle(p, null, e);
    }
    if (!p.settled) {
      this.forget(fp, p);
      settle(p, null, new Error(`alert ${alert.id} was not correlated`));
    }
    const result = await outcome;
    if (p.after) await p.after();
    return result;
  }

  /** The lock holder: correlate the alerts waiting for this incident, in order. */
  private async drain(fp: string): Promise<void> {
    const queue = this.mailbox.get(fp) ?? [];
    const items = queue.splice(0, MAX_BATCH);
    if (queue.length === 0) this.mailbox.delete(fp);
    let rest = items;
    try {
      while (rest.length > 0) {
        const n = await this.applyRepeats(rest);
        if (n > 0) {
          rest = rest.slice(n);
          continue;
        }
        const [first, ...others] = rest;
        rest = others;
        try {
          const r = await correlateAndNotify(first!.alert, first!.decision, this.d);
          first!.after = r.after;
          settle(first!, r.outcome);
        } catch (e) {
          settle(first!, null, e);
        }
      }
    } catch (e) {
      for (const p of rest) if (!p.settled) settle(p, null, e);
    }
  }

  /**
   * Take the leading run of alerts that only repeat the stored incident into it at once.
   * Returns how many were applied (0: the first one needs the full path).
   */
  private async applyRepeats(items: Pending[]): Promise<number> {
    const d = this.d;
    const fp = items[0]!.alert.fingerprint;
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await d.incidents.getByFingerprint(fp);
      if (!existing || !existing.ts || items.length < 2) return 0;
      const marks = await d.incidents.notificationTsMany(items.map((p) => appliedKey(p.alert)));
      const now = d.clock();
      let cur: Incident = existing;
      const taken: Pending[] = [];
      for (let k = 0; k < items.length; k++) {
        const p = items[k]!;
        if (marks[k] || p.alert.id === existing.lastAlertId) break; // a re-run: the full path knows
        const plan = planCorrelation(cur, p.alert, p.decision, fp, () => existing.id, now, d.reopenWindowMs);
        if (plan.action !== 'repeat' || plan.incident.state !== existing.state) break;
        cur = { ...plan.incident, enrichment: existing.enrichment };
        taken.push(p);
      }
      if (taken.length < 2) return 0;
      const last = taken[taken.length - 1]!;
      const channels = targetChannels(last.decision, existing.enrichment, d.defaultChannel);
      const result = await d.notify.apply('repeat', cur, channels, existing);
      cur = { ...cur, ...result.patch };
      const saved = await d.incidents.save(cur, existing.version, taken.map((p) => [appliedKey(p.alert), result.outcome]));
      if (!saved.ok) continue; // a triage click changed it meanwhile: re-plan
      if (d.inhibit) {
        if (saved.incident.state === 'resolved') await d.inhibit.markClosed(last.alert, last.decision, saved.incident.id);
        else await d.inhibit.markOpen(last.alert, last.decision, saved.incident.id);
      }
      await d.notify.announce('repeat', saved.incident, result.outcome);
      if (result.outcome === 'digested') {
        await Promise.all(taken.map((p) => d.journal.record('digested', p.alert, saved.incident.digestId ?? 'digest', d.clock())));
      }
      for (const p of taken) {
        settle(p, recordOutcome(d, result.outcome, p.alert, { incident: saved.incident.id, action: 'repeat', batch: taken.length }));
      }
      return taken.length;
    }
    throw new Error(`incident for ${fp} kept changing; will retry`);
  }

  private forget(fp: string, p: Pending): void {
    const queue = this.mailbox.get(fp);
    if (!queue) return;
    const i = queue.indexOf(p);
    if (i >= 0) queue.splice(i, 1);
    if (queue.length === 0) this.mailbox.delete(fp);
  }
}

function settle(p: Pending, outcome: AlertOutcome | null, err?: unknown): void {
  if (p.settled) return;
  p.settled = true;
  if (err !== undefined || outcome === null) p.reject(err);
  else p.resolve(outcome);
}
