import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/audit/audit-log';
import { runAuditCommand } from '../../../src/cli/audit-command';
import { startHerald, type TestHerald } from '../../helpers/start-herald';

const TOKEN = 'audit-admin-token-0123456789';
let h: TestHerald;
let noToken: TestHerald;
beforeAll(async () => {
  h = await startHerald({ name: 'audit-api', env: { HERALD_ADMIN_TOKEN: TOKEN } });
  noToken = await startHerald({ name: 'audit-api-off' });
  const log = new AuditLog(h.app.redis, h.prefix, { maxLength: 1000, maxAgeMs: 86_400_000 });
  await log.append({ actor: { id: 'U0ALICE', name: 'alice' }, action: 'ack', incident: 'H-1', before: 'open', after: 'acknowledged', via: 'button', outcome: 'ok', note: '' });
  await log.append({ actor: { id: 'U0BOB', name: 'bob' }, action: 'resolve', incident: 'H-2', before: 'open', after: 'resolved', via: 'command', outcome: 'ok', note: 'done' });
});
afterAll(async () => {
  await h?.stop();
  await noToken?.stop();
});

const get = (base: string, q: string, auth?: string) => fetch(`${base}/api/audit${q}`, { headers: auth ? { authorization: auth } : {} });

describe('GET /api/audit', () => {
  it('needs the admin token (constant-time compare): 401 without or with a wrong one', async () => {
    expect((await get(h.url, '')).status).toBe(401);
    expect((await get(h.url, '', `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await get(h.url, '', TOKEN)).status).toBe(401);
  });

  it('answers 404 with a clear message when no admin token is configured', async () => {
    const r = await get(noToken.url, '', `Bearer ${TOKEN}`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as any).error.message).toContain('HERALD_ADMIN_TOKEN');
  });

  it('filters by incident, since and limit', async () => {
    const all = (await (await get(h.url, '', `Bearer ${TOKEN}`)).json()) as any;
    expect(all.entries.map((e: any) => e.action)).toEqual(['ack', 'resolve']);
    const one = (await (await get(h.url, '?incident=h-2', `Bearer ${TOKEN}`)).json()) as any;
    expect(one.entries).toEqual([expect.objectContaining({ action: 'resolve', incident: 'H-2', actor: { id: 'U0BOB', name: 'bob' }, via: 'command', note: 'done' })]);
    expect(((await (await get(h.url, '?limit=1', `Bearer ${TOKEN}`)).json()) as any).entries).toHaveLength(1);
    expect(((await (await get(h.url, '?since=1h', `Bearer ${TOKEN}`)).json()) as any).entries).toHaveLength(2);
  });

  it('bad parameters get 400 naming the field', async () => {
    for (const [q, field] of [['?since=yesterday', 'since'], ['?limit=0', 'limit'], ['?incident=42', 'incident']]) {
      const r = await get(h.url, q, `Bearer ${TOKEN}`);
      expect(r.status).toBe(400);
      expect(((await r.json()) as any).error.field).toBe(field);
    }
  });
});

describe('herald audit (CLI)', () => {
  it('prints JSON lines, filtered by incident and since', async () => {
    const saved = process.env.HERALD_REDIS_PREFIX;
    process.env.HERALD_REDIS_PREFIX = h.prefix;
    try {
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
      expect(await runAuditCommand(['--since', '24h'], io)).toBe(0);
      const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.action)).toEqual(['ack', 'resolve']);
      expect(lines[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      out.length = 0;
      expect(await runAuditCommand(['--incident', 'H-1'], io)).toBe(0);
      expect(out.join('').trim().split('\n').map((l) => JSON.parse(l).incident)).toEqual(['H-1']);
      expect(await runAuditCommand(['--since', 'whenever'], io)).toBe(2);
      expect(err.join('')).toContain('invalid time');
      expect(await runAuditCommand(['--bogus'], io)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.HERALD_REDIS_PREFIX;
      else process.env.HERALD_REDIS_PREFIX = saved;
    }
  });
});
