import type { Incident } from '../../incident/incident';
import { formatDuration } from '../../rules/duration';
import { esc } from '../render/mrkdwn';

/** Triage statistics over a time window. */
export interface IncidentStats {
  total: number;
  bySeverity: Record<string, number>;
  byState: Record<string, number>;
  /** Top services by incident count. */
  byService: [string, number][];
  /** Mean time from first alert to acknowledgement (ms), null when none was acked. */
  mtta: number | null;
  /** Mean time from first alert to resolution (ms), null when none was resolved. */
  mttr: number | null;
  /** Sensitive values found, and incidents that had any. */
  leaks: number;
  leakyIncidents: number;
}

function mean(xs: number[]): number | null {
  return xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
}

function inc(m: Record<string, number>, k: string): void {
  m[k] = (m[k] ?? 0) + 1;
}

/** Compute stats over incidents active in the window (pure). */
export function computeStats(incidents: Incident[]): IncidentStats {
  const bySeverity: Record<string, number> = {};
  const byState: Record<string, number> = {};
  const services: Record<string, number> = {};
  const tta: number[] = [];
  const ttr: number[] = [];
  let leaks = 0;
  let leakyIncidents = 0;
  for (const i of incidents) {
    inc(bySeverity, i.severity);
    inc(byState, i.state);
    inc(services, i.service || '(none)');
    if (i.ackAt && i.ackAt >= i.firstSeen) tta.push(i.ackAt - i.firstSeen);
    if (i.state === 'resolved' && i.resolvedAt && i.resolvedAt >= i.firstSeen) ttr.push(i.resolvedAt - i.firstSeen);
    leaks += i.leakCount;
    if (i.leakCount > 0) leakyIncidents++;
  }
  const byService = Object.entries(services).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  return { total: incidents.length, bySeverity, byState, byService, mtta: mean(tta), mttr: mean(ttr), leaks, leakyIncidents };
}

const SEV_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

/** Stats as mrkdwn. */
export function formatStats(s: IncidentStats, window: string): string {
  const sev = SEV_ORDER.filter((k) => s.bySeverity[k]).map((k) => `${k} ${s.bySeverity[k]}`).join(' · ') || '—';
  const state = Object.entries(s.byState).map(([k, v]) => `${k} ${v}`).join(' · ') || '—';
  const svc = s.byService.map(([k, v]) => `${esc(k)} ${v}`).join(' · ') || '—';
  const t = (ms: number | null) => (ms === null ? '—' : formatDuration(Math.max(1000, ms)));
  return [
    `*Incidents in the last ${esc(window)}: ${s.total}*`,
    `*By severity:* ${sev}`,
    `*By state:* ${state}`,
    `*By service:* ${svc}`,
    `*Mean time to acknowledge:* ${t(s.mtta)} · *to resolve:* ${t(s.mttr)}`,
    `*Leaks found:* ${s.leaks} sensitive value(s) in ${s.leakyIncidents} incident(s)`,
  ].join('\n');
}
