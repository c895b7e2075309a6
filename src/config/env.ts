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
  'PAGERDUTY_ROUTING_KEY',
  'OPSGENIE_API_KEY',
] as const;

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
