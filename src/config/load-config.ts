import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import type { Config } from './config';
import { ConfigError } from './config-error';
import { readEnv } from './env';
import { fileConfigSchema, type FileConfig } from './schema';
import { pagingConfig } from './paging-config';
import { durationMs, sizeBytes } from './units';

/** Options for loadConfig; everything defaults to the process's own. */
export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Path of herald.yaml; default `HERALD_CONFIG` or config/herald.yaml (missing default file is fine). */
  file?: string;
}

function parseFile(file: string, required: boolean): FileConfig {
  if (!existsSync(file)) {
    if (required) throw new ConfigError('HERALD_CONFIG', `file not found: ${file}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    throw new ConfigError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = fileConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(keyOf(parsed.error.issues[0]), explain(parsed.error.issues[0]));
  return parsed.data;
}

function keyOf(issue: z.core.$ZodIssue): string {
  const base = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return [base, issue.keys[0]].filter(Boolean).join('.');
  return base || '(root)';
}

function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key (allowed keys are listed in config/herald.yaml)`;
  return issue.message;
}

/** A process count as written (`4`, `auto`: one per CPU the process may use); null unless 1–64 or auto. */
export function parseProcessCount(v: string): number | null {
  if (v === 'auto') return availableParallelism();
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  return n >= 1 && n <= 64 ? n : null;
}

/** `HERALD_PROCESSES` or `server.processes`. */
function processCount(env: NodeJS.ProcessEnv, fromFile: number | 'auto' | undefined): number {
  const v = env.HERALD_PROCESSES;
  if (v === undefined || v === '') return fromFile === 'auto' ? availableParallelism() : (fromFile ?? 1);
  const n = parseProcessCount(v);
  if (n === null) throw new ConfigError('HERALD_PROCESSES', 'between 1 and 64, or auto');
  return n;
}

/** `HERALD_WORKER_NICE` or `queue.worker_nice`: 0–19. */
function niceness(env: NodeJS.ProcessEnv, fromFile: number | undefined): number {
  const n = intEnv(env, 'HERALD_WORKER_NICE');
  if (n === undefined) return fromFile ?? 0;
  if (n > 19) throw new ConfigError('HERALD_WORKER_NICE', 'between 0 and 19');
  return n;
}

function intEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  if (!/^\d+$/.test(v)) throw new ConfigError(name, `not a whole number: ${JSON.stringify(v)}`);
  return Number(v);
}

/** `host:port,host:port` → sentinels; throws ConfigError naming REDIS_SENTINELS. */
export function parseSentinels(v: string): { host: string; port: number }[] {
  return v.split(',').map((part) => {
    const m = /^\s*([^\s:]+|\[[0-9a-fA-F:]+\]):(\d{1,5})\s*$/.exec(part);
    const port = m ? Number(m[2]) : 0;
    if (!m || port < 1 || port > 65535) throw new ConfigError('REDIS_SENTINELS', `host:port pairs separated by commas, got ${JSON.stringify(part.trim())}`);
    return { host: m[1].replace(/^\[|\]$/g, ''), port };
  });
}

/** REDIS_SENTINELS, REDIS_SENTINEL_MASTER and the Redis passwords (each also as `_FILE`). */
function sentinelConfig(env: NodeJS.ProcessEnv): Partial<Config['redis']> {
  const list = env.REDIS_SENTINELS?.trim();
  const out: Partial<Config['redis']> = {};
  const password = readEnv(env, 'REDIS_PASSWORD');
  const sentinelPassword = readEnv(env, 'REDIS_SENTINEL_PASSWORD');
  if (password !== undefined) out.password = password;
  if (!list) {
    if (env.REDIS_SENTINEL_MASTER) throw new ConfigError('REDIS_SENTINEL_MASTER', 'set REDIS_SENTINELS too (the sentinels to ask for this master)');
    return out;
  }
  out.sentinels = parseSentinels(list);
  out.sentinelMaster = env.REDIS_SENTINEL_MASTER || 'mymaster';
  if (sentinelPassword !== undefined) out.sentinelPassword = sentinelPassword;
  return out;
}

/**
 * Read herald.yaml and the environment once, validate, apply defaults. Throws ConfigError
 * naming the key on any bad value. Secrets come from the environment (or `NAME_FILE`).
 */
export function loadConfig(opts: LoadConfigOptions = {}): Config {
  const env = opts.env ?? process.env;
  const file = path.resolve(opts.file ?? env.HERALD_CONFIG ?? 'config/herald.yaml');
  const f = parseFile(file, Boolean(opts.file ?? env.HERALD_CONFIG));
  const baseDir = path.dirname(file);
  const rel = (p: string) => path.resolve(p); // relative to the working directory
  const level = env.LOG_LEVEL ?? f.log?.level ?? 'info';
  if (!['error', 'warn', 'info', 'debug'].includes(level)) throw new ConfigError('LOG_LEVEL', `one of error, warn, info, debug`);
  const insecure = env.HERALD_INSECURE_NO_AUTH === '1' || env.HERALD_INSECURE_NO_AUTH === 'true';
  const secret = readEnv(env, 'HERALD_WEBHOOK_SECRET');
  if (!secret && !insecure) {
    throw new ConfigError('HERALD_WEBHOOK_SECRET', 'required (the shared secret Datadog sends); set HERALD_INSECURE_NO_AUTH=1 only for local trials');
  }
  if (secret && secret.length < 8) throw new ConfigError('HERALD_WEBHOOK_SECRET', 'at least 8 characters');
  const redisUrl = readEnv(env, 'REDIS_URL') ?? f.redis?.url ?? 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL', 'a redis:// or rediss:// URL');
  const botToken = readEnv(env, 'SLACK_BOT_TOKEN');
  const signingSecret = readEnv(env, 'SLACK_SIGNING_SECRET');
  if (botToken && !signingSecret) throw new ConfigError('SLACK_SIGNING_SECRET', 'required when SLACK_BOT_TOKEN is set');
  const apiUrl = env.SLACK_API_URL || f.slack?.api_url || 'https://slack.com/api/';
  const port = intEnv(env, 'PORT') ?? f.server?.port ?? 3000;
  if (port > 65535) throw new ConfigError('PORT', 'at most 65535');
  const ddKey = readEnv(env, 'DD_API_KEY');
  const ddApp = readEnv(env, 'DD_APP_KEY');
  if (Boolean(ddKey) !== Boolean(ddApp)) {
    throw new ConfigError(ddKey ? 'DD_APP_KEY' : 'DD_API_KEY', 'DD_API_KEY and DD_APP_KEY go together');
  }
  const s = f.slack ?? {};
  const envAdmin = readEnv(env, 'HERALD_ADMIN_TOKEN');
  const adminToken = envAdmin ?? f.server?.admin_token;
  if (adminToken !== undefined && adminToken.length < 16) throw new ConfigError(envAdmin !== undefined ? 'HERALD_ADMIN_TOKEN' : 'server.admin_token', 'at least 16 characters');
  const metricsToken = readEnv(env, 'HERALD_METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) throw new ConfigError('HERALD_METRICS_TOKEN', 'at least 16 characters');
  return {
    server: {
      port,
      host: f.server?.host ?? '0.0.0.0',
      bodyLimitBytes: sizeBytes(f.server?.body_limit ?? '256kb'),
      adminToken,
      adminTokenName: f.server?.admin_token_name ?? 'admin-api',
      metricsToken,
      trustProxy: f.server?.trust_proxy ?? false,
      shutdownTimeoutMs: durationMs(f.server?.shutdown_timeout ?? '20s'),
      processes: processCount(env, f.server?.processes),
    },
    redis: { url: redisUrl, prefix: env.HERALD_REDIS_PREFIX || f.redis?.prefix || 'herald', ...sentinelConfig(env) },
    queue: {
      concurrency: intEnv(env, 'HERALD_CONCURRENCY') ?? f.queue?.concurrency ?? 128,
      attempts: f.queue?.attempts ?? 8,
      backoffMs: durationMs(f.queue?.backoff ?? '1s'),
      idempotencyTtlMs: durationMs(f.queue?.idempotency_ttl ?? '24h'),
      keepCompleted: f.queue?.keep_completed ?? 1000,
      retention: { completedAgeMs: durationMs(f.queue?.keep_completed_for ?? '1h'), failed: f.queue?.keep_failed ?? 1000, failedAgeMs: durationMs(f.queue?.keep_failed_for ?? '7d') },
      lockDurationMs: durationMs(f.queue?.lock_duration ?? '30s'),
      stalledIntervalMs: durationMs(f.queue?.stalled_interval ?? '5s'),
      workerNice: niceness(env, f.queue?.worker_nice),
    },
    incidents: {
      reopenWindowMs: durationMs(f.incidents?.reopen_window ?? '24h'),
      retentionMs: durationMs(f.incidents?.retention ?? '30d'),
    },
    webhook: { secret, insecureNoAuth: insecure && !secret },
    slack: {
      botToken,
      signingSecret,
      apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
      botUserId: s.bot_user_id ?? 'U00HERALD',
      botId: s.bot_id ?? 'B00HERALD',
      defaultChannel: s.default_channel ?? '#alerts',
      timeoutMs: durationMs(s.timeout ?? '10s'),
      maxLogLines: s.max_log_lines ?? 5,
      rate: {
        postsPerSec: s.rate?.posts_per_sec ?? 0.95,
        postBurst: s.rate?.post_burst ?? 3,
        updatesPerSec: s.rate?.updates_per_sec ?? 2,
        updateBurst: s.rate?.update_burst ?? 5,
        globalPerSec: s.rate?.global_per_sec ?? 20,
      },
      storm: {
        threshold: s.storm?.threshold ?? 10,
        windowMs: durationMs(s.storm?.window ?? '60s'),
        criticalCap: s.storm?.critical_cap ?? 5,
        quietPeriodMs: durationMs(s.storm?.quiet_period ?? '2m'),
      },
    },
    datadog: {
      apiKey: ddKey,
      appKey: ddApp,
      site: env.DD_SITE || f.datadog?.site || 'datadoghq.com',
      apiUrl: env.DD_API_URL || f.datadog?.api_url,
      enrich: f.datadog?.enrich ?? true,
      timeoutMs: durationMs(f.datadog?.timeout ?? '2s'),
      incidents: f.datadog?.incidents ?? false,
    },
    paging: pagingConfig(env, f.paging),
    rules: { file: rel(f.rules?.file ?? 'config/rules.yaml'), watch: f.rules?.watch ?? true },
    access: { file: rel(f.access?.file ?? 'config/access.yaml'), watch: f.access?.watch ?? true },
    audit: { maxLength: f.audit?.max_length ?? 100_000, maxAgeMs: durationMs(f.audit?.max_age ?? '400d') },
    log: { level: level as Config['log']['level'] },
    scan: { privateIps: f.scan?.private_ips ?? 'ignore' },
    baseDir,
  };
}
