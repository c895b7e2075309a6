import type { Alert } from '../alert/alert';
import type { Finding } from '../alert/finding';
import type { Incident } from '../incident/incident';
import { planCorrelation } from '../incident/plan-correlation';
import { addFindings } from '../alert/leak-summary';
import { markInhibition } from './inhibit';
import { RepeatBatch } from './repeat-batch';
import { decisionKey } from '../incident/incident-record';
import type { CorrelateDeps, Correlated, Done, Enriched, Step } from './types';

/** An alert waiting for its incident's lock, and how to give its job the result. */
interface Waiting {
  flow: Enriched;
  settled: boolean;
  resolve: (c: Correlated) => void;
  reject: (e: unknown) => void;
}

/** Most alerts one lock holder takes into its incident at once. */
const MAX_BATCH = 64;

/**
 * Stage correlate: takes the alert into its incident (src/incident: the store, the locks, the
 * plan) — new, repeat, recovery, re-trigger — with where its messages go (Placement: own
 * message or storm digest), in one compare-and-set save; then records what the save means
 * (audit, inhibition index, repeat reminder, journal, the alert's `applied` mark).
 *
 * One incident at a time: alerts queue in this process per incident key, and the one whose
 * turn comes holds the incident's lock (a Redis lock against other processes) and drains the
 * queue; in a flood it takes runs of plain repeats along in one save (RepeatBatch), and the
 * jobs of those alerts just get their result. One Correlator per process, built in app.ts.
 *
 * Before all that, a plain repeat of an open incident whose messages are placed (posted or in
 * a storm digest) takes the fast path: one Redis script counts it (IncidentStore.repeatFast),
 * without the lock or a read of the incident; the digests that hold it take the new count,
 * and the alert ends here (`updated`: its messages are re-rendered in the background,
 * throttled and coalesced like every update; or `digested`, journaled). Whatever the script
 * does not take — a new incident, a recovery, a message still being posted, a changed
 * decision, a re-run — goes the full way.
 */
export class Correlator implements Step<Enriched, Correlated> {
  readonly kind = 'step';
  readonly name = 'correlate';
  private readonly mailbox = new Map<string, Waiting[]>();
  /** Alerts on the full path per incident key (waiting for the lock or being correlated). */
  private readonly fullPath = new Map<string, number>();
  private readonly batch: RepeatBatch;

  constructor(private readonly d: CorrelateDeps) {
    this.batch = new RepeatBatch(d);
  }

  async run(flow: Enriched): Promise<Correlated | Done> {
    const key = flow.fingerprint;
    // Alerts of one incident keep their order in this process: while one takes the full path
    // (a recovery, say), the next ones queue behind it instead of overtaking it.
    if (!this.fullPath.has(key)) {
      const fast = await this.fastRepeat(flow);
      if (fast) return fast;
    }
    this.fullPath.set(key, (this.fullPath.get(key) ?? 0) + 1);
    try {
      return await this.runFull(flow);
    } finally {
      const n = this.fullPath.get(key)! - 1;
      if (n > 0) this.fullPath.set(key, n);
      else this.fullPath.delete(key);
    }
  }

  /** The full path: queue for the incident's lock, then correlate (alone or in a batch of repeats). */
  private async runFull(flow: Enriched): Promise<Correlated> {
    const key = flow.fingerprint;
    let w!: Waiting;
    const result = new Promise<Correlated>((resolve, reject) => (w = { flow, settled: false, resolve, reject }));
    // Another job's drain may reject it while this job still waits for the lock: handled
    // here so that it is not reported as unhandled meanwhile; the caller still gets it.
    result.catch(() => undefined);
    const queue = this.mailbox.get(key) ?? [];
    queue.push(w);
    this.mailbox.set(key, queue);
    try {
      await this.d.incidents.withLock(key, () => this.drain(key), { skip: () => w.settled });
    } catch (e) {
      this.forget(key, w);
      settle(w, e);
    }
    if (!w.settled) {
      this.forget(key, w);
      settle(w, new Error(`alert ${flow.alert.id} was not correlated`));
    }
    return result;
  }

  /** A plain repeat of an open, posted incident in one script; null: take the full path. */
  private async fastRepeat(flow: Enriched): Promise<Done | null> {
    if (flow.alert.transition === 'Recovered' || flow.enrichment) return null;
    const d = this.d;
    const r = await d.incidents.repeatFast(flow.fingerprint, flow.alert, decisionKey(flow.decision), d.placement.digestCounts);
    if (!r) return null;
    await d.placement.countInDigests(r);
    if (d.inhibit) await markInhibition(d.inhibit, flow, r);
    if (r.outcome === 'digested') await d.journal.record('digested', flow.alert, r.message.kind === 'digest' ? r.message.digestId : 'digest', d.clock());
    else d.refresh(r);
    return { done: r.outcome, meta: { incident: r.id, action: 'repeat', fast: true } };
  }

