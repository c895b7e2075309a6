import type { SlackWriter } from './slack-writer';

/** One write the dry-run writer would have sent. */
export interface DryRunEntry {
  method: string;
  channel?: string;
  text: string;
  blocks?: unknown[];
}

/**
 * The writer used without Slack credentials: logs what it would send and answers at once,
 * with fake message timestamps `dry.1`, `dry.2`… (updates echo the ts they were given).
 * `call()` answers `{ ok: true, dry_run: true }`, so read methods return no data.
 * `logs()` says whether an entry would be written anywhere: when not (the log level is
 * above the line's), an update's message is not rendered either.
 */
export function createDryRunWriter(log: (entry: DryRunEntry) => void, logs: () => boolean = () => true): SlackWriter {
  let seq = 0;
  return {
    async postMessage(args) {
      log({ method: 'chat.postMessage', channel: args.channel, text: args.text, blocks: args.blocks });
      return { channel: args.channel, ts: `dry.${++seq}` };
    },
    async update({ render, ...args }) {
      if (!logs()) return { channel: args.channel, ts: args.ts };
      const fresh = render ? await render().catch(() => null) : null;
      log({ method: 'chat.update', channel: args.channel, text: fresh?.text ?? args.text, blocks: fresh?.blocks ?? args.blocks });
      return { channel: args.channel, ts: args.ts };
    },
    async postEphemeral(args) {
      log({ method: 'chat.postEphemeral', channel: args.channel, text: args.text, blocks: args.blocks });
    },
    async call(method, args) {
      const channel = typeof args.channel === 'string' ? args.channel : undefined;
      const text = typeof args.text === 'string' ? args.text : '';
      log({ method, ...(channel !== undefined ? { channel } : {}), text });
      return { ok: true, dry_run: true } as any;
    },
    pending: () => 0,
    drain: async () => undefined,
  };
}
