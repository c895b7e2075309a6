import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSecrets } from '../../helpers/secrets';
import { eventually, ROOT } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { ADMIN_TOKEN, startTriage, USERS, type Triage } from '../triage/triage-harness';
import { adminApi } from './api';
import { alertBody } from './payload';

// Issue 14 item 6: muted, suppressed and inhibited alerts are listed — `/herald muted
// [service]`, `GET /api/alerts?outcome=…` (cursor pages) and `herald alerts --outcome …` —
// redacted, and escaped where Slack shows them.
let t: Triage;
const s = freshSecrets();
const run = promisify(execFile);

beforeAll(async () => {
  // The shipped rules plus one route that suppresses a service.
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-listing-'));
  const rules = readFileSync(path.join(ROOT, 'config/rules.yaml'), 'utf8').replace(/^routes:\n/m, 'routes:\n  - name: quiet\n    match: { service: quiet-svc }\n    suppress: true\n\n');
  writeFileSync(path.join(dir, 'rules.yaml'), rules);
  t = await startTriage('listing', { env: { HERALD_RULES_FILE: path.join(dir, 'rules.yaml') } });
  const api = (method: string, p: string, body?: unknown) => adminApi(t.h.url, method, p, body, ADMIN_TOKEN);
  expect((await api('POST', '/api/mutes', { matchers: { service: 'loud-svc' }, duration: '1h', reason: 'noisy' })).status).toBe(201);
  // Three muted alerts, one with a secret and Slack markup in its title.
  for (let i = 1; i <= 3; i++) {
    const b = alertBody({ id: `74000000000000000${i}0`, monitor: `7400000${i}`, service: 'loud-svc' });
    if (i === 3) b.title = `[P3] [Triggered] <!channel> leaked ${s.stripe!.value}`;
    expect((await t.h.webhook(b)).status).toBe(202);
  }
  // One suppressed by the rules.
  expect((await t.h.webhook(alertBody({ id: '7400000000000000040', monitor: '74000004', service: 'quiet-svc' }))).status).toBe(202);
  // A critical incident for inh-svc, then a warning of the same service: inhibited.
  expect((await t.h.webhook(alertBody({ id: '7400000000000000050', monitor: '74000005', service: 'inh-svc', priority: 'P1' }))).status).toBe(202);
  await eventually(async () => (await t.h.app.incidents.list()).some((i) => i.service === 'inh-svc' && i.message.kind === 'posted'), 10_000, 'critical incident posted');
  expect((await t.h.webhook(alertBody({ id: '7400000000000000060', monitor: '74000006', service: 'inh-svc', transition: 'Warn' }))).status).toBe(202);
  await idle(t.h.app);
});
afterAll(async () => {
  await t?.stop();
});

const api = (p: string, token = ADMIN_TOKEN) => adminApi(t.h.url, 'GET', p, undefined, token);

describe('listing alerts that were not posted', () => {
  it('GET /api/alerts lists muted, suppressed and inhibited alerts, redacted, with cursor pages', async () => {
    const all = await api('/api/alerts');
    expect(all.status).toBe(200);
    expect(all.json.alerts.map((a: any) => a.outcome).sort()).toEqual(['inhibited', 'muted', 'muted', 'muted', 'suppressed']);
    expect(JSON.stringify(all.json)).not.toContain(s.stripe!.value);
    expect(JSON.stringify(all.json)).toContain('[REDACTED:');

    const inhibited = await api('/api/alerts?outcome=inhibited');
    expect(inhibited.json.alerts).toHaveLength(1);
    expect(inhibited.json.alerts[0]).toMatchObject({ alert_id: '7400000000000000060', service: 'inh-svc', outcome: 'inhibited' });
    expect((await api('/api/alerts?outcome=suppressed')).json.alerts.map((a: any) => a.service)).toEqual(['quiet-svc']);

    // Pages of two muted alerts: 2 + 1, then no cursor.
    const p1 = await api('/api/alerts?outcome=muted&limit=2');
    expect(p1.json.alerts).toHaveLength(2);
    expect(p1.json.next_cursor).toEqual(expect.any(String));
    const p2 = await api(`/api/alerts?outcome=muted&limit=2&cursor=${p1.json.next_cursor}`);
    expect(p2.json.alerts).toHaveLength(1);
    expect(p2.json.next_cursor).toBeNull();
    const ids = [...p1.json.alerts, ...p2.json.alerts].map((a: any) => a.alert_id);
    expect(ids).toEqual(['7400000000000000030', '7400000000000000020', '7400000000000000010']);
  });

  it('GET /api/alerts needs the admin token and refuses bad parameters', async () => {
    expect((await api('/api/alerts', 'wrong-token-0123456789')).status).toBe(401);
    expect((await api('/api/alerts?outcome=posted')).status).toBe(400);
    expect((await api('/api/alerts?cursor=nope')).status).toBe(400);
  });

  it('/herald muted [service] lists muted alerts, escaped and redacted', async () => {
    const r = await t.slack.command('muted loud-svc', USERS.viewer, t.fake.responseUrl('muted-1'));
    expect(r.status).toBe(200);
    const text = String(r.json.text);
    expect(text).toContain('Muted alerts for service loud-svc');
    expect(text.match(/— muted by `m-[a-z0-9]{8}`/g)).toHaveLength(3);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain(s.stripe!.value);
    const none = await t.slack.command('muted quiet-svc', USERS.viewer, t.fake.responseUrl('muted-2'));
    expect(String(none.json.text)).toContain('No muted alerts for service quiet-svc');
  });

  it('herald alerts --outcome … prints the journal as JSON lines', async () => {
    const cli = path.join(ROOT, 'dist/src/cli/herald.js');
    const env = { ...process.env, HERALD_REDIS_PREFIX: t.h.prefix, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const { stdout } = await run(process.execPath, [cli, 'alerts', '--outcome', 'muted,inhibited'], { env, cwd: ROOT });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.outcome).sort()).toEqual(['inhibited', 'muted', 'muted', 'muted']);
    expect(stdout).not.toContain(s.stripe!.value);
    const paged = await run(process.execPath, [cli, 'alerts', '--outcome', 'muted', '--service', 'loud-svc', '--limit', '1'], { env, cwd: ROOT });
    const [first, cursor] = paged.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.alert_id).toBe('7400000000000000030');
    expect(cursor.next_cursor).toEqual(expect.any(String));
    await expect(run(process.execPath, [cli, 'alerts', '--outcome', 'posted'], { env, cwd: ROOT })).rejects.toMatchObject({ code: 2 });
  });
});
