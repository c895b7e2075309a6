import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config';
import { ConfigError } from '../../../src/config/config-error';
import { isDryRun } from '../../../src/config/config';

const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-config-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}
const base = { HERALD_WEBHOOK_SECRET: 'a-long-secret-1' };

function problem(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('loads the shipped config with defaults and dry-run without a Slack token', () => {
    const c = loadConfig({ env: base, file: path.resolve('config/herald.yaml') });
    expect(c.server.port).toBe(3000);
    expect(c.server.bodyLimitBytes).toBe(256 * 1024);
    expect(c.slack.defaultChannel).toBe('#alerts');
    expect(c.slack.apiUrl).toBe('https://slack.com/api/');
    expect(isDryRun(c)).toBe(true);
  });

  it('reads env overrides and *_FILE secrets', () => {
    const tokenFile = file('token', 'xoxb-from-file\n');
    const c = loadConfig({ env: { ...base, PORT: '4100', SLACK_BOT_TOKEN_FILE: tokenFile, SLACK_SIGNING_SECRET: 'sig', SLACK_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'warn' }, file: file('empty.yaml', '') });
    expect(c.server.port).toBe(4100);
    expect(c.slack.botToken).toBe('xoxb-from-file');
    expect(c.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(c.log.level).toBe('warn');
    expect(isDryRun(c)).toBe(false);
  });

  it('requires the webhook secret unless HERALD_INSECURE_NO_AUTH=1', () => {
    const e = problem(() => loadConfig({ env: {}, file: file('e1.yaml', '') }));
    expect(e.key).toBe('HERALD_WEBHOOK_SECRET');
    expect(loadConfig({ env: { HERALD_INSECURE_NO_AUTH: '1' }, file: file('e2.yaml', '') }).webhook.insecureNoAuth).toBe(true);
  });

  it('names the key of a bad value in the file, and never echoes secrets', () => {
    const e1 = problem(() => loadConfig({ env: base, file: file('b1.yaml', 'server:\n  port: "eighty"\n') }));
    expect(e1.message).toContain('server.port');
    const e2 = problem(() => loadConfig({ env: base, file: file('b2.yaml', 'slack:\n  defualt_channel: "#x"\n') }));
    expect(e2.message).toContain('slack.defualt_channel');
    expect(e2.message).toContain('unknown key');
    const e3 = problem(() => loadConfig({ env: base, file: file('b3.yaml', 'queue:\n  backoff: soon\n') }));
    expect(e3.message).toContain('queue.backoff');
    const e4 = problem(() => loadConfig({ env: { ...base, SLACK_BOT_TOKEN: 'xoxb-secret-value-123' }, file: file('b4.yaml', '') }));
    expect(e4.key).toBe('SLACK_SIGNING_SECRET');
    expect(e4.message).not.toContain('xoxb-secret-value-123');
    const e5 = problem(() => loadConfig({ env: { ...base, PORT: '99999' }, file: file('b5.yaml', '') }));
    expect(e5.key).toBe('PORT');
    const e6 = problem(() => loadConfig({ env: { ...base, DD_API_KEY: 'abc' }, file: file('b6.yaml', '') }));
    expect(e6.key).toBe('DD_APP_KEY');
    const e7 = problem(() => loadConfig({ env: { ...base, SLACK_BOT_TOKEN_FILE: '/nonexistent/token' }, file: file('b7.yaml', '') }));
    expect(e7.key).toBe('SLACK_BOT_TOKEN_FILE');
    const e8 = problem(() => loadConfig({ env: base, file: file('b8.yaml', 'server: [unclosed\n') }));
    expect(e8.message).toContain('not valid YAML');
  });

  it('reads the process count from HERALD_PROCESSES or server.processes (a number or auto)', () => {
    const cpus = os.availableParallelism();
    expect(loadConfig({ env: base, file: file('p0.yaml', '') }).server.processes).toBe(1);
    expect(loadConfig({ env: base, file: file('p1.yaml', 'server:\n  processes: 3\n') }).server.processes).toBe(3);
    expect(loadConfig({ env: base, file: file('p2.yaml', 'server:\n  processes: auto\n') }).server.processes).toBe(cpus);
    expect(loadConfig({ env: { ...base, HERALD_PROCESSES: '2' }, file: file('p3.yaml', 'server:\n  processes: 5\n') }).server.processes).toBe(2);
    expect(loadConfig({ env: { ...base, HERALD_PROCESSES: 'auto' }, file: file('p4.yaml', '') }).server.processes).toBe(cpus);
    expect(problem(() => loadConfig({ env: { ...base, HERALD_PROCESSES: '0' }, file: file('p5.yaml', '') })).key).toBe('HERALD_PROCESSES');
    expect(problem(() => loadConfig({ env: { ...base, HERALD_PROCESSES: 'many' }, file: file('p6.yaml', '') })).key).toBe('HERALD_PROCESSES');
    expect(problem(() => loadConfig({ env: base, file: file('p7.yaml', 'server:\n  processes: 0\n') })).message).toContain('server.processes');
  });

  it('fails when HERALD_CONFIG names a missing file', () => {
    const e = problem(() => loadConfig({ env: { ...base, HERALD_CONFIG: '/nonexistent/herald.yaml' } }));
    expect(e.key).toBe('HERALD_CONFIG');
  });

  it('HERALD_ADMIN_TOKEN needs 16+ characters from any source (env, _FILE, config file)', () => {
    const cfg = path.resolve('config/herald.yaml');
    expect(problem(() => loadConfig({ env: { ...base, HERALD_ADMIN_TOKEN: 'short' }, file: cfg })).key).toBe('HERALD_ADMIN_TOKEN');
    expect(problem(() => loadConfig({ env: { ...base, HERALD_ADMIN_TOKEN_FILE: file('admin', 'tiny\n') }, file: cfg })).key).toBe('HERALD_ADMIN_TOKEN');
    expect(problem(() => loadConfig({ env: base, file: file('adm.yaml', 'server:\n  admin_token: tiny\n') })).key).toBe('server.admin_token');
    expect(loadConfig({ env: { ...base, HERALD_ADMIN_TOKEN: 'x'.repeat(16) }, file: cfg }).server.adminToken).toBe('x'.repeat(16));
  });

  it('HERALD_METRICS_TOKEN is optional (off by default) and 16+ characters when set', () => {
    const cfg = path.resolve('config/herald.yaml');
    expect(loadConfig({ env: base, file: cfg }).server.metricsToken).toBeUndefined();
    expect(problem(() => loadConfig({ env: { ...base, HERALD_METRICS_TOKEN: 'short' }, file: cfg })).key).toBe('HERALD_METRICS_TOKEN');
    expect(loadConfig({ env: { ...base, HERALD_METRICS_TOKEN_FILE: file('mt', 'm'.repeat(20)) }, file: cfg }).server.metricsToken).toBe('m'.repeat(20));
  });
});

