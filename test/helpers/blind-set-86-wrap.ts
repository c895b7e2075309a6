import type { Rng86 } from './blind-set-86-rng';

/** Blind set 86: how a log excerpt reaches the alert: raw, in a Datadog monitor's markdown message, or JSON-escaped inside a webhook body (sometimes twice). */

export function wrapAlert(r: Rng86, text: string, service: string, t: number): string {
  const how = r.weighted([['raw', 50], ['datadog', 20], ['webhook', 20], ['twice', 10]] as const);
  if (how === 'raw') return text;
  if (how === 'datadog') {
    const md = ['%%%', `## ${r.pick([':rotating_light:', ':warning:', ''])} ${service}: ${r.pick(['auth failures above threshold', 'provisioning errors', 'token exchange failing', 'sync job failed'])}`, '{{#is_alert}}More than {{threshold}} errors in the last 5m on {{host.name}}{{/is_alert}}', '', '**Sample log:**', '```', text, '```', '', `@slack-identity-alerts @pagerduty-iam`, '%%%'].join('\n');
    if (r.chance(0.6)) return md;
    return JSON.stringify({ id: String(r.int(1e9, 9e9)), last_updated: String(t * 1000), event_type: 'query_alert_monitor', title: `[Triggered on {service:${service}}] ${service} errors`, date: String(t * 1000), org: { id: String(r.int(1e5, 9e5)), name: 'identity-platform' }, body: md });
  }
  const inner = JSON.stringify({ source: service, level: 'error', timestamp: new Date(t * 1000).toISOString(), message: text });
  if (how === 'webhook') return r.chance(0.5) ? inner : JSON.stringify({ alert: { id: r.uuid(), service, severity: r.pick(['P2', 'P3']), summary: text.split('\n')[0]!.slice(0, 120) }, details: { log: text } });
  return JSON.stringify({ receiver: 'herald', status: 'firing', alerts: [{ labels: { alertname: 'IdentityErrors', service }, annotations: { summary: `${service} errors`, payload: inner } }] });
}
