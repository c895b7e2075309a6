import { App, ExpressReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../ops/logger';
import { slackClientOptions } from './dispatcher';

/** Bolt pieces Herald uses: the receiver's router (mounted before any body parser) and the App. */
export interface SlackApp {
  app: App;
  receiver: ExpressReceiver;
}

/** Options for the Bolt app. */
export interface SlackAppOptions {
  botToken: string;
  signingSecret: string;
  apiUrl: string;
  botId: string;
  botUserId: string;
  timeoutMs: number;
  logger: Logger;
  /** Tests: answer HTTP only after the listener finished. */
  processBeforeResponse?: boolean;
}

/** Bolt's logger interface over winston (Bolt logs at warn and above). */
function boltLogger(l: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...m: unknown[]) => l.warn(m.map(String).join(' '), { component: 'bolt' }),
    error: (...m: unknown[]) => l.error(m.map(String).join(' '), { component: 'bolt' }),
    setLevel: (lv: LogLevel) => {
      level = lv;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Create the Bolt App with an ExpressReceiver at `/slack/events`. botId/botUserId are passed
 * so Bolt does not call `auth.test` at startup; the Web API client never retries on its own
 * (Herald's dispatcher owns retries and rate limits).
 */
export function createSlackApp(o: SlackAppOptions): SlackApp {
  const logger = boltLogger(o.logger);
  const receiver = new ExpressReceiver({
    signingSecret: o.signingSecret,
    endpoints: { events: '/slack/events' },
    processBeforeResponse: o.processBeforeResponse ?? false,
    logger,
    logLevel: LogLevel.WARN,
  });
  const app = new App({
    token: o.botToken,
    receiver,
    botId: o.botId,
    botUserId: o.botUserId,
    logger,
    logLevel: LogLevel.WARN,
    clientOptions: slackClientOptions(o.apiUrl, o.timeoutMs),
  });
  app.error(async (e) => {
    o.logger.error('slack listener failed', { error: e.message, code: (e as { code?: string }).code });
  });
  return { app, receiver };
}
