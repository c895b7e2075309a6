import { App, ExpressReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../ops/logger';
import { slackClientOptions } from './dispatcher';

/** Bolt pieces Herald uses: the router to mount (before any body parser) and the App. */
export interface SlackApp {
  app: App;
  receiver: ExpressReceiver;
  /** The edge guard, then Bolt's receiver: mount this one. */
  router: Router;
}

/** Largest body `/slack/events` reads (Slack's payloads are far smaller; Bolt's default is 4 MB). */
export const SLACK_BODY_LIMIT = 256 * 1024;

/**
 * `POST /slack/events` without Slack's signature headers (or with a body declared over
 * SLACK_BODY_LIMIT) is refused before a byte of the body is read: 401 (413), one log line,
 * and the connection closed. Bolt then verifies the signature of what remains.
 */
export function slackEventsGuard(logger: Logger): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.path !== '/slack/events') return next();
    const sig = req.headers['x-slack-signature'];
    const ts = req.headers['x-slack-request-timestamp'];
    const signed = typeof sig === 'string' && /^v0=[0-9a-f]{64}$/.test(sig) && typeof ts === 'string' && /^\d{1,12}$/.test(ts);
    const declared = Number(req.headers['content-length']);
    const tooLarge = Number.isFinite(declared) && declared > SLACK_BODY_LIMIT;
    if (signed && !tooLarge) return next();
    const [status, code, message] = signed
      ? [413, 'payload_too_large', `body of ${declared} bytes is over the ${SLACK_BODY_LIMIT}-byte limit`]
      : [401, 'unauthorized', 'missing Slack signature headers (X-Slack-Signature, X-Slack-Request-Timestamp)'];
    logger.warn('slack request refused before reading its body', { status, code, path: req.path });
    res.set('Connection', 'close');
    res.status(status).json({ error: { code, message } });
  };
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
    bodyLimit: SLACK_BODY_LIMIT,
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
  const router = Router();
  router.use(slackEventsGuard(o.logger));
  router.use(receiver.router);
  return { app, receiver, router };
}
