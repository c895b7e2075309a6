import type { Alert, AlertLinks, AlertSource, Transition } from './alert';
import { computeFingerprint, safeMonitorId, shortHash } from './fingerprint';
import { parseLogsSample } from './logs-sample';
import { cleanEventMessage, decodeEntities, markdownLinks } from './markdown';
import { parseTitle, parseTransition, splitList } from './parse-title';
import { parseTags } from './tags';
import { NO_LEAK } from './finding';

type Obj = Record<string, unknown>;

/** A string field: strings trimmed, numbers stringified, the literal "null" and others → ''. */
function str(v: unknown): string {
  if (typeof v === 'string') return v.trim() === 'null' ? '' : v.trim();
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return '';
}

function obj(v: unknown): Obj {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

/** First non-empty string among candidates. */
function first(...vs: unknown[]): string {
  for (const v of vs) {
    const s = str(v);
    if (s) return s;
  }
  return '';
}

function priorityOf(v: string): number | null {
  const m = /^P?([1-5])$/i.exec(v);
  return m ? Number(m[1]) : null;
}

function alertTypeFor(t: Transition): string {
  if (t === 'Recovered') return 'success';
  if (t === 'Warn' || t === 'Re-Warn') return 'warning';
  return 'error';
}

/** Options: the clock, and the raw body (for a stable id when the payload has none). */
export interface NormalizeOptions {
  now?: number;
  rawBody?: string;
}

/**
 * Turn any Datadog webhook payload (router template, default 7-key payload, nested custom
 * templates, security-signal template) into an Alert. Never throws on odd values; the caller
 * validates the shape first (validatePayload). Text is NOT redacted here.
 */
export function normalizeDatadog(payload: Obj, opts: NormalizeOptions = {}): Alert {
  const now = opts.now ?? Date.now();
  const a = obj(payload.alert);
  const ev = obj(payload.event);
  const sec = obj(payload.security);
  const routing = obj(payload.routing);
  const source: AlertSource = Object.keys(sec).length ? 'security' : 'datadog';
  const rawTitle = first(payload.title, a.title, sec.signal_title, sec.rule_name, payload.event_title);
  const parsed = parseTitle(rawTitle);
  const rawBody = first(payload.body, payload.event_msg, sec.signal_msg, payload.text_only_msg, payload.message);
  const message = cleanEventMessage(rawBody);
  const links = markdownLinks(message);
  const monitorLink = links.find((l) => /\/monitors\/\d+/.test(l.url) && !/\/edit\b/.test(l.url))?.url;
  const linkMonitorId = monitorLink ? /\/monitors\/(\d+)/.exec(monitorLink)?.[1] : undefined;
  const linkGroup = monitorLink ? groupParam(monitorLink) : '';
  const transition =
    parseTransition(first(a.transition, a.alert_transition, payload.transition, payload.alert_transition)) ??
    parsed.transition ??
    (source === 'security' ? 'Triggered' : 'Unknown');
  const scopeStr = first(a.scope, a.alert_scope, payload.alert_scope, payload.scope);
  const scope = (scopeStr ? splitList(scopeStr) : parsed.scope.length ? parsed.scope : splitList(linkGroup)).sort();
  const tags = parseTags(payload.tags);
  const monitorId = safeMonitorId(first(a.id, a.alert_id, payload.alert_id, payload.monitor_id, linkMonitorId) || null);
  const priority =
    priorityOf(first(a.priority, a.alert_priority, payload.alert_priority)) ?? parsed.priority ?? null;
  const scopeTag = (k: string) => scope.find((s) => s.startsWith(`${k}:`))?.slice(k.length + 1) ?? '';
  const service = first(payload.service, routing.service, tags.service, scopeTag('service'));
  const env = first(payload.env, routing.env, tags.env, scopeTag('env'));
  const team = first(payload.team, routing.team, tags.team, scopeTag('team'));
  const date = Number(first(payload.date, payload.last_updated)) || now;
  const cycleKey = first(a.cycle_key, payload.alert_cycle_key, payload.dedup_key);
  const aggregKey = first(payload.aggreg_key, payload.aggregate, ev.aggreg_key, sec.rule_id && `${sec.rule_id}|${JSON.stringify(sec.rule_group_by_fields ?? '')}`);
  const id = first(payload.id, ev.event_id !== 'ID' ? ev.event_id : '') || `h-${shortHash(opts.rawBody ?? JSON.stringify(payload))}`;
  const logsLink = links.find((l) => /related logs/i.test(l.text))?.url;
  const alertLinks: AlertLinks = {
    event: first(payload.link, ev.event_url) || undefined,
    monitor: monitorLink ?? (monitorId && /^\d+$/.test(monitorId) ? `https://app.datadoghq.com/monitors/${monitorId}` : undefined),
    logs: logsLink,
    snapshot: first(payload.snapshot) || undefined,
    runbook: first(routing.runbook, payload.runbook) || undefined,
  };
  for (const k of Object.keys(alertLinks) as (keyof AlertLinks)[]) if (!alertLinks[k]) delete alertLinks[k];
  const title = parsed.title || rawTitle || (monitorId ? `Monitor ${monitorId}` : 'Datadog alert');
  return {
    id,
    source,
    eventType: first(payload.event_type) || (source === 'security' ? 'security_signal' : ''),
    title: decodeEntities(title),
    rawTitle,
    message,
    transition,
    alertType: first(a.type, a.alert_type, payload.alert_type) || alertTypeFor(transition),
    priority,
    status: first(a.status, a.alert_status, payload.alert_status),
    monitorId,
    scope,
    query: first(a.query, a.alert_query, payload.alert_query),
    metric: first(a.metric, a.alert_metric, payload.alert_metric),
    service,
    env,
    team,
    host: first(payload.hostname, tags.host),
    tags,
    links: alertLinks,
    logs: parseLogsSample(payload.logs_sample),
    date,
    cycleKey,
    aggregKey,
    org: { id: first(obj(payload.org).id), name: first(obj(payload.org).name) },
    fingerprint: computeFingerprint({ monitorId, scope, cycleKey, aggregKey, title, source }),
    receivedAt: now,
    extra: extraFields(payload, sec, routing),
    findings: [],
    leak: { ...NO_LEAK, categories: [], detectors: [] },
  };
}

/**
 * The `group=` parameter of a monitor link ('' when absent or malformed), decoded as
 * URLSearchParams would (`+` is a space). Read without building a URL: this runs per webhook.
 */
function groupParam(link: string): string {
  const m = /[?&]group=([^&#]*)/.exec(link);
  if (!m) return '';
  try {
    return decodeURIComponent(m[1].replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** `$SYNTHETICS_SUMMARY`: an object, or the same as a JSON string (a quoted template variable). */
function syntheticsSummary(v: unknown): Obj {
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      return obj(JSON.parse(v));
    } catch {
      return {};
    }
  }
  return obj(v);
}

function extraFields(payload: Obj, sec: Obj, routing: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: unknown) => {
    const s = typeof v === 'object' && v !== null ? JSON.stringify(v) : str(v);
    if (s) out[k] = s; // cut after redaction (boundAlert)
  };
  const syn = obj(payload.synthetics);
  const summary = syntheticsSummary(syn.summary);
  const failing = summary.failing_steps;
  const step = obj(Array.isArray(failing) ? failing.find((s) => obj(s).is_critical !== false) ?? failing[0] : undefined);
  put('synthetics_test', first(syn.test_name, summary.test_name));
  put('synthetics_failing_step', first(syn.first_failing_step_name, step.name));
  put('synthetics_error', first(step.error_message, summary.error_message, summary.error));
  put('synthetics_location', first(summary.location));
  put('synthetics_test_type', first(summary.test_type));
  put('synthetics_result_url', first(summary.result_url));
  if (Object.keys(summary).length === 0) put('synthetics_summary', syn.summary); // a plain-text summary
  put('security_rule', sec.rule_name);
  put('security_severity', sec.signal_severity);
  put('security_group_by', sec.rule_group_by_fields);
  put('security_attributes', sec.signal_attributes);
  put('slack_channel_hint', routing.slack_channel_hint);
  return out;
}
