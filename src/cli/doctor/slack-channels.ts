import type { WebClient } from '@slack/web-api';
import { checker, type Check } from './report';
import { slackError } from './slack-error';

const c = checker('slack');

/** What conversations.info / conversations.list say about a channel. */
interface ChannelInfo {
  id?: string;
  name?: string;
  is_private?: boolean;
  is_member?: boolean;
  is_archived?: boolean;
}

const MAX_PAGES = 20;

/** Every channel the bot can see (public ones, and private ones it is in), by name. */
async function listChannels(client: WebClient): Promise<Map<string, ChannelInfo>> {
  const out = new Map<string, ChannelInfo>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.conversations.list({ types: 'public_channel,private_channel', exclude_archived: false, limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const ch of (res.channels ?? []) as ChannelInfo[]) if (ch.name) out.set(ch.name, ch);
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return out;
}

/**
 * Can the bot post in each channel (`#name` or id → where the rules name it)? Names are found
 * with conversations.list, then each channel is read with conversations.info: it must exist,
 * not be archived, and have the bot as a member if private (or if public without chat:write.public).
 */
export async function checkSlackChannels(client: WebClient, channels: Map<string, string>, scopes: Set<string> | undefined, bot: string): Promise<Check[]> {
  const checks: Check[] = [];
  let byName: Map<string, ChannelInfo> | undefined;
  const invite = (name: string) => `invite the bot: /invite @${bot} in ${name}`;
  for (const [ch, where] of channels) {
    let id = ch;
    const label = ch.startsWith('#') ? ch : `channel ${ch}`;
    try {
      if (ch.startsWith('#')) {
        byName ??= await listChannels(client);
        const found = byName.get(ch.slice(1));
        if (!found?.id) {
          checks.push(c.error(`${ch} (${where}): no such channel, or a private channel the bot is not in`, `create ${ch}, correct the name in config/rules.yaml, or ${invite(ch)}`));
          continue;
        }
        id = found.id;
      }
      const info = ((await client.conversations.info({ channel: id })).channel ?? {}) as ChannelInfo;
      if (info.is_archived) checks.push(c.error(`${label} (${where}) is archived: posts to it fail`, `unarchive it, or route to another channel in config/rules.yaml`));
      else if (info.is_private && !info.is_member) checks.push(c.error(`${label} (${where}) is private and the bot is not a member`, invite(label)));
      else if (!info.is_member && scopes && !scopes.has('chat:write.public')) {
        checks.push(c.error(`${label} (${where}): the bot is not a member and lacks chat:write.public`, `${invite(label)}, or add the chat:write.public scope`));
      } else checks.push(c.ok(`${label}${ch.startsWith('#') ? ` (${id})` : ` (#${info.name ?? '?'})`}: the bot can post${info.is_member ? ' (member)' : ''}`));
    } catch (e) {
      const { code } = slackError(e);
      if (code === 'missing_scope') {
        checks.push(c.warn(`cannot check the channels rules name without channels:read and groups:read`, 'add both scopes (slack/manifest.yaml has them) and reinstall; until then a wrong channel shows up only when an alert fails to post'));
        return checks;
      }
      if (code === 'channel_not_found') checks.push(c.error(`${label} (${where}): no such channel, or a private channel the bot is not in`, `correct the id in config/rules.yaml, or ${invite(label)}`));
      else checks.push(c.error(`${label} (${where}): Slack answered ${code}`));
    }
  }
  return checks;
}
