/**
 * Where an incident's message stands in one channel. The compiler checks every use: a ts
 * exists only on a posted message, a digest id only on a digest.
 */
export type MessageState =
  /** Not placed yet: the incident is being built (never saved by this version). */
  | { kind: 'pending' }
  /** Saved and to be posted: the post follows the save, outside the incident's lock. */
  | { kind: 'posting' }
  /** Folded into the channel's storm digest instead of a message of its own. */
  | { kind: 'digest'; digestId: string }
  /** A Slack message. */
  | { kind: 'posted'; ts: string };

/** One channel's message of an incident. */
export interface MessageRef {
  channel: string;
  message: MessageState;
}

/** Not placed yet. */
export const PENDING: MessageState = Object.freeze({ kind: 'pending' });
/** To be posted (after the save). */
export const POSTING: MessageState = Object.freeze({ kind: 'posting' });

/** What has messages: an incident (its primary channel and message, and its copies). */
export interface WithMessages {
  channel: string;
  message: MessageState;
  copies: readonly MessageRef[];
}

/** A posted message's state. */
export function posted(ts: string): MessageState {
  return { kind: 'posted', ts };
}

/** The incident's message in every channel, primary first. */
export function placements(inc: WithMessages): MessageRef[] {
  return [{ channel: inc.channel, message: inc.message }, ...inc.copies];
}

/** The incident's own Slack messages (primary first): no digests, no posts still to make. */
export function messagesOf(inc: WithMessages): { channel: string; ts: string }[] {
  const out: { channel: string; ts: string }[] = [];
  for (const { channel, message } of placements(inc)) if (channel && message.kind === 'posted' && message.ts) out.push({ channel, ts: message.ts });
  return out;
}

/** Whether some of the incident's own messages are still to be posted. */
export function hasPendingPosts(inc: Pick<WithMessages, 'message' | 'copies'>): boolean {
  return inc.message.kind === 'posting' || inc.copies.some((c) => c.message.kind === 'posting');
}

/** The Slack ts of a posted message ('' for any other state). */
export function tsOf(m: MessageState): string {
  return m.kind === 'posted' ? m.ts : '';
}

/** The digest holding the incident's primary message, if it was folded into one. */
export function digestIdOf(inc: Pick<WithMessages, 'message'>): string | undefined {
  return inc.message.kind === 'digest' ? inc.message.digestId : undefined;
}

/**
 * The state as the previous version stored it, in one string `ts`: '' (not placed),
 * 'posting', 'digest' (with a separate digestId) or a Slack ts.
 */
export function fromLegacyTs(ts: unknown, digestId: unknown): MessageState {
  if (ts === 'posting') return POSTING;
  if (ts === 'digest') return { kind: 'digest', digestId: typeof digestId === 'string' ? digestId : '' };
  if (typeof ts === 'string' && ts) return posted(ts);
  return PENDING;
}
