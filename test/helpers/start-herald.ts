import path from 'node:path';
import { buildApp, type HeraldApp, type Role } from '../../src/app';
import { loadConfig } from '../../src/config/load-config';
import { deleteKeys, testPrefix } from './redis-cleanup';

/** A running Herald for a test, on an ephemeral port with its own Redis prefix. */
export interface TestHerald {
  app: HeraldApp;
  url: string;
  prefix: string;
  logs: string[];
  secret: string;
  /** POST a webhook body (object → JSON) with the shared secret. */
  webhook(body: unknown, opts?: { contentType?: string; headers?: Record<string, string>; secret?: string | null }): Promise<{ status: number; json: any }>;
  /** Stop the app and delete its Redis keys. */
  stop(): Promise<void>;
}

/** Options: env overrides (e.g. SLACK_API_URL), role, clock. */
export interface StartOptions {
  env?: Record<string, string | undefined>;
  role?: Role;
  clock?: () => number;
  name?: string;
  prefix?: string;
  keepKeys?: boolean;
  /** Keep Slack's real pacing (1 post/s per channel); tests default to fast limits. */
  realRates?: boolean;
  /** Adjust the loaded config before the app is built. */
  configure?: (c: import('../../src/config/config').Config) => void;
}

/** The repo root (tests run from it, but be explicit). */
export const ROOT = path.resolve(__dirname, '../..');

/** Start Herald for a test: config from config/herald.yaml + env, port 0, own prefix. */
export async function startHerald(o: StartOptions = {}): Promise<TestHerald> {
  const prefix = o.prefix ?? testPrefix(o.name ?? 'app');
  const secret = 'test-webhook-secret-123';
  const env: NodeJS.ProcessEnv = {
    PORT: '0',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    HERALD_WEBHOOK_SECRET: secret,
    HERALD_REDIS_PREFIX: prefix,
    LOG_LEVEL: 'debug',
    ...o.env,
  } as NodeJS.ProcessEnv;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const config = loadConfig({ env, file: path.join(ROOT, 'config/herald.yaml') });
  config.rules.watch = false;
  config.rules.file = env.HERALD_RULES_FILE ?? path.join(ROOT, 'config/rules.yaml');
  config.access.file = env.HERALD_ACCESS_FILE ?? path.join(ROOT, 'config/access.yaml');
  config.queue.backoffMs = 50;
  if (!o.realRates) config.slack.rate = { postsPerSec: 100, postBurst: 100, updatesPerSec: 100, updateBurst: 100, globalPerSec: 1000 };
  o.configure?.(config);
  const logs: string[] = [];
  const app = await buildApp({ config, role: o.role, clock: o.clock, logSink: (l) => logs.push(l), processBeforeResponse: true });
  const { port } = await app.start();
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    prefix,
    logs,
    secret,
    async webhook(body, wo = {}) {
      const headers: Record<string, string> = { 'content-type': wo.contentType ?? 'application/json', ...(wo.headers ?? {}) };
      const s = wo.secret === undefined ? secret : wo.secret;
      if (s !== null) headers.authorization = `Bearer ${s}`;
      const res = await fetch(`${url}/webhooks/datadog`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
      const text = await res.text();
      let json: any;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: res.status, json };
    },
    async stop() {
      await app.stop();
      if (!o.keepKeys) await deleteKeys(prefix);
    },
  };
}

/** Wait until `pred()` is true (polling), or throw after `ms`. */
export async function eventually(pred: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
