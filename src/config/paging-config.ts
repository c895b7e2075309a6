import type { Config } from './config';
import { ConfigError } from './config-error';
import { readEnv } from './env';
import type { FileConfig } from './schema';
import { durationMs } from './units';

const PAGERDUTY_API_URL = 'https://events.pagerduty.com';
const OPSGENIE_API_URL = 'https://api.opsgenie.com';

function url(env: NodeJS.ProcessEnv, name: string, fromFile: string | undefined, fallback: string): string {
  const v = env[name] || fromFile || fallback;
  if (!/^https?:\/\/[^\s]+$/.test(v)) throw new ConfigError(name, 'an http:// or https:// URL');
  return v.replace(/\/+$/, '');
}

/**
 * Paging settings: `PAGERDUTY_ROUTING_KEY` (an Events API v2 integration key) and
 * `OPSGENIE_API_KEY` (an API integration's key), each also as `NAME_FILE`; base URLs from
 * `PAGERDUTY_API_URL` / `OPSGENIE_API_URL` or `paging.*.api_url` (EU accounts, tests);
 * `paging.timeout` per attempt (default 5s).
 */
export function pagingConfig(env: NodeJS.ProcessEnv, f: FileConfig['paging']): Config['paging'] {
  const routingKey = readEnv(env, 'PAGERDUTY_ROUTING_KEY');
  if (routingKey !== undefined && !/^[A-Za-z0-9_-]{8,128}$/.test(routingKey)) {
    throw new ConfigError('PAGERDUTY_ROUTING_KEY', 'an Events API v2 integration key (32 letters and digits)');
  }
  const apiKey = readEnv(env, 'OPSGENIE_API_KEY');
  if (apiKey !== undefined && !/^[A-Za-z0-9_-]{8,128}$/.test(apiKey)) {
    throw new ConfigError('OPSGENIE_API_KEY', 'an Opsgenie API integration key (a UUID)');
  }
  const timeoutMs = durationMs(f?.timeout ?? '5s');
  if (timeoutMs < 100 || timeoutMs > 60_000) throw new ConfigError('paging.timeout', 'between 100ms and 60s');
  return {
    timeoutMs,
    keyPrefix: f?.key_prefix ?? '',
    pagerduty: { routingKey, apiUrl: url(env, 'PAGERDUTY_API_URL', f?.pagerduty?.api_url, PAGERDUTY_API_URL) },
    opsgenie: { apiKey, apiUrl: url(env, 'OPSGENIE_API_URL', f?.opsgenie?.api_url, OPSGENIE_API_URL) },
  };
}
