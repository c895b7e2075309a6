import { ACTION } from '../render/actions';
import { slackDate, truncate } from '../render/mrkdwn';
import type { DigestState } from './digest-state';
import { sortExamples } from './digest-state';
import { boundedLines, channelRef, countLines, exampleLine, monitorName, plural, serviceName, severityName } from './digest-text';
import { formatDuration } from './format-duration';

/** Groups listed per section of the digest. */
export const DIGEST_GROUP_LINES = 8;
/** Example incidents listed in the digest. */
export const DIGEST_EXAMPLES = 10;

const SECTION_MAX = 3000;
const FIELD_MAX = 2000;

/**
 * Render a storm digest as one Slack message: totals, counts by severity, service and
 * monitor, the top examples (critical first, with id and title) and a pointer to
 * `/herald list`. Pure; always within Block Kit limits (≤ 50 blocks, sections ≤ 3000
 * characters, fields ≤ 2000, header ≤ 150).
 */
export function renderDigest(d: DigestState): { text: string; blocks: Record<string, unknown>[] } {
  const over = d.endedAt !== undefined;
  const totals = `${plural(d.incidents, 'incident')} · ${plural(d.alerts, 'alert')}`;
  const header = truncate(over ? `✅ Alert storm over: ${totals}` : `🌀 Alert storm: ${totals}`, 150);
  const crit = d.ownCritical > 0 ? ` ${plural(d.ownCritical, 'critical incident')} kept ${d.ownCritical === 1 ? 'its' : 'their'} own message.` : '';
  const intro = over
    ? `The storm in ${channelRef(d.channel)} is over: it lasted ${formatDuration(d.endedAt! - d.startedAt)} (${slackDate(d.startedAt)} – ${slackDate(d.endedAt!)}). New incidents get their own message again.${crit}`
    : `Too many new incidents in ${channelRef(d.channel)}: Herald folds them into this digest instead of posting each one. Started ${slackDate(d.startedAt)}, last new incident ${slackDate(d.lastNewAt)}.${crit}`;
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: header, emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(intro, SECTION_MAX) } },
  ];
  if (d.bySeverity.length) {
    const text = boundedLines('By severity', countLines(d.bySeverity, DIGEST_GROUP_LINES, severityName), SECTION_MAX);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  const fields: Record<string, unknown>[] = [];
  if (d.byService.length) fields.push(field(boundedLines('By service', countLines(d.byService, DIGEST_GROUP_LINES, serviceName), FIELD_MAX)));
  if (d.byMonitor.length) fields.push(field(boundedLines('By monitor', countLines(d.byMonitor, DIGEST_GROUP_LINES, monitorName), FIELD_MAX)));
  if (fields.length) blocks.push({ type: 'section', fields });
  const examples = sortExamples(d.examples).slice(0, DIGEST_EXAMPLES);
  if (examples.length) {
    blocks.push({ type: 'divider' });
    const more = d.incidents > examples.length ? ` (${examples.length} of ${d.incidents}, critical first)` : ' (critical first)';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: boundedLines(`Incidents${more}`, examples.map(exampleLine), SECTION_MAX) } });
  }
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(`Every incident is stored and tracked: \`/herald list\` shows them all. Digest \`${d.digestId}\`.`, FIELD_MAX) }],
  });
  blocks.push({
    type: 'actions',
    block_id: truncate(`herald_digest_${d.digestId}`, 255),
    elements: [
      { type: 'button', text: { type: 'plain_text', text: 'List incidents', emoji: true }, action_id: ACTION.digestList, value: truncate(d.digestId, 2000) },
    ],
  });
  const text = over
    ? `Alert storm over in ${channelRef(d.channel)}: ${totals} in ${formatDuration(d.endedAt! - d.startedAt)}. /herald list shows them all.`
    : `Alert storm in ${channelRef(d.channel)}: ${totals} folded into one digest. /herald list shows them all.`;
  return { text, blocks };
}

function field(text: string): Record<string, unknown> {
  return { type: 'mrkdwn', text: truncate(text, FIELD_MAX) };
}
