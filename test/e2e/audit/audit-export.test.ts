import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEntry } from '../../../src/audit/audit-entry';
import { runCli } from '../../helpers/child-herald';
import { startHerald, type TestHerald } from '../../helpers/start-herald';

const TOKEN = 'audit-export-token-0123456789';
const N = 12_345; // more than the old caps (1,000 by default, 10,000 at most)
const DAY = 86_400_000;

let h: TestHerald;
beforeAll(async () => {
  h = await startHerald({ name: 'audit-export', env: { HERALD_ADMIN_TOKEN: TOKEN } });
  const key = `${h.prefix}:audit`;
  const now = Date.now();
  // One entry 40 days old (outside a 30d window), then N entries now, in one pipeline.
  const old = encodeEntry({ at: now - 40 * DAY, actor: { id: 'U0OLD', name: 'old' }, action: 'ack', incident: 'H-0', before: 'open', after: 'acknowledged', via: 'button', outcome: 'ok', note: 'too old' });
  const p = h.app.redis.pipeline().xadd(key, `${now - 40 * DAY}-0`, ...old);
  for (let i = 0; i < N; i++) {
    p.xadd(key, '*', ...encodeEntry({ at: now, actor: { id: 'U0ALICE', name: 'alice' }, action: 'ack', incident: `H-${(i + 1).toString(36)}`, before: 'open', after: 'acknowledged', via: 'command', outcome: 'ok', note: `n${i}` }));
  }
  await p.exec();
}, 60_000);
afterAll(() => h?.stop());

describe('the audit export returns every entry in the window', () => {
  it('GET /api/audit pages with a cursor through all of them, oldest first, none twice', async () => {
    const notes: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q = `since=30d&limit=5000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await fetch(`${h.url}/api/audit?${q}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { entries: { note: string }[]; next_cursor: string | null };
      notes.push(...body.entries.map((e) => e.note));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(notes).toHaveLength(N);
    expect(notes[0]).toBe('n0');
    expect(notes[N - 1]).toBe(`n${N - 1}`);
    expect(new Set(notes).size).toBe(N);
  });

  it('without a limit, the first page says there is more', async () => {
    const res = await fetch(`${h.url}/api/audit`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const body = (await res.json()) as { entries: { note: string }[]; next_cursor: string | null };
    expect(body.entries[0].note).toBe('too old');
    expect(body.next_cursor).toEqual(expect.stringMatching(/^\d+-\d+$/));
    const bad = await fetch(`${h.url}/api/audit?cursor=abc`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.status).toBe(400);
  });

  it('`herald audit --since 30d` prints every entry in the window', async () => {
    const r = await runCli(['audit', '--since', '30d'], { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', HERALD_REDIS_PREFIX: h.prefix });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(N);
    expect(JSON.parse(lines[0]).note).toBe('n0');
    expect(JSON.parse(lines[N - 1]).note).toBe(`n${N - 1}`);
    const limited = await runCli(['audit', '--since', '30d', '--limit', '10'], { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', HERALD_REDIS_PREFIX: h.prefix });
    expect(limited.stdout.trim().split('\n')).toHaveLength(10);
  }, 30_000);
});
