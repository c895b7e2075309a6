import type { EnrichmentView } from '../../incident/incident';
import { esc, slackLink, truncate } from './mrkdwn';

/** Blocks for Datadog enrichment: owner, monitor, fetched logs, and what could not be fetched. */
export function enrichmentBlocks(e: EnrichmentView | undefined, hasSample: boolean, maxLines: number): Record<string, unknown>[] {
  if (!e) return [];
  const out: Record<string, unknown>[] = [];
  const parts: string[] = [];
  if (e.owner) {
    const o = e.owner;
    const bits = [`*Owner* ${esc(o.team ?? o.service)}`];
    if (o.slackChannel) bits.push(/^[CG][A-Z0-9]{2,}$/.test(o.slackChannel) ? `<#${o.slackChannel}>` : esc(o.slackChannel));
    if (o.oncall) bits.push(`on-call: ${esc(o.oncall)}`);
    for (const r of o.runbooks.slice(0, 2)) bits.push(slackLink(r, 'Runbook'));
    for (const d of o.dashboards.slice(0, 2)) bits.push(slackLink(d, 'Dashboard'));
    parts.push(bits.filter(Boolean).join(' · '));
  }
  if (e.monitor) {
    const m = e.monitor;
    const bits = [`*Monitor* ${slackLink(m.url, esc(truncate(m.name, 120))) || esc(truncate(m.name, 120))}`];
    if (m.query) bits.push(`\`${esc(truncate(m.query, 200))}\``);
    if (m.creator) bits.push(`by ${esc(m.creator)}`);
    for (const r of m.runbooks.slice(0, 2)) bits.push(slackLink(r, 'Runbook'));
    parts.push(bits.filter(Boolean).join(' · '));
  }
  if (parts.length) out.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(parts.join('\n'), 2900) } });
  if (!hasSample && e.logs?.length) {
    const body = e.logs.slice(0, maxLines).map((l) => truncate(`${l.time} ${l.host} ${l.message}`.trim(), 400)).join('\n');
    out.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*Recent error logs*\n\`\`\`${esc(body).replace(/```/g, "'''")}\`\`\``, 2900) } });
  }
  if (e.problems.length) {
    out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`:warning: Not fetched from Datadog: ${esc(e.problems.join('; '))}`, 2900) }] });
  }
  return out;
}
