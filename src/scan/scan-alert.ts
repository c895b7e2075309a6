import type { Alert, AlertLinks, LogLine } from '../alert/alert';
import type { Scanner } from './create-scanner';
import { summarizeFindings } from './summarize-findings';
import type { Finding } from './types';

/** Adds "; it was logged by service X." to a remediation hint. */
function withService(f: Finding, service: string): Finding {
  if (!service) return f;
  const base = f.remediation.replace(/\.$/, '');
  return { ...f, remediation: `${base}; it was logged by service ${service}.` };
}

/** Redacts the keys and values of a string map; keys get `<keysPath>[i]` paths. */
function redactMap(
  scanner: Scanner,
  map: Record<string, string>,
  prefix: string,
  keysPath: string,
  found: Finding[],
): Record<string, string> {
  const out: Record<string, string> = {};
  Object.entries(map).forEach(([key, value], i) => {
    const k = scanner.redact(key, `${keysPath}[${i}]`);
    found.push(...k.findings);
    let name = k.text;
    if (Object.prototype.hasOwnProperty.call(out, name)) name = `${name}#${i}`;
    const v = scanner.redact(value, `${prefix}.${name}`);
    found.push(...v.findings);
    out[name] = v.text;
  });
  return out;
}

/**
 * Returns a new alert whose every text field (title, rawTitle, message, status, query,
 * metric, host, tag keys and values, scope, log messages and hosts, extra keys and values,
 * link URLs) is redacted. `findings` gets the new findings (field paths such as
 * `logs[1].message`, `tags.service`, `extra.synthetics_summary`) after any already there,
 * and `leak` summarizes them all. Remediation hints name the service that logged the value.
 */
export function scanAlert(scanner: Scanner, alert: Alert): Alert {
  const found: Finding[] = [];
  const field = (text: string, path: string): string => {
    if (!text) return text;
    const r = scanner.redact(text, path);
    if (r.findings.length) found.push(...r.findings);
    return r.text;
  };
  const links: AlertLinks = {};
  for (const [name, url] of Object.entries(alert.links) as [keyof AlertLinks, string | undefined][]) {
    if (url !== undefined) links[name] = field(url, `links.${name}`);
  }
  const logs: LogLine[] = alert.logs.map((l, i) => ({
    ...l,
    host: field(l.host, `logs[${i}].host`),
    message: field(l.message, `logs[${i}].message`),
  }));
  const next: Alert = {
    ...alert,
    title: field(alert.title, 'title'),
    rawTitle: field(alert.rawTitle, 'rawTitle'),
    message: field(alert.message, 'message'),
    status: field(alert.status, 'status'),
    query: field(alert.query, 'query'),
    metric: field(alert.metric, 'metric'),
    host: field(alert.host, 'host'),
    scope: alert.scope.map((s, i) => field(s, `scope[${i}]`)),
    tags: redactMap(scanner, alert.tags, 'tags', 'tagKeys', found),
    extra: redactMap(scanner, alert.extra, 'extra', 'extraKeys', found),
    links,
    logs,
  };
  const service = alert.service || alert.tags['service'] || '';
  const findings = [...alert.findings, ...found.map((f) => withService(f, service))];
  return { ...next, findings, leak: summarizeFindings(findings) };
}
