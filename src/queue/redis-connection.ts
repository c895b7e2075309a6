import Redis, { type RedisOptions } from 'ioredis';

/**
 * Where Redis is: a URL, or sentinels that name the current master (then every connection,
 * Herald's and Bull's alike, asks them, and follows a failover by itself).
 */
export interface RedisTarget {
  url: string;
  sentinels?: { host: string; port: number }[];
  sentinelMaster?: string;
  password?: string;
  sentinelPassword?: string;
}

/** Options every Herald Redis connection shares: reconnect forever, never crash on errors. */
export function redisOptions(extra: RedisOptions = {}): RedisOptions {
  return {
    lazyConnect: false,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(200 * times, 2_000),
    // A master demoted to replica answers writes with READONLY: reconnect (through the
    // sentinels, to the new master) and resend the command.
    reconnectOnError: (e) => (e.message.startsWith('READONLY') ? 2 : false),
    // Commands issued in the same event-loop turn go out in one write instead of one syscall
    // each (bulky scripts opt out: see RedisScript). Blocking and subscriber connections
    // turn it off.
    enableAutoPipelining: true,
    ...extra,
  };
}

/** The ioredis options for a target: sentinel options when sentinels are set, else none (the URL says it). */
export function targetOptions(t: RedisTarget): RedisOptions {
  const password = t.password !== undefined ? { password: t.password } : {};
  if (!t.sentinels?.length) return password;
  return {
    sentinels: t.sentinels,
    name: t.sentinelMaster ?? 'mymaster',
    ...password,
    ...(t.sentinelPassword !== undefined ? { sentinelPassword: t.sentinelPassword } : {}),
    // Ask the sentinels again soon after losing the master (their failover takes seconds).
    sentinelRetryStrategy: (times) => Math.min(100 * times, 1_000),
    // A URL's TLS and database still apply behind sentinels.
    ...(t.url.startsWith('rediss://') ? { tls: {}, enableTLSForSentinelMode: true } : {}),
    db: Number(new URL(t.url).pathname.slice(1) || 0) || 0,
  };
}

/** True when Redis is found through sentinels. */
export function usesSentinels(t: RedisTarget | string): boolean {
  return typeof t !== 'string' && Boolean(t.sentinels?.length);
}

/** Open a Redis connection; errors are reported through `onError`, never thrown at the process. */
export function createRedis(target: RedisTarget | string, onError: (e: Error) => void, extra: RedisOptions = {}): Redis {
  const t = typeof target === 'string' ? { url: target } : target;
  const opts = redisOptions({ ...targetOptions(t), ...extra });
  const r = usesSentinels(t) ? new Redis(opts) : new Redis(t.url, opts);
  r.on('error', onError);
  return r;
}

/** Wait until a connection is ready or fail: at once when the server refuses or cannot be found, else after `timeoutMs`. */
export async function waitReady(r: Redis, timeoutMs: number): Promise<void> {
  if (r.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const ok = () => {
      cleanup();
      resolve();
    };
    const failed = (e: Error & { code?: string }) => {
      if (e.code !== 'ECONNREFUSED' && e.code !== 'ENOTFOUND' && e.code !== 'EAI_AGAIN') return;
      cleanup();
      reject(new Error(`${e.code}`));
    };
    const cleanup = () => {
      clearTimeout(t);
      r.off('ready', ok);
      r.off('error', failed);
    };
    r.on('ready', ok);
    r.on('error', failed);
  });
}
