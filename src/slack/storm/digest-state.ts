import { isSeverity, SEVERITIES, severityRank, type Severity } from '../../alert/severity';
import type { Incident } from '../../incident/incident';

/** What a digest remembers of one member incident (all text already redacted). */
export interface DigestMember {
  id: string;
  severity: Severity;
  title: string;
  service: string;
  monitorId: string | null;
  firstSeen: number;
}

/** One example incident shown in the digest. */
export interface DigestExample extends DigestMember {
  /** Alerts counted for this incident. */
  alerts: number;
}

/** Incidents and alerts of one group (a severity, a service, a monitor). */
export interface DigestCount {
  name: string;
  incidents: number;
  alerts: number;
  /** Display label (a monitor's first incident title). */
  label?: string;
}

/** Everything a digest message shows. */
export interface DigestState {
  digestId: string;
  channel: string;
  startedAt: number;
  lastNewAt: number;
  /** Set once the storm is over. */
  endedAt?: number;
  incidents: number;
  alerts: number;
  /** Critical incidents that kept their own message during the storm. */
  ownCritical: number;
  bySeverity: DigestCount[];
  byService: DigestCount[];
  byMonitor: DigestCount[];
  /** The top examples, critical first. */
  examples: DigestExample[];
}

/** The member record a digest keeps for an incident. */
export function toDigestMember(inc: Pick<Incident, 'id' | 'severity' | 'title' | 'service' | 'monitorId' | 'firstSeen'>): DigestMember {
  return {
    id: inc.id,
    severity: inc.severity,
    title: inc.title,
    service: inc.service,
    monitorId: inc.monitorId,
    firstSeen: inc.firstSeen,
  };
}

/** Sort score of an example: most severe first, then oldest first. */
export function exampleScore(m: Pick<DigestMember, 'severity' | 'firstSeen'>): number {
  return severityRank(m.severity) * 1e13 + Math.max(0, Math.min(m.firstSeen, 1e13 - 1));
}

/** Examples ordered critical first, then by first seen, then id. */
export function sortExamples<T extends DigestExample>(xs: T[]): T[] {
  return [...xs].sort((a, b) => exampleScore(a) - exampleScore(b) || a.id.localeCompare(b.id));
}

/** Groups ordered by incidents, then alerts (descending), then name. */
export function sortCounts(xs: DigestCount[]): DigestCount[] {
  return [...xs].sort((a, b) => b.incidents - a.incidents || b.alerts - a.alerts || a.name.localeCompare(b.name));
}

const num = (v: string | undefined): number => {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
};

/**
 * Build a DigestState from the stored hashes: `meta` (channel, times), `agg` (counters named
 * `incidents`, `alerts`, `si:`/`sa:` per severity, `vi:`/`va:` per service, `mi:`/`ma:`/`ml:`
 * per monitor) and the example members with their alert counts.
 */
export function buildDigestState(
  digestId: string,
  meta: Record<string, string>,
  agg: Record<string, string>,
  examples: DigestExample[],
): DigestState {
  const groups = { s: new Map<string, DigestCount>(), v: new Map<string, DigestCount>(), m: new Map<string, DigestCount>() };
  for (const [field, value] of Object.entries(agg)) {
    const m = /^([svm])([ial]):(.*)$/s.exec(field);
    if (!m) continue;
    const map = groups[m[1] as 's' | 'v' | 'm'];
    const g = map.get(m[3]) ?? { name: m[3], incidents: 0, alerts: 0 };
    if (m[2] === 'i') g.incidents = num(value);
    else if (m[2] === 'a') g.alerts = num(value);
    else g.label = value;
    map.set(m[3], g);
  }
  const bySeverity = SEVERITIES.filter((s) => groups.s.has(s)).map((s) => groups.s.get(s)!);
  for (const [k, g] of groups.s) if (!isSeverity(k)) bySeverity.push(g);
  return {
    digestId,
    channel: meta.channel ?? '',
    startedAt: num(meta.startedAt),
    lastNewAt: num(meta.lastNewAt),
    ...(meta.endedAt ? { endedAt: num(meta.endedAt) } : {}),
    incidents: num(agg.incidents),
    alerts: num(agg.alerts),
    ownCritical: num(meta.ownCritical),
    bySeverity,
    byService: sortCounts([...groups.v.values()]),
    byMonitor: sortCounts([...groups.m.values()]),
    examples: sortExamples(examples),
  };
}
