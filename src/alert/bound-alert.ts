import { MAX_FINDINGS } from './leak-summary';
import type { Alert, LogLine } from './alert';

/**
 * What one alert keeps, in characters, after redaction. The sum stays near 110,000
 * characters, so that the job, the incident record and any other Redis value built from one
 * alert stays well under 1 MB even when JSON escaping inflates every character.
 */
export const ALERT_LIMITS = {
  title: 1_000,
  /** Rules look at 16 KB of a text (MAX_MATCH_INPUT); Slack shows far less. */
  message: 16_384,
  /** What an unparsable body keeps (its excerpt). */
  unparsableMessage: 1_500,
  logLine: 4_000,
  /** All log lines together. */
  logs: 16_384,
  short: 300,
  query: 2_000,
  link: 2_000,
  scopeItems: 64,
  tagCount: 64,
  tagKey: 100,
  tagValue: 500,
  extraCount: 16,
  extraValue: 2_000,
} as const;

const PLACEHOLDER = '[REDACTED:';

/**
 * `text` cut to at most `max` characters, marked with `…`, on a safe boundary: never inside
 * a `[REDACTED:…]` placeholder (cut before it) and never between the halves of a surrogate
 * pair. Run after redaction, so a secret is redacted whole before any part of it is dropped.
 */
export function safeCut(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  const open = text.lastIndexOf(PLACEHOLDER, cut - 1);
  if (open >= 0) {
    const close = text.indexOf(']', open);
    if (close < 0 || close >= cut) cut = open;
  }
  return `${text.slice(0, cut)}…`;
}

function boundLogs(logs: LogLine[]): LogLine[] {
  let budget: number = ALERT_LIMITS.logs;
  const out: LogLine[] = [];
  for (const l of logs) {
    if (budget <= 0) break;
    const message = safeCut(l.message, Math.min(ALERT_LIMITS.logLine, budget));
    budget -= message.length;
    out.push({ time: safeCut(l.time, ALERT_LIMITS.short), host: safeCut(l.host, ALERT_LIMITS.short), message });
  }
  return out;
}

function boundMap(m: Record<string, string>, count: number, key: number, value: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m).slice(0, count)) out[safeCut(k, key)] = safeCut(v, value);
  return out;
}

/**
 * The alert as it is kept (queued, stored in its incident): every text cut to ALERT_LIMITS on
 * a safe boundary, at most MAX_FINDINGS findings. `leak` is kept as it is: it counts every
 * finding. Call it after scanAlert, never before (a cut must not split a secret the scanner
 * has not seen whole).
 */
export function boundAlert(a: Alert): Alert {
  const L = ALERT_LIMITS;
  const s = (t: string) => safeCut(t, L.short);
  const links: Alert['links'] = {};
  for (const [k, v] of Object.entries(a.links) as [keyof Alert['links'], string | undefined][]) if (v !== undefined) links[k] = safeCut(v, L.link);
  return {
    ...a,
    eventType: s(a.eventType),
    title: safeCut(a.title, L.title),
    rawTitle: safeCut(a.rawTitle, L.title),
    message: safeCut(a.message, a.source === 'unparsable' ? L.unparsableMessage : L.message),
    alertType: s(a.alertType),
    status: s(a.status),
    monitorId: a.monitorId,
    scope: a.scope.slice(0, L.scopeItems).map(s),
    query: safeCut(a.query, L.query),
    metric: s(a.metric),
    service: s(a.service),
    env: s(a.env),
    team: s(a.team),
    host: s(a.host),
    tags: boundMap(a.tags, L.tagCount, L.tagKey, L.tagValue),
    links,
    logs: boundLogs(a.logs),
    cycleKey: s(a.cycleKey),
    aggregKey: s(a.aggregKey),
    org: { id: s(a.org.id), name: s(a.org.name) },
    extra: boundMap(a.extra, L.extraCount, L.tagKey, L.extraValue),
    findings: a.findings.length > MAX_FINDINGS ? a.findings.slice(0, MAX_FINDINGS) : a.findings,
  };
}
