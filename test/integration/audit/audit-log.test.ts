import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/audit/audit-log';
import { createScanner } from '../../../src/scan';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

let redis: Redis;
const prefix = testPrefix('audit-log');
beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  await deleteKeys(prefix);
  redis.disconnect();
});

const entry = (i: number, incident: string | null = 'H-1') => ({
  actor: { id: 'U0ALICE', name: 'alice' },
  action: i % 2 ? 'ack' : 'resolve',
  incident,
  before: 'open',
  after: 'acknowledged',
  via: 'button' as const,
  outcome: 'ok' as const,
  note: `n${i}`,
});

describe('AuditLog (Redis stream)', () => {
  it('appends to the main stream and the incident index; queries the latest, oldest first', async () => {
    const p = `${prefix}:a`;
    const log = new AuditLog(redis, p, { maxLength: 1000, maxAgeMs: 86_400_000 });
    for (let i = 0; i < 5; i++) await log.append(entry(i, i < 3 ? 'H-1' : 'H-2'));
    await log.append({ ...entry(9, null), action: 'unmute' });
    expect(await redis.xlen(`${p}:audit`)).toBe(6);
    const h1 = await log.query({ incident: 'H-1' });
    expect(h1.map((e) => e.note)).toEqual(['n0', 'n1', 'n2']);
    expect(h1[0]).toMatchObject({ actor: { id: 'U0ALICE', name: 'alice' }, incident: 'H-1', before: 'open', after: 'acknowledged', via: 'button', outcome: 'ok' });
    expect((await log.query({ limit: 2 })).map((e) => e.note)).toEqual(['n4', 'n9']);
    expect((await log.query({ since: Date.now() + 60_000 }))).toEqual([]);
    expect((await log.query({ since: Date.now() - 60_000 })).length).toBe(6);
    expect(await redis.pttl(`${p}:audit:incident:H-1`)).toBeGreaterThan(86_000_000);
  });

  it('is trimmed by length (MAXLEN ~)', async () => {
    const p = `${prefix}:b`;
    const log = new AuditLog(redis, p, { maxLength: 100, maxAgeMs: 86_400_000 });
    for (let i = 0; i < 450; i++) await log.append(entry(i, null));
    const len = await redis.xlen(`${p}:audit`);
    expect(len).toBeGreaterThanOrEqual(100);
    expect(len).toBeLessThan(300);
    expect((await log.query({ limit: 1 }))[0].note).toBe('n449');
  });

  it('is trimmed by age (MINID ~)', async () => {
    const p = `${prefix}:c`;
    const old = new AuditLog(redis, p, { maxLength: 100_000, maxAgeMs: 86_400_000 });
    for (let i = 0; i < 250; i++) await old.append(entry(i, null));
    await new Promise((r) => setTimeout(r, 50));
    const later = new AuditLog(redis, p, { maxLength: 100_000, maxAgeMs: 20 });
    await later.append({ ...entry(999, null), note: 'latest' });
    const len = await redis.xlen(`${p}:audit`);
    expect(len).toBeLessThan(251);
    expect((await later.query({ limit: 1 }))[0].note).toBe('latest');
  });

  it('redacts free text before storing it', async () => {
    const p = `${prefix}:d`;
    const scanner = createScanner();
    const log = new AuditLog(redis, p, { maxLength: 1000, maxAgeMs: 86_400_000, redact: (t) => scanner.redact(t).text });
    const secret = 'sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc';
    await log.append({ ...entry(1), note: `rotated key ${secret} and mailed jane.doe@example.com` });
    const raw = JSON.stringify(await redis.xrange(`${p}:audit`, '-', '+'));
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain('jane.doe@example.com');
    expect(raw).toContain('REDACTED');
  });
});
