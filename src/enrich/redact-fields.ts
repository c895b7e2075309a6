import type { Finding } from '../scan/types';
import type { EnrichedLog, MonitorInfo, OwnerInfo, RedactText } from './types';

/** Redacted text and findings of one or more fields. */
export interface Redacted<T> {
  value: T;
  findings: Finding[];
}

function redactor(redactText: RedactText) {
  const findings: Finding[] = [];
  const r = (text: string, path: string): string => {
    if (!text) return text;
    const out = redactText(text, path);
    findings.push(...out.findings);
    return out.text;
  };
  return { r, findings };
}

/** Redact the text fields of a monitor (paths `enrichment.monitor.*`). */
export function redactMonitor(m: MonitorInfo, redactText: RedactText): Redacted<MonitorInfo> {
  const { r, findings } = redactor(redactText);
  const p = 'enrichment.monitor';
  const value: MonitorInfo = {
    ...m,
    name: r(m.name, `${p}.name`),
    query: r(m.query, `${p}.query`),
    tags: m.tags.map((t, i) => r(t, `${p}.tags[${i}]`)),
    runbooks: m.runbooks.map((u, i) => r(u, `${p}.runbooks[${i}]`)),
    ...(m.creator ? { creator: r(m.creator, `${p}.creator`) } : {}),
  };
  return { value, findings };
}

/**
 * Redact the shown fields of an owner (paths `enrichment.owner.*`). `slackChannel` is a
 * routing destination (a channel id or `#name`) and stays as it is.
 */
export function redactOwner(o: OwnerInfo, redactText: RedactText): Redacted<OwnerInfo> {
  const { r, findings } = redactor(redactText);
  const p = 'enrichment.owner';
  const value: OwnerInfo = {
    ...o,
    ...(o.team ? { team: r(o.team, `${p}.team`) } : {}),
    contacts: o.contacts.map((c, i) => ({
      type: c.type,
      contact: r(c.contact, `${p}.contacts[${i}].contact`),
      ...(c.name ? { name: r(c.name, `${p}.contacts[${i}].name`) } : {}),
    })),
    ...(o.oncall ? { oncall: r(o.oncall, `${p}.oncall`) } : {}),
    runbooks: o.runbooks.map((u, i) => r(u, `${p}.runbooks[${i}]`)),
    dashboards: o.dashboards.map((u, i) => r(u, `${p}.dashboards[${i}]`)),
  };
  return { value, findings };
}

/** How much of a log message is scanned (the scanner is bounded for inputs of this size). */
const SCAN_CHARS = 4000;

/**
 * Redact fetched log lines (paths `enrichment.logs[i].message`, `.host`). Messages are
 * redacted on their first 4000 characters, then cut to `maxChars`, so the cut never hides
 * half a secret from the scanner.
 */
export function redactLogs(logs: EnrichedLog[], redactText: RedactText, maxChars = 500): Redacted<EnrichedLog[]> {
  const { r, findings } = redactor(redactText);
  const value = logs.map((l, i) => {
    const message = r(l.message.slice(0, SCAN_CHARS), `enrichment.logs[${i}].message`);
    return {
      ...l,
      host: r(l.host, `enrichment.logs[${i}].host`),
      message: message.length > maxChars ? `${message.slice(0, maxChars - 1)}…` : message,
    };
  });
  return { value, findings };
}
