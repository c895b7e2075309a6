import { slackDate, truncate } from '../render/mrkdwn';
import type { DigestState } from './digest-state';
import { boundedLines, channelRef, countLines, plural, serviceName, severityName } from './digest-text';
import { formatDuration } from './format-duration';

/** Groups listed per column of the summary. */
export const SUMMARY_GROUP_LINES = 6;

/**
 * The message posted when a storm ends: duration, incidents, alerts, counts by severity and
 * by service. Pure; within Block Kit limits.
 */
export function renderSummary(d: DigestState): { text: string; blocks: Record<string, unknown>[] } {
  const ended = d.endedAt ?? d.lastNewAt;
  const took = formatDuration(ended - d.startedAt);
  const totals = `${plural(d.incidents, 'incident')} · ${plural(d.alerts, 'alert')}`;
  const crit = d.ownCritical > 0 ? `, plus ${plural(d.ownCritical, 'critical incident')} posted on ${d.ownCritical === 1 ? 'its' : 'their'} own` : '';
  const intro = `:white_check_mark: *Alert storm over* in ${channelRef(d.channel)} after ${took} (${slackDate(d.startedAt)} – ${slackDate(ended)}): ${totals} in the digest${crit}. New incidents get their own message again.`;
  const blocks: Record<string, unknown>[] = [{ type: 'section', text: { type: 'mrkdwn', text: truncate(intro, 3000) } }];
  const fields: Record<string, unknown>[] = [];
  if (d.bySeverity.length) fields.push({ type: 'mrkdwn', text: truncate(boundedLines('By severity', countLines(d.bySeverity, SUMMARY_GROUP_LINES, severityName), 2000), 2000) });
  if (d.byService.length) fields.push({ type: 'mrkdwn', text: truncate(boundedLines('By service', countLines(d.byService, SUMMARY_GROUP_LINES, serviceName), 2000), 2000) });
  if (fields.length) blocks.push({ type: 'section', fields });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `\`/herald list\` shows every incident. Digest \`${truncate(d.digestId, 200)}\`.` }] });
  return { text: `Alert storm over in ${channelRef(d.channel)} after ${took}: ${totals}.`, blocks };
}