  /** The lock holder: correlate the alerts waiting for this incident, in order. */
  private async drain(key: string): Promise<void> {
    const queue = this.mailbox.get(key) ?? [];
    let rest = queue.splice(0, MAX_BATCH);
    if (queue.length === 0) this.mailbox.delete(key);
    try {
      while (rest.length > 0) {
        const taken = await this.batch.apply(rest.map((w) => w.flow));
        taken.forEach((c, i) => settle(rest[i]!, null, c));
        if (taken.length > 0) {
          rest = rest.slice(taken.length);
          continue;
        }
        const first = rest.shift()!;
        await this.correlateOne(first.flow).then(
          (c) => settle(first, null, c),
          (e: unknown) => settle(first, e),
        );
      }
    } catch (e) {
      for (const w of rest) settle(w, e);
    }
  }

  /** One alert into its incident (the caller holds the lock); re-planned when a triage click changed the incident meanwhile. */
  private async correlateOne(flow: Enriched): Promise<Correlated> {
    const d = this.d;
    const { alert, decision, fingerprint } = flow;
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await d.incidents.getByFingerprint(fingerprint);
      const rerun = existing ? await d.reruns.applied(alert, existing) : null;
      if (rerun) {
        if (!rerun.marked) {
          if (d.inhibit) await markInhibition(d.inhibit, flow, existing!);
          await d.reruns.markApplied(alert, rerun.outcome);
        }
        return { ...flow, incident: existing!, action: null, outcome: rerun.outcome, rerun: true, announce: true, meta: { incident: existing!.id, rerun: true } };
      }
      // The enrichment is for an incident that opens or re-opens; others keep theirs.
      const opens = !existing || existing.state === 'resolved';
      const enrichment = opens && flow.enrichment ? flow.enrichment : existing?.enrichment;
      const taken = opens && flow.enrichmentFindings?.length ? withFindings(alert, flow.enrichmentFindings) : alert;
      const now = d.clock();
      const reusable = existing && !(existing.state === 'resolved' && now - (existing.resolvedAt ?? 0) > d.reopenWindowMs);
      const id = reusable ? existing.id : await d.incidents.nextId();
      const plan = planCorrelation(existing, taken, decision, fingerprint, () => id, now, d.reopenWindowMs);
      const inc: Incident = { ...plan.incident, enrichment };
      const placed = await d.placement.place(plan.action, inc, d.placement.channels(decision, enrichment), existing);
      const saved = await d.incidents.save({ ...inc, ...placed.patch }, plan.expectedVersion);
      if (!saved.ok) continue; // a triage click changed it meanwhile: re-plan on the new state
      await d.audit(plan.action, existing, saved.incident).catch(() => undefined);
      if (d.inhibit) await markInhibition(d.inhibit, flow, saved.incident);
      if ((plan.action === 'new' || plan.action === 'retrigger') && decision.repeatIntervalMs) await d.scheduleRepeat(saved.incident);
      if (placed.outcome === 'digested') {
        const digest = placed.patch.message?.kind === 'digest' ? placed.patch.message.digestId : 'digest';
        await d.journal.record('digested', alert, digest, d.clock());
      }
      await d.reruns.markApplied(alert, placed.outcome);
      const meta = { incident: saved.incident.id, action: plan.action };
      return { ...flow, incident: saved.incident, action: plan.action, outcome: placed.outcome, rerun: false, announce: true, meta };
    }
    throw new Error(`incident for ${fingerprint} kept changing; will retry`);
  }

  private forget(key: string, w: Waiting): void {
    const queue = this.mailbox.get(key);
    if (!queue) return;
    const i = queue.indexOf(w);
    if (i >= 0) queue.splice(i, 1);
    if (queue.length === 0) this.mailbox.delete(key);
  }
}

/** The alert with the findings of what enrichment fetched added (kept findings capped, all counted). */
function withFindings(alert: Alert, more: readonly Finding[]): Alert {
  return { ...alert, ...addFindings(alert, more) };
}

function settle(w: Waiting, err: unknown, result?: Correlated): void {
  if (w.settled) return;
  w.settled = true;
  if (result) w.resolve(result);
  else w.reject(err);
}
