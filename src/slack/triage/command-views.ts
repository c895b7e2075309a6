import type { AuditEntry } from '../../audit/audit-entry';
import type { Incident } from '../../incident/incident';
import { tsOf } from '../../incident/message-state';
import { esc, slackDate, truncate } from '../render/mrkdwn';
import { stateLine } from '../render/render-incident';
import { USAGE } from './parse-command';
import { mention } from './transitions';

/** A reply: fallback text and optional blocks. */
export interface Reply {
  text: string;
  blocks?: Record<string, unknown>[];
}

/** One incident as a list line. */
export function incidentLine(i: Incident): string {
  const ts = tsOf(i.message);
  const where = /^\d+\.\d+$/.test(ts) && /^[CGD][A-Z0-9]+$/.test(i.channel) ? ` <https://slack.com/archives/${i.channel}/p${ts.replace('.', '')}|open>` : '';
  return truncate(`*${i.id}* [${i.severity}] ${esc(truncate(i.title, 120))} — ${i.service ? `${esc(i.service)} · ` : ''}${stateLine(i)} · ${i.count}× · last ${slackDate(i.lastSeen)}${where}`, 600);
}

/** `/herald list` output (at most 25 lines, in sections under Slack's limits). */
export function formatList(incidents: Incident[], heading: string): Reply {
  if (!incidents.length) return { text: `No incidents (${heading}).` };
  const shown = incidents.slice(0, 25);
  const head = truncate(`*${esc(heading)}*: ${incidents.length}${incidents.length > shown.length ? ` (showing ${shown.length})` : ''}`, 2900);
  return { text: truncate(`${esc(heading)}: ${shown.map((i) => i.id).join(', ')}`, 3000), blocks: sections(head, shown.map(incidentLine)) };
}

/** A heading section, then the lines packed into sections under Slack's 3,000-character limit. */
export function sections(head: string, lines: string[]): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [{ type: 'section', text: { type: 'mrkdwn', text: head } }];
  let chunk = '';
  for (const line of lines) {
    if (chunk.length + line.length + 1 > 2900) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
      chunk = '';
    }
    chunk += (chunk ? '\n' : '') + line;
  }
  if (chunk) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  return blocks;
}

/** One audit entry as a line of mrkdwn. */
export function auditLine(e: AuditEntry): string {
  const states = e.before || e.after ? ` ${e.before ?? '—'} → ${e.after ?? '—'}` : '';
  const who = e.actor.id === 'herald' || e.actor.id === 'datadog' ? e.actor.name : mention(e.actor.id);
  const note = e.note ? ` — ${esc(truncate(e.note, 200))}` : '';
  return `${slackDate(e.at)} ${who} *${esc(e.action)}*${e.outcome !== 'ok' ? ` (${e.outcome})` : ''}${states} via ${e.via}${note}`;
}

/** `/herald audit <id>` output (the latest 40 entries). */
export function formatAudit(entries: AuditEntry[], id: string): Reply {
  if (!entries.length) return { text: `No audit entries for ${id}.` };
  const lines = entries.slice(-40).map(auditLine);
  const blocks: Record<string, unknown>[] = [];
  let chunk = `*Audit trail of ${id}* (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'})`;
  for (const l of lines) {
    if (chunk.length + l.length + 1 > 2900) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
      chunk = '';
    }
    chunk += `\n${l}`;
  }
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk.trim() } });
  return { text: truncate(`Audit trail of ${id}: ${entries.map((e) => `${e.action}/${e.outcome}`).join(', ')}`, 3000), blocks };
}

/** `/herald help`. */
export function helpText(): string {
  return ['*Herald* — triage alerts from Slack. Answers are only visible to you.', ...Object.values(USAGE).map((u) => `• \`${u}\``), 'Durations look like `30m`, `2h`, `1d`. Matchers: `service=stripe-sync,env=prod`.'].join('\n');
}

/** An error with the usage it broke. */
export function usageError(error: string, usage: string): string {
  return `:warning: ${esc(error)}\nUsage:\n${usage.split('\n').map((u) => `\`${u}\``).join('\n')}`;
}
