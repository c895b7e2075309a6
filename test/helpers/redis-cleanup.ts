import Redis from 'ioredis';

/** A unique key prefix for one test's Redis data. */
export function testPrefix(name: string): string {
  return `test:${name}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** Delete every key under a prefix (SCAN, not KEYS). */
export async function deleteKeys(prefix: string, url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<number> {
  const r = new Redis(url);
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) n += await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return n;
}

/** Every key under a prefix with its value dumped as text (for leak searches). */
export async function dumpKeys(prefix: string, url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<string> {
  const r = new Redis(url);
  const parts: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      for (const k of keys) {
        const t = await r.type(k);
        parts.push(k);
        if (t === 'string') parts.push(String(await r.get(k)));
        else if (t === 'hash') parts.push(JSON.stringify(await r.hgetall(k)));
        else if (t === 'list') parts.push(JSON.stringify(await r.lrange(k, 0, -1)));
        else if (t === 'set') parts.push(JSON.stringify(await r.smembers(k)));
        else if (t === 'zset') parts.push(JSON.stringify(await r.zrange(k, 0, -1)));
        else if (t === 'stream') parts.push(JSON.stringify(await r.xrange(k, '-', '+')));
      }
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return parts.join('\n');
}
