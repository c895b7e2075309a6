import type { App } from '@slack/bolt';
import { errorMeta } from '../../ops/logger';
import { actorOf, type InteractionBody } from './interaction';
import { createMute } from './mute-actions';
import { MUTE_CALLBACK, parseMuteSubmission, type MuteModalMeta, type ViewValues } from './mute-modal';
import type { TriageDeps } from './triage-deps';

const FIELD_BLOCK: Record<string, string> = { matchers: 'matchers', duration: 'duration', reason: 'reason', created_by: 'reason' };

function meta(raw: string | undefined): MuteModalMeta | null {
  try {
    const m = JSON.parse(raw ?? '') as MuteModalMeta;
    return typeof m?.incident === 'string' ? m : null;
  } catch {
    return null;
  }
}

/** Slack shows field errors under inputs; keep them short. */
const short = (s: string) => (s.length > 150 ? `${s.slice(0, 149)}…` : s).replace(/^:[a-z_]+: /, '');

/**
 * Modal submissions: the mute modal is validated (field errors via `response_action:
 * 'errors'`), role-checked again, and turned into a mute; any other view is just closed.
 */
export function registerViews(app: App, d: TriageDeps): void {
  app.view({ callback_id: /.*/, type: 'view_submission' }, async ({ ack, body }) => {
    const b = body as unknown as InteractionBody;
    if (b.view?.callback_id !== MUTE_CALLBACK) {
      await ack();
      return;
    }
    const m = meta(b.view.private_metadata);
    const inc = m ? await d.incidents.get(m.incident) : null;
    const parsed = parseMuteSubmission((b.view.state?.values ?? {}) as ViewValues, inc ?? { monitorId: null, service: '', env: '' });
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const actor = { ...actorOf(b), channelId: m?.channel };
    try {
      const r = await createMute(d, { matchers: parsed.mute.matchers, durationMs: parsed.mute.durationMs, reason: parsed.mute.reason, incident: inc }, actor, 'button');
      if (!r.ok) {
        await ack({ response_action: 'errors', errors: { [r.field ? (FIELD_BLOCK[r.field] ?? 'matchers') : 'scope']: short(r.text) } });
        return;
      }
      await ack();
      await r.followUp();
    } catch (e) {
      d.logger.error('mute modal failed', errorMeta(e));
      await ack({ response_action: 'errors', errors: { reason: 'Herald could not create the mute; please try again.' } }).catch(() => undefined);
    }
  });
}
