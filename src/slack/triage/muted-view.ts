import { esc, slackDate, truncate } from '../render/mrkdwn';
import { authorize } from './guard';
import type { Actor, TriageDeps, TriageVia } from './triage-deps';

/** Most alerts `/herald muted` lists. */
const SHOWN = 20;

/**
 * `/herald muted [service]` (viewer): the latest alerts mutes swallowed, newest first, from
 * the alert journal — when, which alert, which service, which mute. Text from alerts is
 * redacted again and escaped (no markup from outside).
 */
export async function listMuted(d: TriageDeps, service: string | undefined, actor: Actor, via: TriageVia): Promise<string> {
  const denied = await authorize(d, actor, 'mutes', via);
  if (denied) return denied;
  if (!d.journal) return 'The alert journal is not available here.';
  const page = await d.journal.page({ kinds: ['muted'], service, limit: SHOWN });
  const where = service ? ` for service ${esc(d.redact(service))}` : '';
  if (page.entries.length === 0) return `No muted alerts${where} in the journal.`;
  const lines = page.entries.map((e) => `• ${slackDate(e.at)} *${esc(truncate(d.redact(e.title), 150))}*${e.service ? ` (${esc(d.redact(e.service))})` : ''} — muted by \`${esc(d.redact(e.detail))}\``);
  const more = page.next ? `\n…older ones: \`herald alerts --outcome muted${service ? ' --service <name>' : ''}\` or \`GET /api/alerts?outcome=muted\`` : '';
  return truncate(`*Muted alerts${where} (latest ${page.entries.length})*\n${lines.join('\n')}${more}`, 2900);
}
