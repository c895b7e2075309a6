/**
 * Blind set 84: how a Datadog log monitor forwards a log: raw, inside the monitor's markdown
 * message (`%%%` and a code fence), or as the webhook's JSON body with the log escaped in a string.
 */
import { type Ctx } from './blind-set-84-ctx';
import { moment, podName } from './blind-set-84-noise';

const TEAMS = ['@slack-integrations-alerts', '@slack-payments-oncall', '@slack-crm-sync', '@webhook-herald'];

/** A monitor title for a source. */
export function monitorTitle(ctx: Ctx, what: string): string {
  const r = ctx.r;
  return `${r.pick(['[Triggered]', '[Triggered]', '[Re-Triggered]', '[Warn]'])} ${what} ${r.pick(['errors above threshold', 'failures', 'integration errors > 5 in 5m', 'upstream 4xx/5xx'])} on ${r.pick(['env:prod', 'env:production', 'env:prod-eu'])}`;
}

/** Wraps a log text as a Datadog monitor forwards it (the choice is the case's). */
export function wrapDatadog(ctx: Ctx, log: string, what: string): string {
  const r = ctx.r;
  const title = monitorTitle(ctx, what);
  const k = r.int(0, 9);
  if (k < 4) return log;
  const svc = podName(r).split('-').slice(0, -2).join('-');
  const m = moment(r);
  const md = `%%%\n**${title}**\n\nMore than ${r.int(3, 20)} log events matched \`service:${svc} status:error\` in the last 5m.\n\n\`\`\`\n${log}\n\`\`\`\n\n[View logs](https://app.datadoghq.com/logs?query=service%3A${svc}%20status%3Aerror&from_ts=${m.secs * 1000}) ${r.pick(TEAMS)}\n%%%`;
  if (k < 7) return md;
  const body = {
    id: `${r.int(1, 9)}${r.digits(18)}`,
    last_updated: String(m.secs * 1000),
    event_type: 'log_alert_monitor',
    title,
    date: String(m.secs),
    org: { id: String(r.int(100000, 999999)), name: r.pick(['Acme Corp', 'Northwind', 'Brightpath']) },
    alert_id: String(r.int(1e7, 9e7)),
    alert_transition: 'Triggered',
    tags: `env:prod,service:${svc},team:integrations`,
    body: r.chance(0.5) ? md : log,
    link: `https://app.datadoghq.com/monitors/${r.int(1e7, 9e7)}`,
  };
  return r.chance(0.5) ? JSON.stringify(body) : JSON.stringify(body, null, 2);
}
