import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import { errorMeta } from '../../ops/logger';
import { usageError, type Reply } from './command-views';
import { parseCommand } from './parse-command';
import { runCommand, type CommandOutcome } from './run-command';
import type { Actor, TriageDeps } from './triage-deps';

/** After this long a command is acknowledged with "working on it" and answered via response_url. */
export const SLOW_COMMAND_MS = 2_000;

const ephemeral = (r: Reply): RespondArguments => ({ response_type: 'ephemeral', text: r.text, ...(r.blocks ? { blocks: r.blocks } : {}) });

function actorOf(c: SlashCommand): Actor {
  return { id: c.user_id, name: c.user_name || c.user_id, teamId: c.team_id, channelId: c.channel_id };
}

/**
 * `/herald …` (any slash command pointed at Herald): parse, run (role checks and audit
 * inside), answer ephemerally in the ack; work that touches Slack runs after the answer. A
 * command slower than SLOW_COMMAND_MS is acked first and answered through response_url.
 */
export function registerCommand(app: App, d: TriageDeps): void {
  app.command(/.*/, async ({ ack, command, respond }) => {
    const parsed = parseCommand(command.text ?? '');
    if (!parsed.ok) {
      await ack(ephemeral({ text: usageError(d.redact(parsed.error), parsed.usage) }));
      return;
    }
    const failed = (e: unknown): Reply => {
      d.logger.error('/herald failed', { command: parsed.command.kind, user: command.user_id, ...errorMeta(e) });
      return { text: ':warning: Herald could not do that (see its logs); please try again.' };
    };
    const work: Promise<CommandOutcome | { error: unknown }> = runCommand(d, parsed.command, actorOf(command)).catch((e: unknown) => ({ error: e }));
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<null>((r) => (timer = setTimeout(() => r(null), SLOW_COMMAND_MS)));
    const quick = await Promise.race([work, slow]);
    clearTimeout(timer);
    if (quick) {
      if ('error' in quick) return ack(ephemeral(failed(quick.error)));
      await ack(ephemeral(quick.reply));
      await quick.followUp().catch((e: unknown) => d.logger.warn('/herald follow-up failed', errorMeta(e)));
      return;
    }
    await ack(ephemeral({ text: ':hourglass_flowing_sand: Working on it…' }));
    const o = await work;
    const reply = 'error' in o ? failed(o.error) : o.reply;
    await respond(ephemeral(reply)).catch((e: unknown) => d.logger.warn('/herald respond failed', errorMeta(e)));
    if (!('error' in o)) await o.followUp().catch((e: unknown) => d.logger.warn('/herald follow-up failed', errorMeta(e)));
  });
}
