import type { Rng89 } from './blind-set-89-rng';

/** How an alert carries a message: raw, Datadog markdown, JSON webhook (once or twice escaped), Slack attachment, log lines. */
export function keyName(r: Rng89, words: readonly string[]): [string, string] {
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const style = r.pick(['screaming', 'snake', 'camel', 'kebab', 'dotted', 'dottedCamel']);
  switch (style) {
    case 'screaming': return [style, words.join('_').toUpperCase()];
    case 'snake': return [style, words.join('_')];
    case 'camel': return [style, words[0]! + words.slice(1).map(cap).join('')];
    case 'kebab': return [style, words.join('-')];
    case 'dotted': return [style, words.join('.')];
    default: return [style, `${words[0]}.${words[1]!}${words.slice(2).map(cap).join('')}`];
  }
}

/** One line of the worker's env or config holding `value` under a key spelled from `words`. */
export function envLine(r: Rng89, words: readonly string[], value: string): string {
  const [style, k] = keyName(r, words);
  if (style === 'screaming') return r.pick([`${k}=${value}`, `export ${k}="${value}"`, `  - ${k}=${value}`, `${k}: "${value}"`, `env: ${k}=${value}`]);
  return r.pick([`${k}: ${value}`, `"${k}": "${value}"`, `${k} = "${value}"`, `--${k}=${value}`, `${k}=${value}`]);
}

const SERVICES = ['label-worker', 'booking-sync', 'ota-ingest', 'notify-sms', 'dispatch-api', 'pnr-bridge', 'voice-gw', 'fleet-sync', 'expense-import', 'courier-hooks'];

export function wrap(r: Rng89, body: string, source: string): string {
  const svc = r.pick(SERVICES);
  const mon = r.num(8);
  const title = `[${r.pick(['Triggered', 'Re-Triggered', 'Warn'])}] ${svc}: errors from ${source} above threshold`;
  switch (r.int(0, 5)) {
    case 0:
      return body;
    case 1:
      return `%%%\n### ${title}\n\n@slack-${r.pick(['ops-travel', 'logistics-alerts', 'telecom-oncall'])} @pagerduty-${svc}\n\nLatest matching log (env:prod service:${svc}):\n\`\`\`\n${body}\n\`\`\`\n\n[Monitor Status](https://app.datadoghq.com/monitors/${mon}) · [Edit Monitor](https://app.datadoghq.com/monitors#${mon}/edit)\n%%%`;
    case 2:
      return JSON.stringify({ id: r.num(19), last_updated: r.iso(), event_type: 'log_alert', title, body, alert_transition: 'Triggered', org: { id: r.num(6), name: 'TripCraft' }, tags: [`service:${svc}`, 'env:prod'] });
    case 3:
      return JSON.stringify({ alert_id: r.num(10), source: 'datadog', payload: JSON.stringify({ status: 'error', service: svc, host: `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(0, 255)}`, message: body }) });
    case 4:
      return JSON.stringify({ channel: `C0${r.upnum(9)}`, attachments: [{ color: '#E01E5A', title, title_link: `https://app.datadoghq.com/monitors/${mon}`, fields: [{ title: 'Log', value: `\`\`\`${body}\`\`\``, short: false }, { title: 'Service', value: svc, short: true }], footer: 'Datadog', ts: 1735700000 + r.int(0, 9000000) }] }, null, r.pick([0, 2]));
    default: {
      const pid = r.int(1, 32000);
      const lvl = r.pick(['ERROR', 'WARN', 'error']);
      const at = r.iso();
      return body.split('\n').map((l) => `${at} ${lvl} ${svc}[${pid}]: ${l}`).join('\n');
    }
  }
}
