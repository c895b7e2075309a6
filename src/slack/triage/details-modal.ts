import type { Incident } from '../../incident/incident';
import { esc, plainText, slackDate, truncate } from '../render/mrkdwn';
import { stateLine } from '../render/render-incident';
import { mention } from './transitions';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, 2900) } });
const code = (s: string) => `\`\`\`${esc(s).replace(/```/g, "'''")}\`\`\``;

/**
 * The Details modal: the incident's full (already redacted) context — fields, tags, query,
 * log lines, findings (masked), routing decision and history. At most 100 blocks.
 */
export function detailsModal(inc: Incident): Record<string, unknown> {
  const a = inc.alert;
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`${inc.id} · ${plainText(a.title)}`, 150) } },
    {
      type: 'section',
      fields: [
        `*Severity*\n${inc.severity}${a.priority ? ` (P${a.priority})` : ''}`,
        `*State*\n${stateLine(inc)}`,
        `*Service*\n${esc(inc.service || '—')}${inc.env ? ` (${esc(inc.env)})` : ''}`,
        `*Team*\n${esc(inc.team || '—')}`,
        `*Monitor*\n${esc(inc.monitorId ?? '—')} · ${esc(a.transition)}`,
        `*Count*\n${inc.count} · first ${slackDate(inc.firstSeen)} · last ${slackDate(inc.lastSeen)}`,
      ].map((t) => ({ type: 'mrkdwn', text: truncate(t, 2000) })),
    },
  ];
  const tags = Object.entries(a.tags).map(([k, v]) => (v ? `${k}:${v}` : k));
  if (tags.length) blocks.push(section(`*Tags*\n${code(tags.join(', '))}`));
  if (a.scope.length) blocks.push(section(`*Scope*\n${code(a.scope.join(', '))}`));
  if (a.query) blocks.push(section(`*Query*\n${code(truncate(a.query, 2800))}`));
  if (a.logs.length) {
    blocks.push(section(`*Log lines* (${a.logs.length})`));
    for (const l of a.logs.slice(0, 20)) blocks.push(section(code(truncate(`${l.time ? `${l.time} ` : ''}${l.host ? `${l.host} ` : ''}${l.message}`, 2800))));
  }
  if (a.findings.length) {
    const lines = a.findings.slice(0, 40).map((f) => `• *${esc(f.detector)}* (${f.category}, ${f.severity}) in \`${esc(f.path)}\`: \`${esc(f.masked)}\`${f.test ? ' _(test value)_' : ''}`);
    blocks.push(section(`*Sensitive data found* (${a.findings.length}, shown masked)\n${lines.join('\n')}`));
  }
  const d = inc.decision;
  const reasons = d.reasons.slice(0, 15).map((r) => `• ${esc(r.decision)} = ${esc(r.value)} — ${esc(r.because)}`);
  blocks.push(section(`*Routing*\nroutes: ${esc(d.matchedRoutes.join(' > ') || 'default')} · channels: ${esc(d.channels.join(', ') || 'default')}${d.escalationChannel ? ` · escalation: ${esc(d.escalationChannel)}` : ''}${reasons.length ? `\n${reasons.join('\n')}` : ''}`));
  const e = inc.enrichment;
  if (e?.owner || e?.problems.length) {
    const owner = e.owner ? `owner: ${esc(e.owner.team ?? '—')}${e.owner.oncall ? ` · on-call ${esc(e.owner.oncall)}` : ''}` : '';
    blocks.push(section(`*Enrichment*\n${[owner, ...e.problems.map((p) => `:warning: ${esc(p)}`)].filter(Boolean).join('\n')}`));
  }
  const extra = [inc.muteId ? `mute \`${inc.muteId}\`` : '', inc.downtimeId ? `downtime ${esc(inc.downtimeId)}` : '', inc.datadogIncidentId ? `Datadog incident ${esc(inc.datadogIncidentId)}` : '', inc.escalatedTo ? `escalated to ${esc(inc.escalatedTo)}` : ''].filter(Boolean);
  if (extra.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(extra.join(' · '), 2000) }] });
  const hist = inc.history.slice(-30).map((h) => `${slackDate(h.at)} ${esc(h.what)}${h.by ? ` — ${mention(h.by)}` : ''}`);
  if (hist.length) blocks.push(section(`*History*\n${hist.join('\n')}`));
  return {
    type: 'modal',
    callback_id: 'herald_details_modal',
    title: { type: 'plain_text', text: truncate(`Details ${inc.id}`, 24) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: blocks.slice(0, 100),
  };
}
