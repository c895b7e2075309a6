import { withHistory, type Incident } from '../../incident/incident';
import { isHeraldError } from '../../errors/herald-error';
import { formatDuration } from '../../rules/duration';
import type { Mute } from '../../rules/mute-store';
import { esc, slackDate, truncate } from '../render/mrkdwn';
import { MuteDowntimes } from '../../rules/mute-downtimes';
import { audit, authorize, bestEffortDatadog, safely } from './guard';
import { mention } from './transitions';
import { done, type ActionResult, type Actor, type TriageDeps, type TriageVia } from './triage-deps';

/** What a mute needs. */
export interface MuteRequest {
  matchers: Record<string, unknown>;
  durationMs: number;
  reason?: string;
  /** The incident the mute was made from (modal), if any. */
  incident?: Incident | null;
}

/** A mute result; `field` names the input that was wrong (for modal errors). */
export type MuteResult = ActionResult & { field?: string; mute?: Mute };

/** The downtimes of mutes (shared with the mute API). */
function downtimes(d: TriageDeps): MuteDowntimes {
  return new MuteDowntimes({ writer: d.datadog, redis: d.redis, prefix: d.prefix, clock: d.clock, onSkip: (mute, why) => d.logger.info('no Datadog downtime for mute', { mute, why }) });
}

/** A mute in one line of mrkdwn. */
export function muteLine(m: Mute): string {
  return `\`${m.id}\` ${esc(m.describe)} — until ${slackDate(m.endsAt)} by ${mention(m.createdBy)}: ${esc(truncate(m.reason, 200))} (${m.mutedCount} muted)`;
}

/**
 * Create a mute (admin): MuteStore.create, then (best-effort) a Datadog downtime that
 * mirrors it, a note in the incident's thread, the incident's muteId, and the audit entry.
 */
export async function createMute(d: TriageDeps, req: MuteRequest, actor: Actor, via: TriageVia): Promise<MuteResult> {
  const inc = req.incident ?? null;
  const denied = await authorize(d, actor, 'mute', via, inc);
  if (denied) return done(false, denied);
  const reason = d.redact(req.reason?.trim() || `muted by ${actor.name} (no reason given)`).slice(0, 500);
  let mute: Mute;
  try {
    mute = await d.mutes.create({ matchers: req.matchers, durationMs: req.durationMs, reason, createdBy: actor.id });
  } catch (e) {
    if (!isHeraldError(e)) throw e;
    const field = typeof e.details?.field === 'string' ? e.details.field : 'matchers';
    return { ...done(false, `:warning: ${truncate(e.message, 1500)}`), field };
  }
  await audit(d, { actor, action: 'mute', via, outcome: 'ok', incident: inc?.id ?? null, before: inc, after: inc, note: `${mute.id}: ${mute.describe} for ${formatDuration(req.durationMs)} — ${reason}` });
  return {
    ok: true,
    mute,
    incident: inc ?? undefined,
    text: `:mute: Muted ${esc(mute.describe)} for ${formatDuration(req.durationMs)} (\`${mute.id}\`). Undo with \`/herald unmute ${mute.id}\`.`,
    followUp: async () => {
      const downtime = await mirrorDowntime(d, mute, inc, actor);
      if (!inc) return;
      const now = d.clock();
      const u = await d.incidents.update(inc.id, (cur) => withHistory({ ...cur, muteId: mute.id, ...(downtime ? { downtimeId: downtime } : {}) }, { at: now, what: `muted (${mute.id}) for ${formatDuration(req.durationMs)}`, by: actor.id }));
      const after = u?.after ?? inc;
      await safely(d, 'thread reply', () =>
        d.notifier.threadReply(after, `:mute: Muted by ${mention(actor.id)} for ${formatDuration(req.durationMs)}: ${esc(mute.describe)} — ${esc(reason)} (\`${mute.id}\`${downtime ? `, Datadog downtime ${downtime}` : ''}).`),
      );
    },
  };
}

async function mirrorDowntime(d: TriageDeps, mute: Mute, inc: Incident | null, actor: Actor): Promise<string | null> {
  const dts = downtimes(d);
  if (!dts.enabled) return null;
  const message = `Muted in Slack by ${d.redact(actor.name)} via Herald (${mute.id}): ${mute.reason}`;
  const run = () => dts.create(mute, inc?.monitorId ?? null, message);
  const id = inc ? await bestEffortDatadog(d, inc, 'create the downtime', run) : await run().catch((e: Error) => (d.logger.warn('datadog downtime failed', { mute: mute.id, error: e.message }), null));
  return id ?? null;
}

/** End a mute early (admin), cancelling its Datadog downtime if it has one. */
export async function unmute(d: TriageDeps, muteId: string, actor: Actor, via: TriageVia): Promise<ActionResult> {
  const denied = await authorize(d, actor, 'unmute', via);
  if (denied) return done(false, denied);
  const ended = await d.mutes.delete(muteId, actor.id);
  if (!ended) return done(false, `:grey_question: No mute ${muteId}.`);
  await audit(d, { actor, action: 'unmute', via, outcome: 'ok', note: `${muteId}: ${ended.describe}` });
  return {
    ok: true,
    text: `:loud_sound: Unmuted \`${muteId}\` (${esc(ended.describe)}).`,
    followUp: async () => {
      const dts = downtimes(d);
      if (!dts.enabled) return;
      await safely(d, 'cancel downtime', () => dts.cancel(muteId));
    },
  };
}

/** Active mutes as mrkdwn (viewer). */
export async function listMutes(d: TriageDeps, actor: Actor, via: TriageVia): Promise<string> {
  const denied = await authorize(d, actor, 'mutes', via);
  if (denied) return denied;
  const mutes = await d.mutes.list();
  if (!mutes.length) return 'No active mutes.';
  const lines = mutes.slice(0, 30).map(muteLine);
  return truncate(`*Active mutes (${mutes.length})*\n${lines.join('\n')}${mutes.length > 30 ? `\n…and ${mutes.length - 30} more` : ''}`, 2900);
}
