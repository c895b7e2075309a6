import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/** Environment variables that hold secrets; each may also come as `NAME_FILE`. */
export const SECRET_ENV = [
  'HERALD_WEBHOOK_SECRET',
  'HERALD_ADMIN_TOKEN',
  'HERALD_METRICS_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DD_API_KEY',
  'DD_APP_KEY',
  'REDIS_URL',
  'REDIS_PASSWORD',
  'REDIS_SENTINEL_PASSWORD',
  'PAGERDUTY_ROUTING_KEY',
  'OPSGENIE_API_KEY',
] as const;

/** Every other environment variable Herald reads (secrets above may also come as `NAME_FILE`). */
export const PLAIN_ENV = [
  'PORT',
  'HERALD_CONFIG',
  'HERALD_INSECURE_NO_AUTH',
  'HERALD_PROCESSES',
  'HERALD_CONCURRENCY',
  'HERALD_WORKER_NICE',
  'HERALD_REDIS_PREFIX',
  'REDIS_SENTINELS',
  'REDIS_SENTINEL_MASTER',
  'SLACK_API_URL',
  'DD_SITE',
  'DD_API_URL',
  'PAGERDUTY_API_URL',
  'OPSGENIE_API_URL',
  'LOG_LEVEL',
] as const;

/** True when Herald reads `name` (a plain variable, a secret, or a secret's `_FILE`). */
export function isKnownEnv(name: string): boolean {
  const base = name.endsWith('_FILE') ? name.slice(0, -5) : undefined;
  return (PLAIN_ENV as readonly string[]).includes(name) || (SECRET_ENV as readonly string[]).includes(base ?? name);
}

/**
 * Read one variable: `NAME`, or the trimmed content of the file named by `NAME_FILE`.
 * Empty strings count as unset. A set-but-unreadable `_FILE` is an error naming the key.
 */
export function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const direct = env[name];
  const file = env[`${name}_FILE`];
  if (direct !== undefined && direct !== '' && file) {
    throw new ConfigError(`${name}`, `set both ${name} and ${name}_FILE; use one`);
  }
  if (file) {
    try {
      const v = readFileSync(file, 'utf8').trim();
      return v === '' ? undefined : v;
    } catch (e) {
      throw new ConfigError(`${name}_FILE`, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return direct === '' ? undefined : direct;
}
