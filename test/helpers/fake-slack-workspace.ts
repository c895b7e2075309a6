/** A channel in the fake workspace, in conversations.info's shape. */
export interface FakeChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_member: boolean;
  is_archived: boolean;
}

/** A user group in the fake workspace, in usergroups.list's shape. */
export interface FakeUserGroup {
  id: string;
  handle: string;
  name: string;
}

/** The bot scopes the fake token has unless a test says otherwise: what slack/manifest.yaml asks for. */
export const ALL_BOT_SCOPES = ['chat:write', 'chat:write.public', 'commands', 'usergroups:read', 'channels:read', 'groups:read'];

/** The scope each method needs, as Slack documents it (conversations.* by channel type). */
const NEEDS: Record<string, (p: Record<string, any>, ws: FakeWorkspace) => string[]> = {
  'chat.postMessage': () => ['chat:write'],
  'chat.update': () => ['chat:write'],
  'chat.postEphemeral': () => ['chat:write'],
  'usergroups.list': () => ['usergroups:read'],
  'usergroups.users.list': () => ['usergroups:read'],
  'conversations.list': (p) => String(p.types ?? 'public_channel').split(',').map((t) => (t.trim() === 'private_channel' ? 'groups:read' : 'channels:read')),
  'conversations.info': (p, ws) => [ws.channels.get(String(p.channel))?.is_private ? 'groups:read' : 'channels:read'],
};

/**
 * The workspace behind the fake Slack API: the bot's token and scopes (sent back in the
 * `x-oauth-scopes` header of every answer, as Slack does), its channels and user groups.
 * Channels and groups registered here answer conversations.info/list and usergroups.list.
 */
export class FakeWorkspace {
  /** Bot scopes of the token. */
  scopes: string[] = [...ALL_BOT_SCOPES];
  /** When set, only these tokens are valid (others: invalid_auth). */
  tokens: string[] | undefined;
  /** Channels by id. */
  readonly channels = new Map<string, FakeChannel>();
  userGroups: FakeUserGroup[] = [];
  private seq = 0;

  /** Add a channel (`#name`, options); returns its id (C… public, G… private). */
  addChannel(name: string, o: Partial<Omit<FakeChannel, 'id' | 'name'>> = {}): string {
    const isPrivate = o.is_private ?? false;
    const id = `${isPrivate ? 'G' : 'C'}0FAKE${String(++this.seq).padStart(4, '0')}`;
    this.channels.set(id, { id, name: name.replace(/^#/, ''), is_private: isPrivate, is_member: o.is_member ?? !isPrivate, is_archived: o.is_archived ?? false });
    return id;
  }

  /** Slack's error for a call this token may not make (bad token, missing scope), or undefined. */
  refuse(method: string, auth: string | undefined, params: Record<string, any>): Record<string, unknown> | undefined {
    const token = (auth ?? '').replace(/^Bearer /, '');
    if (this.tokens && !this.tokens.includes(token)) return { ok: false, error: 'invalid_auth' };
    const needed = NEEDS[method]?.(params, this) ?? [];
    const missing = needed.filter((s) => !this.scopes.includes(s));
    if (missing.length > 0) return { ok: false, error: 'missing_scope', needed: missing.join(','), provided: this.scopes.join(',') };
    return undefined;
  }

  /** Answers for the workspace methods, or undefined to use the server's defaults. */
  answer(method: string, p: Record<string, any>): Record<string, unknown> | undefined {
    if (method === 'conversations.info' && this.channels.size > 0) {
      const ch = this.channels.get(String(p.channel));
      if (!ch || (ch.is_private && !ch.is_member)) return { ok: false, error: 'channel_not_found' };
      return { ok: true, channel: { ...ch, is_channel: !ch.is_private, is_group: ch.is_private } };
    }
    if (method === 'conversations.list') {
      const types = String(p.types ?? 'public_channel').split(',').map((t) => t.trim());
      const visible = [...this.channels.values()].filter(
        (c) => (c.is_private ? types.includes('private_channel') && c.is_member : types.includes('public_channel')) && !(p.exclude_archived === 'true' && c.is_archived),
      );
      const limit = Math.max(1, Math.min(1000, Number(p.limit ?? 100)));
      const start = Number(p.cursor || 0);
      const page = visible.slice(start, start + limit);
      const next = start + limit < visible.length ? String(start + limit) : '';
      return { ok: true, channels: page, response_metadata: { next_cursor: next } };
    }
    if (method === 'usergroups.list') return { ok: true, usergroups: this.userGroups };
    return undefined;
  }
}
