import { digestIdOf } from '../incident/message-state';
import { planCorrelation } from '../incident/plan-correlation';
import { markInhibition } from './inhibit';
import type { CorrelateDeps, Correlated, Enriched } from './types';

/**
 * Plain repeats of one incident, taken into it together by the correlate stage's lock holder:
 * in a storm the jobs of one incident queue up behind its lock, and the leading run of those
 * that only repeat the stored incident (same state, one more occurrence; no re-run) is applied
 * with one read, one compare-and-set save (which also sets each alert's `applied` mark) and
 * one message update, instead of a lock, a read and a save each.
 */
export class RepeatBatch {
  constructor(private readonly d: Pick<CorrelateDeps, 'incidents' | 'placement' | 'reruns' | 'journal' | 'inhibit' | 'clock' | 'reopenWindowMs'>) {}

  /** Apply the leading run of repeats; their results in order (none: the first alert needs the full path). */
  async apply(flows: readonly Enriched[]): Promise<Correlated[]> {
    if (flows.length < 2) return [];
    const d = this.d;
    const key = flows[0]!.fingerprint;
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await d.incidents.getByFingerprint(key);
      if (!existing || existing.message.kind === 'pending') return [];
      const applied = await d.reruns.appliedMany(flows.map((f) => f.alert));
      const now = d.clock();
      let cur = existing;
      const taken: Enriched[] = [];
      for (let k = 0; k < flows.length; k++) {
        const f = flows[k]!;
        if (applied[k] || f.alert.id === existing.lastAlertId) break; // a re-run: the full path knows
        const plan = planCorrelation(cur, f.alert, f.decision, key, () => existing.id, now, d.reopenWindowMs);
        if (plan.action !== 'repeat' || plan.incident.state !== existing.state) break;
        cur = { ...plan.incident, enrichment: existing.enrichment };
        taken.push(f);
      }
      if (taken.length < 2) return [];
      const last = taken[taken.length - 1]!;
      const placed = await d.placement.place('repeat', cur, d.placement.channels(last.decision, existing.enrichment), existing);
      cur = { ...cur, ...placed.patch };
      const saved = await d.incidents.save(cur, existing.version, d.reruns.appliedMarks(taken.map((f) => f.alert), placed.outcome));
      if (!saved.ok) continue; // a triage click changed it meanwhile: re-plan
      if (d.inhibit) await markInhibition(d.inhibit, last, saved.incident);
      if (placed.outcome === 'digested') {
        await Promise.all(taken.map((f) => d.journal.record('digested', f.alert, digestIdOf(saved.incident) ?? 'digest', d.clock())));
      }
      const meta = { incident: saved.incident.id, action: 'repeat', batch: taken.length };
      return taken.map((f, i) => ({ ...f, incident: saved.incident, action: 'repeat', outcome: placed.outcome, rerun: false, announce: i === taken.length - 1, meta }));
    }
    throw new Error(`incident for ${key} kept changing; will retry`);
  }
}
