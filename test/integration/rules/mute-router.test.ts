import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMuteRouter, MuteStore, type MuteAuditEvent } from '../../../src/rules';
import { freshSecrets } from '../../helpers/secrets';

const prefix = `test:rules:${randomBytes(4).toString('hex')}:`;
const TOKEN = 'test-admin-token-1234567890';
let redis: Redis;
const audit: MuteAuditEvent[] = [];
const servers: Server[] = [];

async function start(adminToken: string | undefined): Promise<string> {
  const app = express();
  app.use(createMuteRouter({ store: new MuteStore(redis, prefix, () => Date.now()), adminToken, audit: (e) => void audit.push(e) }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface ApiBody {
  error: { code: string; message: string };
  mute: { id: string; reason: string; created_by: string; claimed_by: string | null; ends_at: string; created_at: string; deleted_by: string | null; muted_count: number };
  mutes: { id: string }[];
}
/** The response body, typed as the API documents it. */
const read = (r: Response): Promise<ApiBody> => r.json() as Promise<ApiBody>;

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
let base: string;

beforeAll(async () => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  base = await start(TOKEN);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('mute admin API over HTTP', () => {
  it('answers 401 without or with a wrong token', async () => {
    const none = await fetch(`${base}/api/mutes`);
    expect(none.status).toBe(401);
    expect((await read(none)).error.code).toBe('unauthorized');
    const wrong = await fetch(`${base}/api/mutes`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('is disabled without an admin token', async () => {
    const off = await start(undefined);
    const res = await fetch(`${off}/api/mutes`, { headers: auth });
    expect(res.status).toBe(404);
    expect((await read(res)).error.message).toBe('admin API disabled: set server.admin_token');
  });

  it('400 on bad matchers, naming the field', async () => {
    const res = await fetch(`${base}/api/mutes`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ matchers: { servce: 'x' }, duration: '2h', reason: 'r', created_by: 'alice' }),
    });
    expect(res.status).toBe(400);
    const body = await read(res);
    expect(body.error.code).toBe('rules_invalid');
    expect(body.error.message).toMatch(/^matchers\.servce: unknown field 'servce'/);
  });

  it('400 on a bad duration, bad JSON, or a missing reason', async () => {
    const post = (body: string) => fetch(`${base}/api/mutes`, { method: 'POST', headers: auth, body });
    const d = await post(JSON.stringify({ matchers: { service: 'x' }, duration: '2 hours', reason: 'r' }));
    expect(d.status).toBe(400);
    expect((await read(d)).error.message).toMatch(/^duration: invalid duration/);
    const j = await post('{not json');
    expect(j.status).toBe(400);
    expect((await read(j)).error).toEqual({ code: 'invalid_payload', message: 'body is not valid JSON' });
    const r = await post(JSON.stringify({ matchers: { service: 'x' }, duration: 60000 }));
    expect(r.status).toBe(400);
    expect((await read(r)).error.message).toMatch(/reason is required/);
  });

  it('create, list, get, delete', async () => {
    const created = await fetch(`${base}/api/mutes`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ matchers: { service: 'stripe-sync', 'tags.integration': 'stripe' }, duration: '2h', reason: 'Stripe outage', created_by: 'alice' }),
    });
    expect(created.status).toBe(201);
    const { mute } = await read(created);
    // The actor is the admin token's holder; what the caller says is only a claim.
    expect(mute).toMatchObject({ id: expect.stringMatching(/^m-[a-z0-9]{8}$/), reason: 'Stripe outage', created_by: 'admin-api', claimed_by: 'alice', muted_count: 0 });
    expect(Date.parse(mute.ends_at) - Date.parse(mute.created_at)).toBe(7_200_000);

    const list = await read(await fetch(`${base}/api/mutes`, { headers: auth }));
    expect(list.mutes.map((m: { id: string }) => m.id)).toContain(mute.id);
    const one = await fetch(`${base}/api/mutes/${mute.id}`, { headers: auth });
    expect((await read(one)).mute.id).toBe(mute.id);

    const del = await fetch(`${base}/api/mutes/${mute.id}?by=bob`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(200);
    expect((await read(del)).mute.deleted_by).toBe('admin-api');
    const after = await read(await fetch(`${base}/api/mutes`, { headers: auth }));
    expect(after.mutes.map((m: { id: string }) => m.id)).not.toContain(mute.id);
    const expired = await read(await fetch(`${base}/api/mutes?include_expired=1`, { headers: auth }));
    expect(expired.mutes.map((m: { id: string }) => m.id)).toContain(mute.id);

    expect((await fetch(`${base}/api/mutes/${mute.id}x`, { method: 'DELETE', headers: auth })).status).toBe(404);
    expect(audit.filter((e) => e.muteId === mute.id).map((e) => [e.action, e.actor])).toEqual([
      ['mute.create', 'admin-api'],
      ['mute.delete', 'admin-api'],
    ]);
    expect(audit.filter((e) => e.muteId === mute.id).map((e) => e.note)).toEqual([expect.stringContaining('(created_by claimed: alice)'), 'deleted_by claimed: bob']);
  });

  it('stores and shows what people type redacted: reason, created_by, deleted_by', async () => {
    const s = freshSecrets();
    const created = await fetch(`${base}/api/mutes`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ matchers: { service: 'billing' }, duration: '1h', reason: `rotating ${s.github!.value} and ${encodeURIComponent(s.password!.text)}`, created_by: s.email!.value }),
    });
    expect(created.status).toBe(201);
    const { mute } = await read(created);
    expect(mute.reason).toMatch(/^rotating \[REDACTED:github-pat\] and password%3D\[REDACTED:[a-z-]+\]$/);
    expect(mute.claimed_by).toBe('[REDACTED:email]');
    const del = await fetch(`${base}/api/mutes/${mute.id}`, { method: 'DELETE', headers: { ...auth, 'x-herald-actor': s.stripe!.value } });
    expect(del.status).toBe(200);
    const shown = JSON.stringify(await read(await fetch(`${base}/api/mutes?include_expired=1`, { headers: auth })));
    const stored = JSON.stringify(await Promise.all((await redis.keys(`${prefix}*`)).map(async (k) => (await redis.type(k)) === 'string' ? redis.get(k) : k)));
    for (const x of [s.github!, s.password!, s.email!, s.stripe!]) {
      expect(shown).not.toContain(x.value);
      expect(stored).not.toContain(x.value);
      expect(JSON.stringify(audit)).not.toContain(x.value);
    }
    expect(shown).toContain('[REDACTED:email]');
  });

  it('refuses a matcher holding a secret with a 400 naming the field (it could never match)', async () => {
    const s = freshSecrets();
    const res = await fetch(`${base}/api/mutes`, { method: 'POST', headers: auth, body: JSON.stringify({ matchers: { env: 'prod', 'tags.owner': s.email!.value }, duration: '1h', reason: 'x' }) });
    expect(res.status).toBe(400);
    const body = await read(res);
    expect(body.error.message).toMatch(/^matchers\.tags\.owner: holds a secret or personal datum \(email\)/);
    expect(JSON.stringify(body)).not.toContain(s.email!.value);
  });

  it('refuses regexes the linear-time engine cannot run, naming the field', async () => {
    for (const regex of ['(a)\\1', 'x(?=y)']) {
      const res = await fetch(`${base}/api/mutes`, { method: 'POST', headers: auth, body: JSON.stringify({ matchers: { text: { regex } }, duration: '1h', reason: 'x' }) });
      expect(res.status).toBe(400);
      expect((await read(res)).error.message).toMatch(/^matchers\.text\.regex: unsupported regex/);
    }
    const ok = await fetch(`${base}/api/mutes`, { method: 'POST', headers: auth, body: JSON.stringify({ matchers: { text: { regex: '\\w+\\d+!' } }, duration: '1h', reason: 'x' }) });
    expect(ok.status).toBe(201);
  });
});

