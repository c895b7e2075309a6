const CHANNEL_NAME = /^#[a-z0-9_-]{1,80}$/;
const CHANNEL_ID = /^[CG][A-Z0-9]{6,20}$/;
const USER = /^<@[UW][A-Z0-9]{6,20}>$/;
const GROUP = /^<!subteam\^S[A-Z0-9]{6,20}>$/;
const HANDLE = /^@[a-z0-9][a-z0-9._-]{0,79}$/;
const BROADCAST: Record<string, string> = {
  '@here': '<!here>',
  '<!here>': '<!here>',
  '@channel': '<!channel>',
  '<!channel>': '<!channel>',
  '@everyone': '<!everyone>',
  '<!everyone>': '<!everyone>',
};

/** Why a channel is not valid, or null. Accepts `#name` (lowercase, digits, -, _; ≤80) or a `C…`/`G…` id. */
export function channelProblem(v: unknown): string | null {
  if (v === null || v === undefined || v === '') {
    return 'channel is empty: quote channel names, e.g. "#alerts" (in YAML an unquoted # starts a comment)';
  }
  if (typeof v !== 'string') return `channel must be a string like "#alerts" or a channel id like C0123ABCD`;
  if (CHANNEL_NAME.test(v) || CHANNEL_ID.test(v)) return null;
  return `bad channel ${JSON.stringify(v.slice(0, 100))}: use "#name" (lowercase letters, digits, - and _, at most 80) or a Slack channel id (C… or G…)`;
}

/** A normalized mention, whether it is a broadcast (@here/@channel), or the reason it is invalid. */
export type MentionResult = { ok: true; mention: string; broadcast: boolean } | { ok: false; problem: string };

/** Validates and normalizes one mention: `<@U…>`, `<!subteam^S…>`, `@group-handle`, `@here`/`<!here>`, `@channel`. */
export function parseMention(v: unknown): MentionResult {
  if (typeof v !== 'string' || v === '') {
    return { ok: false, problem: 'mention must be a non-empty string like "<@U0123ABCD>" or "<!subteam^S0123ABCD>"' };
  }
  const b = BROADCAST[v];
  if (b !== undefined) return { ok: true, mention: b, broadcast: true };
  if (USER.test(v) || GROUP.test(v) || HANDLE.test(v)) return { ok: true, mention: v, broadcast: false };
  return {
    ok: false,
    problem: `bad mention ${JSON.stringify(v.slice(0, 100))}: use <@U…> for a user, <!subteam^S…> or @handle for a user group, or @here/@channel`,
  };
}
