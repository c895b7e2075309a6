import Redis, { type RedisOptions } from 'ioredis';

/** Options every Herald Redis connection shares: reconnect forever, never crash on errors. */
export function redisOptions(extra: RedisOptions = {}): RedisOptions {
  return {
    lazyConnect: false,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(200 * times, 2_000),
    // Commands issued in the same event-loop turn go out in one write instead of one syscall
    // each (bulky scripts opt out: see RedisScript). Blocking and subscriber connections
    // turn it off.
    enableAutoPipelining: true,
    ...extra,
  };
}

/** Open a Redis connection; errors are reported through `onError`, never thrown at the process. */
export function createRedis(url: string, onError: (e: Error) => void, extra: RedisOptions = {}): Redis {
  const r = new Redis(url, redisOptions(extra));
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
