/**
 * The alert journal appends the entries recorded in one event-loop turn together (one
 * script): every entry lands, in the order recorded, each caller resolves once its entry is
 * stored, and a failed append rejects its callers.
 */
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/alert/alert';
import { AlertJournal } from '../../../src/incident/alert-journal';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident } from '../storm/make-incident';

let redis: Redis;
let prefix: string;
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
beforeEach(() => {
  redis = new Redis(url);
  prefix = testPrefix('journal');
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

const alert = (k: number): Alert => ({ ...newIncident(k).alert, id: `a-${k}` });

describe('journal appends in batches', () => {
  it('stores every entry recorded at once, in order, before its caller resolves', async () => {
    const journal = new AlertJournal(redis, prefix);
    await Promise.all(Array.from({ length: 600 }, (_, k) => journal.record('digested', alert(k), `dg-${k % 3}`, 1000 + k)));
    expect(await redis.xlen(`${prefix}:journal`)).toBe(600);
    const page = await journal.page({ limit: 1000 });
    expect(page.entries.map((e) => e.alertId)).toEqual(Array.from({ length: 600 }, (_, k) => `a-${599 - k}`));
    expect(page.entries[0]).toMatchObject({ kind: 'digested', detail: 'dg-2', at: 1599 });
    await journal.record('muted', alert(600), 'm-1');
    expect((await journal.list({ kind: 'muted' })).map((e) => e.alertId)).toEqual(['a-600']);
  });

  it('rejects the callers of an append that fails', async () => {
    await redis.set(`${prefix}:journal`, 'not a stream');
    const journal = new AlertJournal(redis, prefix);
    const r = await Promise.allSettled([journal.record('digested', alert(1), 'x'), journal.record('digested', alert(2), 'y')]);
    expect(r.map((x) => x.status)).toEqual(['rejected', 'rejected']);
  });
});
