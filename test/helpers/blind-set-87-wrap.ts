import { integrationCred, iso, spell, traceId } from './blind-set-87-kit';
import { T } from './blind-set-87-tokens';
import type { Rng87 } from './blind-set-87-rng';
import type { Case87 } from './blind-set-87-types';

/**
 * Blind set 87: how a failure log reaches the alert: raw, inside a Datadog monitor's markdown,
 * JSON-escaped in a webhook body, or escaped twice (a webhook whose payload is itself a JSON string).
 */

export type Wrap = 'raw' | 'dd' | 'json' | 'json2' | 'pd' | 'slack';

export function wrapAlert(c: Case87, text: string, title: string, t: number, how?: Wrap): string {
  const r = c.rng;
  const w = how ?? r.weighted<Wrap>([['raw', 3], ['dd', 2.2], ['json', 2], ['json2', 1.3], ['pd', 0.8], ['slack', 0.7]]);
  switch (w) {
    case 'raw': return text;
    case 'dd': {
      const [w, v] = integrationCred(c, t);
      return ddMarkdown(r, text, title, `${spell(r, w)}=${v}`);
    }
    case 'json':
      return JSON.stringify({ id: String(r.int(1e9, 9e9)), last_updated: String(t * 1000), event_type: 'error_tracking_alert', title: `[Triggered] ${title}`, body: text, org: { id: String(r.int(100000, 999999)), name: 'Integrations' }, tags: 'env:prod,team:integrations' });
    case 'json2': {
      const inner = JSON.stringify({ level: 'error', ts: iso(t, true), msg: title, detail: text, trace_id: traceId(r), request: { headers: { authorization: `Bearer ${c.cred(T.opaque(r, r.int(40, 96)), 'bearer-token')}`, 'user-agent': 'integration-worker/2.3' } } });
      return JSON.stringify({ alertId: r.uuid(), source: 'datadog', receivedAt: iso(t + 2, true), payload: inner });
    }
    case 'pd': {
      const key = c.cred(r.hex(32), 'pagerduty-routing-key');
      return JSON.stringify({ routing_key: key, event_action: 'trigger', dedup_key: r.hex(16), payload: { summary: title, source: `integration-worker-${r.int(1, 9)}`, severity: 'error', timestamp: iso(t, true), custom_details: { log_excerpt: text } } }, null, r.pick([0, 2]));
    }
    default:
      return `POST ${c.cred(T.slackWebhook(r), 'slack-webhook')}\n` + JSON.stringify({ channel: `#alerts-${r.pick(['hl7', 'edi', 'payroll', 'hris', 'benefits'])}`, username: 'Datadog', attachments: [{ color: '#d9534f', title, text: `\`\`\`${text}\`\`\``, footer: `monitor ${r.int(1e6, 9e6)}`, ts: t }] });
  }
}

function ddMarkdown(r: Rng87, text: string, title: string, config: string): string {
  return [
    '%%%',
    `## :rotating_light: ${title}`,
    `{{#is_alert}}More than {{threshold}} failures in 10m on {{host.name}} ({{service.name}}){{/is_alert}}`,
    '',
    '**Last log line:**',
    '```',
    text,
    '```',
    '',
    `Worker config: \`${config}\``,
    '',
    `[Logs](https://app.datadoghq.com/logs?query=service%3A${r.pick(['hl7-bridge', 'edi-gateway', 'payroll-sync', 'hris-connector'])}%20status%3Aerror) · Runbook: https://wiki.internal/runbooks/${r.pick(['hl7', 'edi', 'payroll'])}`,
    '',
    `@slack-${r.pick(['integrations-alerts', 'edi-oncall', 'people-systems'])} @pagerduty-${r.pick(['Integrations', 'HRIS'])}`,
    '%%%',
  ].join('\n');
}
