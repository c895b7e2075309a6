/** Arguments of chat.postMessage that Herald uses. */
export interface PostMessageArgs {
  channel: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  reply_broadcast?: boolean;
  metadata?: unknown;
  unfurl_links?: boolean;
}

/** Arguments of chat.update that Herald uses. */
export interface UpdateArgs {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  /**
   * Render the content when the call is about to be sent (not when it was queued), so that
   * an update that waited behind others shows the latest state. Null keeps text/blocks.
   */
  render?: () => Promise<{ text: string; blocks?: unknown[] } | null>;
}

/** Arguments of chat.postEphemeral that Herald uses. */
export interface PostEphemeralArgs {
  channel: string;
  user: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
}

/** Where a posted or updated message lives. */
export interface MessageRef {
  channel: string;
  ts: string;
}

/** Every Slack write Herald makes goes through this (the dispatcher, or the dry-run writer). */
export interface SlackWriter {
  /** Post a message; paced per channel, FIFO with the channel's other writes. */
  postMessage(args: PostMessageArgs): Promise<MessageRef>;
  /** Update a message; queued updates of the same message are coalesced (latest wins). */
  update(args: UpdateArgs): Promise<MessageRef>;
  /** Post an ephemeral message to one user in a channel. */
  postEphemeral(args: PostEphemeralArgs): Promise<void>;
  /** Anything else (views.open, usergroups.users.list…), not per-channel queued but with the same retry policy. */
  call<T = any>(method: string, args: Record<string, unknown>): Promise<T>;
  /** Pending + running calls per channel (for storm detection and metrics); all of them without a channel. */
  pending(channel?: string): number;
  /** Wait for all queued calls to finish (graceful shutdown), with a timeout. */
  drain(timeoutMs: number): Promise<void>;
}
