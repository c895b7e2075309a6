import Redis from 'ioredis';
import { checker, type Check } from './report';

/** Oldest Redis Herald runs on (the audit trail trims with XTRIM MINID, 6.2). */
export const MIN_REDIS = [6, 2] as const;

const c = checker('redis');

/** A Redis URL fit to print: the password replaced. */
export function safeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(unparsable URL)';
  }
}

/** True when a Redis version (`7.0.15`) is older than MIN_REDIS. */
export function tooOld(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  if (!Number.isFinite(major) || !Number.isFinite(minor)) return false;
  return major < MIN_REDIS[0] || (major === MIN_REDIS[0] && minor < MIN_REDIS[1]);
}

function field(info: string, name: string): string | undefined {
  return new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
}

/**
 * Connect once (no retries) and check what Herald relies on: the server version, persistence
 * (without it a restart loses queued alerts, incidents, mutes and the audit trail) and a memory
 * policy that never evicts keys (eviction drops jobs and incidents silently).
 */
export async function checkRedis(url: string, timeoutMs = 3_000): Promise<Check[]> {
  const shown = safeRedisUrl(url);
  const r = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let lastError: (Error & { code?: string }) | undefined;
  r.on('error', (e: Error & { code?: string }) => {
    lastError = e;
  });
  try {
    await r.connect();
    const server = await r.info('server');
    const version = field(server, 'redis_version') ?? '?';
    const checks: Check[] = [];
    if (tooOld(version)) {
      checks.push(c.error(`Redis ${version} at ${shown}: Herald needs ${MIN_REDIS.join('.')} or later`, 'upgrade Redis (7.x recommended)'));
    } else {
      checks.push(c.ok(`Redis ${version} at ${shown}`));
    }
    const persistence = await r.info('persistence');
    const aof = field(persistence, 'aof_enabled') === '1';
    let save = '';
    try {
      save = String(((await r.config('GET', 'save')) as string[])[1] ?? '');
    } catch {
      save = '?'; // CONFIG is disabled on some managed services; they persist on their own terms
    }
    if (aof) checks.push(c.ok('persistence: append-only file (AOF)'));
    else if (save && save !== '?') checks.push(c.warn(`persistence: RDB snapshots only (save ${save}): a crash loses the writes since the last snapshot`, 'enable AOF: CONFIG SET appendonly yes (and appendonly yes in redis.conf)'));
    else if (save === '?') checks.push(c.ok('persistence: managed by the provider (CONFIG is not available)'));
    else checks.push(c.warn('persistence off: a Redis restart loses queued alerts, incidents, mutes and the audit trail', 'enable AOF: CONFIG SET appendonly yes (and appendonly yes in redis.conf)'));
    const policy = field(await r.info('memory'), 'maxmemory_policy') ?? 'noeviction';
    if (policy === 'noeviction') checks.push(c.ok('maxmemory-policy noeviction: Redis never drops Herald\'s keys'));
    else {
      checks.push(c.warn(`maxmemory-policy ${policy}: under memory pressure Redis evicts keys, and Herald loses queued alerts, incidents or its memory of delivered $IDs`, 'CONFIG SET maxmemory-policy noeviction (and maxmemory-policy noeviction in redis.conf), or give Herald its own Redis'));
    }
    return checks;
  } catch (e) {
    const cause = lastError ?? (e as Error & { code?: string });
    const code = cause.code ?? cause.message;
    return [c.error(`cannot reach Redis at ${shown} (${code})`, 'start Redis (redis-server, or docker compose up -d redis), or set REDIS_URL')];
  } finally {
    r.disconnect();
  }
}
