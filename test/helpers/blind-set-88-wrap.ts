import { htmlEsc } from './blind-set-88-enc';
import type { Rng88 } from './blind-set-88-rng';

const stamp = (r: Rng88): string => new Date(Date.UTC(2024, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999))).toISOString();
const monitor = (r: Rng88): string => r.pick(['[P2] integration worker failed', 'config-sync job error', '[Warn] deploy hook crashed', 'CI artifact upload failed', 'support-intake parser exception']);
const svc = (r: Rng88): string => r.pick(['config-sync', 'ci-runner', 'deploy-hook', 'intake-worker', 'repo-scanner']);

/** The ways an alert carries a file: raw, Datadog markdown, webhook JSON (once or twice escaped), Slack attachment, per-line log prefix, HTML mail. */
export const WRAPS: readonly { name: string; wrap: (r: Rng88, text: string) => string }[] = [
  { name: 'raw', wrap: (_r, t) => t },
  {
    name: 'datadog',
    wrap: (r, t) =>
      `%%%\n@slack-${r.pick(['ops-alerts', 'eng-oncall', 'platform'])} **${monitor(r)}**\n\nService \`${svc(r)}\` failed on host \`i-${r.hex(17)}\`. Payload:\n\`\`\`\n${t}\n\`\`\`\n[View monitor](https://app.datadoghq.com/monitors/${r.int(1000000, 99999999)})\n%%%`,
  },
  {
    name: 'webhook-json',
    wrap: (r, t) => `{"id":"${r.hex(16)}","event_type":"error_tracking_alert","title":"${monitor(r)}","text":${JSON.stringify(t)},"date":${1700000000000 + r.int(0, 30000000000)}}`,
  },
  {
    name: 'webhook-json2',
    wrap: (r, t) => JSON.stringify({ body: JSON.stringify({ source: svc(r), message: t }), headers: { 'content-type': 'application/json' } }),
  },
  {
    name: 'slack-attachment',
    wrap: (r, t) =>
      JSON.stringify({
        text: `:rotating_light: ${monitor(r)}`,
        attachments: [
          {
            color: r.pick(['danger', 'warning']),
            fields: [
              { title: 'service', value: svc(r), short: true },
              { title: 'details', value: t, short: false },
            ],
          },
        ],
      }),
  },
  {
    name: 'log-lines',
    wrap: (r, t) => {
      const base = stamp(r);
      const lvl = r.pick(['ERROR', 'WARN', 'INFO']);
      const s = svc(r);
      return t
        .split('\n')
        .map((l) => `${base} ${lvl} [${s}] ${l}`)
        .join('\n');
    },
  },
  {
    name: 'html-mail',
    wrap: (r, t) => `<html><body><h3>${monitor(r)}</h3><p>Attached output from <b>${svc(r)}</b>:</p><pre>${htmlEsc(t)}</pre></body></html>`,
  },
];

/** A random wrap. */
export function wrapText(r: Rng88, text: string): { name: string; text: string } {
  const w = r.pick(WRAPS);
  return { name: w.name, text: w.wrap(r, text) };
}
