import { WebClient, type WebAPICallResult } from '@slack/web-api';
import type { Config } from '../../config/config';
import { slackClientOptions } from '../../slack/dispatcher/client-options';
import { checker, type Check } from './report';
import type { RuleTargets } from './rule-targets';
import { checkSlackChannels } from './slack-channels';
import { slackError } from './slack-error';

const c = checker('slack');

/** Bot scopes Herald uses, and what for (slack/manifest.yaml asks for all of them). */
export const SLACK_SCOPES: Readonly<Record<string, string>> = {
  'chat:write': 'post, update and thread alert messages',
  'chat:write.public': 'post in public channels the bot has not joined',
  commands: 'the /herald slash command',
  'usergroups:read': 'turn @handle mentions into notifications and read user-group roles',
  'channels:read': 'let herald doctor check the public channels rules name',
  'groups:read': 'let herald doctor check the private channels rules name',
};

const SCOPE_FIX = 'add it under your Slack app → OAuth & Permissions → Bot Token Scopes (slack/manifest.yaml lists them all), then reinstall the app to the workspace';

function scopesOf(res: WebAPICallResult): Set<string> | undefined {
  const s = res.response_metadata?.scopes;
  return s ? new Set(s) : undefined;
}

/**
 * Check the Slack side: the token (`auth.test`), the scopes Slack reports for it (the
 * `x-oauth-scopes` header) against what Herald needs, that the bot can post in every channel
 * the rules name, and that the user groups they mention exist. Skipped in dry-run mode.
 */
export async function checkSlack(config: Config, targets: RuleTargets | undefined, accessGroups: readonly string[]): Promise<Check[]> {
  const s = config.slack;
  if (!s.botToken) return [c.skip('not configured (no SLACK_BOT_TOKEN): dry-run mode, messages are logged instead of sent')];
  const client = new WebClient(s.botToken, slackClientOptions(s.apiUrl, Math.min(s.timeoutMs, 10_000)));
  const checks: Check[] = [];
  let auth: Awaited<ReturnType<WebClient['auth']['test']>>;
  try {
    auth = await client.auth.test();
  } catch (e) {
    const { code, transport } = slackError(e);
    if (transport) return [c.error(`cannot reach Slack at ${s.apiUrl} (${code})`, 'check the network (or SLACK_API_URL)')];
    return [c.error(`SLACK_BOT_TOKEN is not valid (${code})`, "copy the app's Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if it was revoked")];
  }
  if (!s.botToken.startsWith('xoxb-')) checks.push(c.warn('SLACK_BOT_TOKEN is not a bot token (xoxb-…)', "use the Bot User OAuth Token, not a user or app-level token"));
  checks.push(c.ok(`token valid: @${String(auth.user)} (user ${String(auth.user_id)}, bot ${String(auth.bot_id)}) in ${String(auth.team)} (${String(auth.team_id)})`));

  const scopes = scopesOf(auth);
  const usesGroups = (targets?.handles.size ?? 0) + (targets?.groupIds.size ?? 0) + accessGroups.length > 0;
  if (!scopes) checks.push(c.warn('Slack did not report the token\'s scopes (no x-oauth-scopes header)', `make sure the app has ${Object.keys(SLACK_SCOPES).join(', ')}`));
  else {
    const missing = Object.keys(SLACK_SCOPES).filter((x) => !scopes.has(x));
    if (missing.length === 0) checks.push(c.ok(`scopes: ${Object.keys(SLACK_SCOPES).join(', ')}`));
    for (const m of missing) {
      const fatal = m === 'chat:write' || (m === 'usergroups:read' && usesGroups);
      checks.push((fatal ? c.error : c.warn)(`missing scope ${m}: needed to ${SLACK_SCOPES[m]}`, SCOPE_FIX.replace('it', m)));
    }
  }

  const channels = new Map<string, string>(targets?.channels ?? []);
  if (!channels.has(s.defaultChannel)) channels.set(s.defaultChannel, 'slack.default_channel');
  checks.push(...(await checkSlackChannels(client, channels, scopes, String(auth.user))));
  if (usesGroups) checks.push(...(await checkUserGroups(client, targets, accessGroups)));
  return checks;
}

async function checkUserGroups(client: WebClient, targets: RuleTargets | undefined, accessGroups: readonly string[]): Promise<Check[]> {
  let groups: { id?: string; handle?: string }[];
  try {
    groups = ((await client.usergroups.list({ include_disabled: false })).usergroups ?? []) as { id?: string; handle?: string }[];
  } catch (e) {
    const { code } = slackError(e);
    if (code === 'missing_scope') return []; // reported with the scopes
    if (code === 'plan_upgrade_required' || code === 'paid_teams_only') {
      return [c.warn("the workspace's plan has no user groups: @handle mentions stay text and notify nobody", 'mention users (<@U…>) in config/rules.yaml instead')];
    }
    return [c.error(`usergroups.list failed (${code})`)];
  }
  const byHandle = new Set(groups.map((g) => `@${g.handle}`));
  const byId = new Set(groups.map((g) => g.id));
  const checks: Check[] = [];
  for (const [h, where] of targets?.handles ?? []) {
    if (byHandle.has(h)) checks.push(c.ok(`user group ${h} exists`));
    else checks.push(c.error(`user group ${h} (${where}) does not exist: the mention would notify nobody`, `create the user group ${h} in Slack, or correct the handle in config/rules.yaml`));
  }
  for (const [id, where] of targets?.groupIds ?? []) {
    if (!byId.has(id)) checks.push(c.error(`user group ${id} (${where}) does not exist`, 'correct the <!subteam^S…> id in config/rules.yaml'));
  }
  for (const id of accessGroups) {
    if (!byId.has(id)) checks.push(c.error(`user group ${id} (config/access.yaml) does not exist: its grant gives nobody a role`, 'correct the group id (S…) in config/access.yaml'));
  }
  return checks;
}
