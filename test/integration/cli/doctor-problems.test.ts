import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { describe, expect, it } from 'vitest';
import { datadogApiBase } from '../../../src/cli/doctor/datadog-checks';
import { safeRedisUrl, tooOld } from '../../../src/cli/doctor/redis-checks';
import { ruleTargets } from '../../../src/cli/doctor/rule-targets';
import { freePort, ROOT, tempDir, writeTempConfig } from '../../helpers/child-herald';
import { doctor, problems, useWorld } from './doctor-harness';

const world = useWorld();

describe('herald doctor names Datadog problems', () => {
  it('a bad API key: not valid for the site, with how to tell the site', async () => {
    const r = await doctor(world().env({ DD_API_KEY: 'ddapikey0wrong00000000000000000zz' }));
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual([`error DD_API_KEY is not valid for ${world().datadog.url} (DD_API_URL)`]);
    expect(r.out).toContain('app.datadoghq.eu → datadoghq.eu');
    expect(r.out).not.toContain('ddapikey0wrong');
  });

  it('a bad application key: enrichment gets nothing', async () => {
    const r = await doctor(world().env({ DD_APP_KEY: 'ddappkey0wrong0000000000000000000000000zz' }));
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual([`error DD_APP_KEY is refused by ${world().datadog.url} (DD_API_URL): enrichment gets nothing`]);
  });

  it('a key without one permission: a warning naming it', async () => {
    const remove = world().datadog.script((c) => (c.path === '/api/v2/logs/events/search' ? { status: 403, body: { errors: ['Forbidden'] } } : undefined));
    try {
      const r = await doctor(world().env());
      expect(r.code).toBe(0);
      expect(problems(r)).toEqual(['warn logs search (recent error logs): the application key lacks the logs_read_data permission']);
    } finally {
      remove();
    }
  });

  it('an API that does not answer', async () => {
    const r = await doctor(world().env({ DD_API_URL: `http://127.0.0.1:${await freePort()}` }));
    expect(r.code).toBe(1);
    expect(problems(r)[0]).toMatch(/^error cannot reach the Datadog API at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/);
  });

  it('the API base follows the site', () => {
    expect(datadogApiBase('datadoghq.eu')).toBe('https://api.datadoghq.eu');
    expect(datadogApiBase('us5.datadoghq.com')).toBe('https://api.us5.datadoghq.com');
    expect(datadogApiBase('datadoghq.com', 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
  });
});

describe('herald doctor names Redis problems', () => {
  const admin = () => new Redis(world().redis.url, { maxRetriesPerRequest: 1 });

  it('a memory policy that evicts keys, and persistence off: warnings with the fix', async () => {
    const r = admin();
    try {
      await r.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await r.config('SET', 'appendonly', 'no');
      const res = await doctor(world().env());
      expect(res.code).toBe(0);
      expect(problems(res)).toEqual([
        'warn persistence off: a Redis restart loses queued alerts, incidents, mutes and the audit trail',
        "warn maxmemory-policy allkeys-lru: under memory pressure Redis evicts keys, and Herald loses queued alerts, incidents or its memory of delivered $IDs",
      ]);
      expect(res.out).toContain('CONFIG SET maxmemory-policy noeviction');
      await r.config('SET', 'maxmemory-policy', 'volatile-ttl');
      expect(problems(await doctor(world().env())).some((p) => p.startsWith('warn maxmemory-policy volatile-ttl'))).toBe(true);
    } finally {
      await r.config('SET', 'maxmemory-policy', 'noeviction');
      await r.config('SET', 'appendonly', 'yes');
      r.disconnect();
    }
  });

  it('a Redis that does not answer: an error, the password not shown', async () => {
    const port = await freePort();
    const r = await doctor(world().env({ REDIS_URL: `redis://:hunter2-redis-pw@127.0.0.1:${port}` }));
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual([`error cannot reach Redis at redis://:***@127.0.0.1:${port} (ECONNREFUSED)`]);
    expect(r.out).not.toContain('hunter2-redis-pw');
  });

  it('versions older than 6.2 are refused; URLs are printed without passwords', () => {
    expect(['5.0.7', '6.0.16', '6.1.0'].map(tooOld)).toEqual([true, true, true]);
    expect(['6.2.0', '7.0.15', '7.4.1', '8.0.0'].map(tooOld)).toEqual([false, false, false, false]);
    expect(safeRedisUrl('rediss://user:pw@redis.internal:6380/2')).toBe('rediss://user:***@redis.internal:6380/2');
  });
});

describe('herald doctor names config problems', () => {
  it('an unknown key in herald.yaml: the key, and nothing else is checked', async () => {
    const file = path.join(tempDir('doctor-cfg'), 'herald.yaml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'config/herald.yaml'), 'utf8').replace('  body_limit: 256kb', '  body_limt: 256kb'));
    const r = await doctor(world().env({ HERALD_CONFIG: file }));
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual(['error invalid configuration: server.body_limt: unknown key (allowed keys are listed in config/herald.yaml)']);
    expect(r.checks.filter((c) => c.status === 'skip').map((c) => c.area)).toEqual(['redis', 'slack', 'datadog']);
  });

  it('a rules file with problems: file, line and column', async () => {
    const r = await doctor(world().env({ HERALD_CONFIG: world().configWithRules('routes:\n  - match: { servce: billing }\n    channel: "#alerts"\n') }));
    expect(r.code).toBe(1);
    const [p] = problems(r);
    expect(p).toMatch(/^error rules: .*rules\.yaml:2:14 routes\[0\]\.match\.servce: unknown field 'servce' \(did you mean 'service'\?\)/);
    expect(r.out).toContain('npx herald rules check');
  });

  it('no webhook secret, the quickstart secret, an access file that is missing', async () => {
    const none = await doctor(world().env({ HERALD_WEBHOOK_SECRET: undefined }));
    expect(none.code).toBe(1);
    expect(problems(none)[0]).toContain('HERALD_WEBHOOK_SECRET: required');
    expect(none.out).toContain('export HERALD_WEBHOOK_SECRET=');
    const config = writeTempConfig({ access: { file: path.join(tempDir('doctor-access'), 'missing.yaml') } });
    const quick = await doctor(world().env({ HERALD_WEBHOOK_SECRET: 'dev-secret-change-me', HERALD_CONFIG: config }));
    expect(quick.code).toBe(0);
    expect(problems(quick)).toEqual([
      "warn webhook secret is the quickstart's development secret: anyone who read the README can post alerts",
      expect.stringMatching(/^warn access: .*missing\.yaml not found: every workspace member may acknowledge/),
    ]);
  });

  it('collects the channels, handles and group ids a rules file names', () => {
    const t = ruleTargets('defaults:\n  channel: "#a"\n  mention: ["@here"]\nroutes:\n  - channel: ["#b", C0123ABCD]\n    escalation_channel: "#c"\n    routes:\n      - mention: ["@ops", "<!subteam^S0AB12CD>", "<@U0123ABCD>"]\n');
    expect([...t.channels]).toEqual([['#a', 'defaults.channel'], ['#b', 'routes[0].channel'], ['C0123ABCD', 'routes[0].channel'], ['#c', 'routes[0].escalation_channel']]);
    expect([...t.handles]).toEqual([['@ops', 'routes[0].routes[0].mention']]);
    expect([...t.groupIds]).toEqual([['S0AB12CD', 'routes[0].routes[0].mention']]);
  });
});
