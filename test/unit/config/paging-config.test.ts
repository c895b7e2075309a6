import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config';
import { ConfigError } from '../../../src/config/config-error';

const dir = mkdtempSync(path.join(os.tmpdir(), 'herald-paging-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}
const base = { HERALD_WEBHOOK_SECRET: 'a-long-secret-1' };
const empty = () => file('empty.yaml', '');

function problem(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('paging config', () => {
  it('is off without keys, with the public API URLs and a 5 s timeout', () => {
    const c = loadConfig({ env: base, file: path.resolve('config/herald.yaml') });
    expect(c.paging).toEqual({
      timeoutMs: 5000,
      pagerduty: { routingKey: undefined, apiUrl: 'https://events.pagerduty.com' },
      opsgenie: { apiKey: undefined, apiUrl: 'https://api.opsgenie.com' },
    });
  });

  it('reads keys from the environment or NAME_FILE, URLs from the environment over the file', () => {
    const keyFile = file('og-key', 'eb243592-faa2-4ba2-a551-1afdf565c889\n');
    const cfg = file('paging.yaml', 'paging:\n  timeout: 2s\n  opsgenie:\n    api_url: https://api.eu.opsgenie.com/\n');
    const c = loadConfig({ env: { ...base, PAGERDUTY_ROUTING_KEY: 'R0UT1NGKEYabcdef0123456789abcdef', OPSGENIE_API_KEY_FILE: keyFile, PAGERDUTY_API_URL: 'http://127.0.0.1:9' }, file: cfg });
    expect(c.paging).toEqual({
      timeoutMs: 2000,
      pagerduty: { routingKey: 'R0UT1NGKEYabcdef0123456789abcdef', apiUrl: 'http://127.0.0.1:9' },
      opsgenie: { apiKey: 'eb243592-faa2-4ba2-a551-1afdf565c889', apiUrl: 'https://api.eu.opsgenie.com' },
    });
  });

  it('a bad value stops startup naming the key, never echoing the secret', () => {
    const e = problem(() => loadConfig({ env: { ...base, PAGERDUTY_ROUTING_KEY: 'has spaces in it!!' }, file: empty() }));
    expect(e.key).toBe('PAGERDUTY_ROUTING_KEY');
    expect(e.message).not.toContain('has spaces');
    expect(problem(() => loadConfig({ env: { ...base, OPSGENIE_API_URL: 'ftp://x' }, file: empty() })).key).toBe('OPSGENIE_API_URL');
    expect(problem(() => loadConfig({ env: base, file: file('t.yaml', 'paging:\n  timeout: 5m\n') })).key).toBe('paging.timeout');
    expect(problem(() => loadConfig({ env: base, file: file('u.yaml', 'paging:\n  pagerdutty: {}\n') })).key).toBe('paging.pagerdutty');
    expect(problem(() => loadConfig({ env: { ...base, OPSGENIE_API_KEY: 'x', OPSGENIE_API_KEY_FILE: '/nope' }, file: empty() })).key).toBe('OPSGENIE_API_KEY');
  });
});
