import type { App, RespondFn } from '@slack/bolt';
import { normalizeIncidentId } from '../../audit/parse-since';
import { errorMeta } from '../../ops/logger';
import { ACTION } from '../render/actions';
import { formatList } from './command-views';
import { detailsModal } from './details-modal';
import { declare, escalate } from './escalate-declare';
import { audit, authorize } from './guard';
import { messagesOf } from '../../incident/message-state';
import { actorOf, tellUser, type InteractionBody } from './interaction';
import { muteModal } from './mute-modal';
import { changeState, type StateAction } from './state-actions';
import type { ActionResult, TriageDeps } from './triage-deps';
import { digestIdOf } from '../../incident/message-state';

type Action = NonNullable<InteractionBody['actions']>[number];
type Handler = (d: TriageDeps, b: InteractionBody, a: Action, respond: RespondFn | undefined) => Promise<void>;

async function finish(d: TriageDeps, b: InteractionBody, respond: RespondFn | undefined, r: ActionResult): Promise<void> {
  await r.followUp();
  if (!r.ok) await tellUser(d, b, respond, r.text);
}

/**
 * The incident a button names, once the clicked message is known to be one of that
 * incident's own messages (or an ephemeral reply Herald sent the clicking user, such as
 * `/herald show`); else null, after telling the user why (the refusal is audited).
 */
async function incidentOf(d: TriageDeps, b: InteractionBody, a: Action, respond: RespondFn | undefined, raw = a.value): Promise<string | null> {
  const id = normalizeIncidentId(String(raw ?? '').split('|')[0] ?? '');
  if (!id) {
    await tellUser(d, b, respond, ':warning: This button does not name an incident.');
    return null;
  }
  if (b.container?.is_ephemeral) return id;
  const inc = await d.incidents.get(id);
  if (!inc) return id; // the action answers "No incident"
  const channel = b.container?.channel_id ?? b.channel?.id;
  const ts = b.container?.message_ts;
  if (messagesOf(inc).some((m) => m.channel === channel && m.ts === ts)) return id;
  await audit(d, { actor: actorOf(b), action: String(a.action_id ?? 'button'), via: 'button', outcome: 'denied', incident: id, note: 'the clicked message is not one of the incident\'s messages' });
  d.logger.warn('button refused: the message is not the incident\'s', { incident: id, channel, ts, user: b.user?.id });
  await tellUser(d, b, respond, `:no_entry: This message is not ${id}'s own message; act on ${id} from its message or with \`/herald\`.`);
  return null;
}

const state =
  (kind: StateAction): Handler =>
  async (d, b, a, respond) => {
    const id = await incidentOf(d, b, a, respond);
    if (!id) return;
    await finish(d, b, respond, await changeState(d, kind, id, actorOf(b), 'button'));
  };

const snooze: Handler = async (d, b, a, respond) => {
  const [raw, secs] = String(a.selected_option?.value ?? '').split('|');
  const s = Number(secs);
  if (!normalizeIncidentId(raw ?? '') || !Number.isInteger(s) || s < 1 || s > 30 * 86_400) return tellUser(d, b, respond, ':warning: Pick a snooze duration from the menu.');
  const id = await incidentOf(d, b, a, respond, raw);
  if (!id) return;
  await finish(d, b, respond, await changeState(d, 'snooze', id, actorOf(b), 'button', { durationMs: s * 1000 }));
};

/** Open a modal for an incident after a role check (trigger_id is only valid for 3 s, so no slow work first). */
const modal =
  (action: 'mute' | 'details'): Handler =>
  async (d, b, a, respond) => {
    const id = await incidentOf(d, b, a, respond);
    if (!id) return;
    const actor = actorOf(b);
    const denied = await authorize(d, actor, action, 'button', id);
    if (denied) return tellUser(d, b, respond, denied);
    const inc = await d.incidents.get(id);
    if (!inc) return tellUser(d, b, respond, `:grey_question: No incident ${id}.`);
    const view = action === 'mute' ? muteModal(inc, actor.channelId) : detailsModal(inc);
    try {
      await d.writer.call('views.open', { trigger_id: b.trigger_id, view });
    } catch (e) {
      d.logger.warn('views.open failed', { action, incident: id, ...errorMeta(e) });
      await tellUser(d, b, respond, `:warning: Slack did not open the ${action} dialog (${(e as { code?: string }).code ?? 'error'}); try again.`);
    }
  };

const digestList: Handler = async (d, b, a, respond) => {
  const actor = actorOf(b);
  const denied = await authorize(d, actor, 'list', 'button');
  if (denied) return tellUser(d, b, respond, denied);
  const digest = String(a.value ?? '');
  const incidents = (await d.incidents.list({ limit: 2000 })).filter((i) => digestIdOf(i) === digest);
  const r = formatList(incidents, `incidents in digest ${digest}`);
  await tellUser(d, b, respond, r.text, r.blocks);
};

/** Button and menu handlers by action id. */
export const ACTION_HANDLERS: Record<string, Handler> = {
  [ACTION.ack]: state('ack'),
  [ACTION.resolve]: state('resolve'),
  [ACTION.reopen]: state('reopen'),
  [ACTION.unsnooze]: state('unsnooze'),
  [ACTION.snooze]: snooze,
  [ACTION.escalate]: async (d, b, a, respond) => {
    const id = await incidentOf(d, b, a, respond);
    if (!id) return;
    await finish(d, b, respond, await escalate(d, id, actorOf(b), 'button'));
  },
  [ACTION.declare]: async (d, b, a, respond) => {
    const id = await incidentOf(d, b, a, respond);
    if (!id) return;
    const r = await declare(d, id, actorOf(b), 'button');
    if (r.ok) await tellUser(d, b, respond, r.text);
    await finish(d, b, respond, r);
  },
  [ACTION.mute]: modal('mute'),
  [ACTION.details]: modal('details'),
  [ACTION.digestList]: digestList,
};

/**
 * One listener for every block action: ack at once (Slack wants an answer within 3 s and an
 * unhandled action id would otherwise get a 404 after 3 s), then dispatch by action id;
 * unknown ids get an ephemeral "unknown action".
 */
export function registerActions(app: App, d: TriageDeps): void {
  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    const b = body as unknown as InteractionBody;
    const a = b.actions?.[0];
    const handler = a?.action_id ? ACTION_HANDLERS[a.action_id] : undefined;
    if (!a || !handler) {
      await tellUser(d, b, respond, `:grey_question: Unknown action \`${String(a?.action_id ?? '?').slice(0, 60)}\`; this message may come from an older Herald.`);
      return;
    }
    try {
      await handler(d, b, a, respond);
    } catch (e) {
      d.logger.error('triage action failed', { action: a.action_id, user: b.user?.id, ...errorMeta(e) });
      await tellUser(d, b, respond, ':warning: Herald could not do that (see its logs); please try again.');
    }
  });
}