describe('paging config', () => {
  it('is off without keys, with the public API URLs and a 5 s timeout', () => {
    const c = loadConfig({ env: base, file: path.resolve('config/herald.yaml') });
    expect(c.paging).toEqual({
      timeoutMs: 5000,
      keyPrefix: '',
      pagerduty: { routingKey: undefined, apiUrl: 'https://events.pagerduty.com' },
      opsgenie: { apiKey: undefined, apiUrl: 'https://api.opsgenie.com' },
    });
  });

  it('reads keys from the environment or NAME_FILE, URLs from the environment over the file', () => {
    const keyFile = file('og-key', 'eb243592-faa2-4ba2-a551-1afdf565c889\n');
    const cfg = file('paging.yaml', 'paging:\n  timeout: 2s\n  key_prefix: prod-\n  opsgenie:\n    api_url: https://api.eu.opsgenie.com/\n');
    const c = loadConfig({ env: { ...base, PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEYabcdef0123456789abcdef', OPSGENIE_API_KEY_FILE: keyFile, PAGERDUTY_API_URL: 'http://127.0.0.1:9' }, file: cfg });
    expect(c.paging).toEqual({
      timeoutMs: 2000,
      keyPrefix: 'prod-',
      pagerduty: { routingKey: 'R0UT1NGKEYabcdef0123456789abcdef', apiUrl: 'http://127.0.0.1:9' },
      opsgenie: { apiKey: 'eb243592-faa2-4ba2-a551-1afdf565c889', apiUrl: 'https://api.eu.opsgenie.com' },
    });
  });

  it('a bad value stops startup naming the key, never echoing the secret', () => {
    const e = problem(() => loadConfig({ env: { ...base, PAGERDUTY_ROUTING_KEY: 'has spaces in it!!' }, file: file('empty.yaml', '') }));
    expect(e.key).toBe('PAGERDUTY_ROUTING_KEY');
    expect(e.message).not.toContain('has spaces');
    expect(problem(() => loadConfig({ env: { ...base, OPSGENIE_API_URL: 'ftp://x' }, file: file('empty.yaml', '') })).key).toBe('OPSGENIE_API_URL');
    expect(problem(() => loadConfig({ env: base, file: file('t.yaml', 'paging:\n  timeout: 5m\n') })).key).toBe('paging.timeout');
    expect(problem(() => loadConfig({ env: base, file: file('u.yaml', 'paging:\n  pagerdutty: {}\n') })).key).toBe('paging.pagerdutty');
    expect(problem(() => loadConfig({ env: { ...base, OPSGENIE_API_KEY: 'x', OPSGENIE_API_KEY_FILE: '/nope' }, file: file('empty.yaml', '') })).key).toBe('OPSGENIE_API_KEY');
  });
});
