import { createHash, hash } from 'node:crypto';

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

/** Datadog ids (`$ID`, `$ALERT_ID`) are digits; these are the ids kept as they are. */
const DATADOG_ID = /^\d{1,25}$/;

/** Ids Herald generates itself (`h-` + a short hash). */
const HERALD_ID = /^h-[0-9a-f]{20}$/;

/**
 * An alert id safe to put in a Redis key name: Datadog's digits or Herald's own `h-…` as
 * they are, anything else hashed (so nothing raw from a webhook becomes part of a key).
 */
export function safeAlertId(id: string): string {
  return DATADOG_ID.test(id) || HERALD_ID.test(id) ? id : `h-${shortHash(`id:${id}`)}`;
}

/** A monitor id: Datadog's digits, or null for anything else (it is shown, tagged and keyed). */
export function safeMonitorId(id: string | null): string | null {
  return id !== null && DATADOG_ID.test(id) ? id : null;
}

/**
 * The incident key: monitor id + sorted scope (one incident per monitor group), else the
 * aggregation/cycle key, else the title. Stable across transitions so that Recovered finds
 * the incident Triggered opened.
 */
export function computeFingerprint(p: FingerprintParts): string {
  if (p.monitorId) return `m:${DATADOG_ID.test(p.monitorId) ? p.monitorId : shortHash(p.monitorId)}:${shortHash([...p.scope].sort().join(','))}`;
  if (p.aggregKey) return `a:${shortHash(p.aggregKey)}`;
  if (p.cycleKey) return `c:${shortHash(p.cycleKey)}`;
  return `t:${shortHash(`${p.source}|${p.title.toLowerCase()}`)}`;
}

/**
 * The incident key of an alert grouped by rule fields (`group_by`): a hash of each field's
 * name and value, in order (rules/fields.ts `groupByValues` reads them). No fields: the
 * alert's own fingerprint.
 */
export function groupedFingerprint(alertFingerprint: string, fields: readonly (readonly [name: string, value: string])[]): string {
  if (fields.length === 0) return alertFingerprint;
  const h = createHash('sha256');
  for (const [name, value] of fields) h.update(`${name}=${value}\n`);
  return `g-${h.digest('hex').slice(0, 32)}`;
}
