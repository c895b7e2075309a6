import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKnownEnv } from '../../../src/config/env';
import { loadConfig, parseSentinels } from '../../../src/config/load-config';
import { targetOptions } from '../../../src/queue/redis-connection';

const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-sentinel-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = { HERALD_INSECURE_NO_AUTH: '1' };
writeFileSync(path.join(dir, 'empty.yaml'), '');
const load = (env: Record<string, string>) => loadConfig({ env: { ...base, ...env }, file: path.join(dir, 'empty.yaml') });

describe('Redis Sentinel configuration', () => {
  it('parses REDIS_SENTINELS host:port lists (IPv6 in brackets) and rejects anything else', () => {
    expect(parseSentinels('10.0.0.1:26379, sentinel-b:26380,[::1]:26381')).toEqual([
      { host: '10.0.0.1', port: 26379 },
      { host: 'sentinel-b', port: 26380 },
      { host: '::1', port: 26381 },
    ]);
    for (const bad of ['host', 'host:0', 'host:70000', 'a:1,,b:2', 'h:1 x']) expect(() => parseSentinels(bad), bad).toThrow(/REDIS_SENTINELS/);
  });

  it('reads the sentinels, the master name (default mymaster) and both passwords, each password also from a _FILE', () => {
    writeFileSync(path.join(dir, 'pw'), 'redis-pass\n');
    writeFileSync(path.join(dir, 'spw'), 'sentinel-pass\n');
    const c = load({ REDIS_SENTINELS: 's1:26379,s2:26379', REDIS_PASSWORD_FILE: path.join(dir, 'pw'), REDIS_SENTINEL_PASSWORD_FILE: path.join(dir, 'spw') });
    expect(c.redis).toMatchObject({ sentinels: [{ host: 's1', port: 26379 }, { host: 's2', port: 26379 }], sentinelMaster: 'mymaster', password: 'redis-pass', sentinelPassword: 'sentinel-pass' });
    expect(load({ REDIS_SENTINELS: 's1:1', REDIS_SENTINEL_MASTER: 'herald' }).redis.sentinelMaster).toBe('herald');
    expect(load({}).redis.sentinels).toBeUndefined();
  });

  it('refuses a master name without sentinels', () => {
    expect(() => load({ REDIS_SENTINEL_MASTER: 'herald' })).toThrow(/REDIS_SENTINELS/);
  });

  it('gives ioredis sentinel options (database from the URL) only when sentinels are set', () => {
    const o = targetOptions({ url: 'redis://x/2', sentinels: [{ host: 's', port: 1 }], sentinelMaster: 'm', password: 'p', sentinelPassword: 'sp' });
    expect(o).toMatchObject({ sentinels: [{ host: 's', port: 1 }], name: 'm', password: 'p', sentinelPassword: 'sp', db: 2 });
    expect(targetOptions({ url: 'redis://x' })).toEqual({});
    expect(targetOptions({ url: 'redis://x', password: 'p' })).toEqual({ password: 'p' });
  });

  it('knows every variable it reads, secrets also as _FILE', () => {
    for (const n of ['REDIS_SENTINELS', 'REDIS_SENTINEL_MASTER', 'REDIS_PASSWORD', 'REDIS_PASSWORD_FILE', 'REDIS_SENTINEL_PASSWORD_FILE', 'PORT', 'SLACK_BOT_TOKEN_FILE']) expect(isKnownEnv(n), n).toBe(true);
    for (const n of ['REDIS_HOST', 'PORT_FILE', 'SLACK_TOKEN']) expect(isKnownEnv(n), n).toBe(false);
  });
});
