import type { Incident } from '../../incident/incident';
import { actionsBlock } from './actions';
import { datadogToMrkdwn, esc, plainText, SEVERITY_EMOJI, slackDate, slackLink, truncate } from './mrkdwn';
import { findingsBlocks } from './findings-blocks';
import { enrichmentBlocks } from './enrichment-blocks';
import { escalationFooter } from './escalation-footer';
import { alertDetailBlocks } from './alert-detail-blocks';
import { snapshotImageUrl } from './snapshot-image';

/** A Slack message: fallback text plus Block Kit blocks. */
export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

/** Options for rendering an incident message. */
export interface RenderOptions {
  maxLogLines?: number;
  declareIncident?: boolean;
  /** Embed the monitor's graph (`$SNAPSHOT` on a Datadog snapshot host) as an image block (default true). */
  images?: boolean;
}

const STATE_LABEL: Record<string, string> = {
  open: ':rotating_light: Open',
  acknowledged: ':eyes: Acknowledged',
  snoozed: ':zzz: Snoozed',
  resolved: ':white_check_mark: Resolved',
};

/** What the state line says (who, when). */
export function stateLine(inc: Incident): string {
  switch (inc.state) {
    case 'acknowledged':
      return `Acknowledged by ${who(inc.ackBy)} ${inc.ackAt ? slackDate(inc.ackAt) : ''}`.trim();
    case 'snoozed':
      return `Snoozed by ${who(inc.snoozedBy)} until ${inc.snoozedUntil ? slackDate(inc.snoozedUntil) : '?'}`;
    case 'resolved':
      return inc.resolvedVia === 'datadog'
        ? `Recovered in Datadog ${inc.resolvedAt ? slackDate(inc.resolvedAt) : ''}`.trim()
        : `Resolved by ${who(inc.resolvedBy)} ${inc.resolvedAt ? slackDate(inc.resolvedAt) : ''}`.trim();
    default:
      return inc.reopenedCount > 0 ? `Reopened (re-triggered ${inc.reopenedCount}×)` : 'Open';
  }
}

function who(u: string | undefined): string {
  if (!u) return 'someone';
  return /^[UW][A-Z0-9]{2,}$/.test(u) ? `<@${u}>` : esc(u);
}

function linksLine(inc: Incident): string {
  const l = inc.alert.links;
  const parts: string[] = [];
  // Links come from the webhook: only http(s) URLs that cannot close the link become links.
  parts.push(slackLink(l.monitor, 'Monitor'), slackLink(l.logs, 'Logs'), slackLink(l.event, 'Event'), slackLink(l.runbook, 'Runbook'), slackLink(l.snapshot, 'Graph'));
  return parts.filter(Boolean).join(' · ');
}

/** Render an incident as one Slack message (within Block Kit limits). */
export function renderIncident(inc: Incident, opts: RenderOptions = {}): SlackMessage {
  const a = inc.alert;
  const sev = inc.severity;
  const header = truncate(`${inc.state === 'resolved' ? '✅' : ''}${sev.toUpperCase()} · ${plainText(a.title)}`, 150);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: header, emoji: true } },
  ];
  const fields = [
    `*Severity*\n${SEVERITY_EMOJI[sev] ?? ''} ${sev}${a.priority ? ` (P${a.priority})` : ''}`,
    `*State*\n${STATE_LABEL[inc.state]}`,
    `*Service*\n${esc(a.service || '—')}${a.env ? ` (${esc(a.env)})` : ''}`,
    `*Team*\n${esc(a.team || inc.enrichment?.owner?.team || '—')}`,
    `*Transition*\n${esc(a.transition)}${a.eventType ? ` · ${esc(a.eventType)}` : ''}`,
    `*Count*\n${inc.count}${inc.inhibitedCount ? ` (+${inc.inhibitedCount} folded)` : ''}`,
  ].map((t) => ({ type: 'mrkdwn', text: truncate(t, 2000) }));
  blocks.push({ type: 'section', fields });
  blocks.push(...alertDetailBlocks(a));
  const msg = datadogToMrkdwn(a.message);
  if (msg) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(msg, 2900) } });
  const graph = opts.images === false ? null : snapshotImageUrl(a.links.snapshot);
  if (graph) blocks.push({ type: 'image', image_url: graph, alt_text: truncate(`Monitor graph: ${plainText(a.title)}`, 1900) });
  if (a.scope.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`Scope: \`${esc(a.scope.join(', '))}\``, 2000) }] });
  blocks.push(...findingsBlocks(a.findings));
  const lines = a.logs.slice(0, opts.maxLogLines ?? 5);
  if (lines.length) {
    const body = lines.map((l) => truncate(`${l.time ? `${l.time} ` : ''}${l.host ? `${l.host} ` : ''}${l.message}`, 400)).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*Log sample*\n\`\`\`${esc(body).replace(/```/g, "'''")}\`\`\``, 2900) } });
  }
  blocks.push(...enrichmentBlocks(inc.enrichment, a.logs.length > 0, opts.maxLogLines ?? 5));
  if (inc.decision.mentions.length && inc.state !== 'resolved') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(inc.decision.mentions.join(' '), 2900) } });
  }
  const ctx = [`*${inc.id}*`, stateLine(inc), `first ${slackDate(inc.firstSeen)}`, `last ${slackDate(inc.lastSeen)}`, linksLine(inc), escalationFooter(inc)].filter(Boolean);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(ctx.join(' · '), 2900) }] });
  blocks.push(actionsBlock(inc, opts));
  // The fallback text is mrkdwn too (notifications, search): the title is escaped like everywhere else.
  const text = truncate(`[${sev.toUpperCase()}] ${esc(a.title)} — ${stateLine(inc).replace(/<!date\^\d+\^[^|]*\|([^>]*)>/g, '$1')} (${inc.id}, ${inc.count}×)`, 3000);
  return { text, blocks: blocks.slice(0, 50) };
}
