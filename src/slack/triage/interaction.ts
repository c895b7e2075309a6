import type { RespondFn } from '@slack/bolt';
import { errorMeta } from '../../ops/logger';
import type { Actor, TriageDeps } from './triage-deps';

/** The parts of a block_actions / view_submission payload triage reads. */
export interface InteractionBody {
  type?: string;
  user?: { id?: string; name?: string; username?: string; team_id?: string };
  team?: { id?: string } | null;
  channel?: { id?: string };
  container?: { channel_id?: string; message_ts?: string; is_ephemeral?: boolean };
  trigger_id?: string;
  response_url?: string;
  actions?: { action_id?: string; value?: string; selected_option?: { value?: string } | null }[];
  view?: { callback_id?: string; private_metadata?: string; state?: { values?: Record<string, Record<string, unknown>> } };
}

/** The acting user of an interaction (id, display name, team, channel). */
export function actorOf(body: InteractionBody): Actor {
  const u = body.user ?? {};
  const id = u.id ?? 'unknown';
  return {
    id,
    name: u.name ?? u.username ?? id,
    teamId: body.team?.id ?? u.team_id,
    channelId: body.channel?.id ?? body.container?.channel_id,
  };
}

/**
 * Tell only the clicking user something: through the interaction's response_url (works for
 * any channel and for ephemeral messages), else chat.postEphemeral through the writer.
 */
export async function tellUser(d: TriageDeps, body: InteractionBody, respond: RespondFn | undefined, text: string, blocks?: Record<string, unknown>[]): Promise<void> {
  try {
    if (respond && body.response_url) {
      await respond({ response_type: 'ephemeral', replace_original: false, text, ...(blocks ? { blocks } : {}) });
      return;
    }
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (channel && body.user?.id) await d.writer.postEphemeral({ channel, user: body.user.id, text, ...(blocks ? { blocks } : {}) });
  } catch (e) {
    d.logger.warn('could not reply to the user', errorMeta(e));
  }
}
