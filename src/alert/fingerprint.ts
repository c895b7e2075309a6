import { hash } from 'node:crypto';

/** Inputs that identify an incident. */
export interface FingerprintParts {
  monitorId: string | null;
  scope: string[];
  cycleKey: string;
  aggregKey: string;
  /** Used only when nothing else identifies the alert (normalized title). */
  title: string;
  source: string;
}

/** Short stable hash of a string. */
export function shortHash(s: string): string {
  return hash('sha256', s).slice(0, 20);
}

/**
 * The incident key: monitor id + sorted scope (one incident per monitor group), else the
 * aggregation/cycle key, else the title. Stable across transitions so that Recovered finds
 * the incident Triggered opened.
 */
export function computeFingerprint(p: FingerprintParts): string {
  if (p.monitorId) return `m:${p.monitorId}:${shortHash([...p.scope].sort().join(','))}`;
  if (p.aggregKey) return `a:${shortHash(p.aggregKey)}`;
  if (p.cycleKey) return `c:${shortHash(p.cycleKey)}`;
  return `t:${shortHash(`${p.source}|${p.title.toLowerCase()}`)}`;
}
