import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config/load-config';
import { freePort } from '../helpers/child-herald';
import { ROOT } from '../helpers/start-herald';

describe('startup', () => {
  it('fails fast with one line naming REDIS_URL when Redis is not reachable', async () => {
    const port = await freePort();
    const config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', REDIS_URL: `redis://127.0.0.1:${port}` }, file: path.join(ROOT, 'config/herald.yaml') });
    const logs: string[] = [];
    const started = Date.now();
    await expect(buildApp({ config, logSink: (l) => logs.push(l) })).rejects.toThrow(/REDIS_URL: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ .*redis-server/);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(logs.filter((l) => l.includes('redis connection problem'))).toEqual([]);
  });

  it('stops on a bad rules file with the file and position in the message', async () => {
    const config = loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1', HERALD_REDIS_PREFIX: `test:startup:${process.pid}` }, file: path.join(ROOT, 'config/herald.yaml') });
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join((await import('node:os')).tmpdir(), 'herald-rules-'));
    config.rules.file = path.join(dir, 'rules.yaml');
    writeFileSync(config.rules.file, 'routes:\n  - match: { servce: x }\n');
    await expect(buildApp({ config, logSink: () => undefined })).rejects.toThrow(/rules\.yaml:2:\d+ .*servce/);
  });
});
