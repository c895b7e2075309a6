import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRules, InhibitionIndex, type CompiledRules } from '../../../src/rules';
import { makeAlert } from '../../unit/rules/alert-factory';

const prefix = `test:rules:${randomBytes(4).toString('hex')}:`;
let redis: Redis;
let now = 1_790_000_000_000;
const clock = () => now;

const rules: CompiledRules = compileRules(
  `routes:
  - match: { priority: 1 }
    severity: critical
inhibit:
  - name: critical-covers-warnings
    source: { severity: critical, service: { exists: true } }
    target:
      any:
        - severity: { in: [medium, low, info] }
        - transition: { in: [Warn, Re-Warn] }
    equal: [service, env]
  - name: everything-covers-itself
    source: { service: self-sync }
    target: { service: self-sync }
    equal: [service]
`,
  'inhibit.yaml',
);

beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('InhibitionIndex (real Redis)', () => {
  it('an open critical incident inhibits warnings of the same service and env until closed', async () => {
    const index = new InhibitionIndex(redis, `${prefix}a:`, () => rules.inhibitRules, clock);
    const critical = makeAlert({ priority: 1, fingerprint: 'fp-critical' });
    const warn = makeAlert({ priority: 3, transition: 'Warn', fingerprint: 'fp-warn' });
    const otherEnv = makeAlert({ priority: 3, env: 'staging', fingerprint: 'fp-staging' });
    const otherService = makeAlert({ priority: 3, service: 'hubspot-sync', fingerprint: 'fp-hubspot' });
    const high = makeAlert({ priority: 2, fingerprint: 'fp-high' });

    expect(await index.check(warn, rules.evaluate(warn))).toBeNull();
    await index.markOpen(critical, rules.evaluate(critical), 'inc-1');
    expect(await index.check(warn, rules.evaluate(warn))).toEqual({ incidentId: 'inc-1', rule: 'critical-covers-warnings' });
    expect(await index.check(otherEnv, rules.evaluate(otherEnv))).toBeNull();
    expect(await index.check(otherService, rules.evaluate(otherService))).toBeNull();
    expect(await index.check(high, rules.evaluate(high))).toBeNull();

    await index.markClosed(critical, rules.evaluate(critical), 'inc-1');
    expect(await index.check(warn, rules.evaluate(warn))).toBeNull();
  });

  it('closing by incident id; a non-source alert is not indexed', async () => {
    const index = new InhibitionIndex(redis, `${prefix}b:`, () => rules.inhibitRules, clock);
    const critical = makeAlert({ priority: 1, fingerprint: 'fp-1' });
    const medium = makeAlert({ priority: 3, fingerprint: 'fp-2' });
    await index.markOpen(medium, rules.evaluate(medium), 'inc-medium');
    expect(await redis.exists(`${prefix}b:inhibit-incident:inc-medium`)).toBe(0);
    await index.markOpen(critical, rules.evaluate(critical), 'inc-2');
    expect((await index.check(medium, rules.evaluate(medium)))?.incidentId).toBe('inc-2');
    await index.markClosedById('inc-2');
    expect(await index.check(medium, rules.evaluate(medium))).toBeNull();
  });

  it('an alert cannot inhibit itself', async () => {
    const index = new InhibitionIndex(redis, `${prefix}c:`, () => rules.inhibitRules, clock);
    const a = makeAlert({ service: 'self-sync', fingerprint: 'fp-self' });
    await index.markOpen(a, rules.evaluate(a), 'inc-self');
    expect(await index.check(a, rules.evaluate(a))).toBeNull();
    const sibling = makeAlert({ service: 'self-sync', fingerprint: 'fp-sibling' });
    expect(await index.check(sibling, rules.evaluate(sibling))).toEqual({ incidentId: 'inc-self', rule: 'everything-covers-itself' });
  });

  it('stale entries stop inhibiting after staleAfterMs', async () => {
    const index = new InhibitionIndex(redis, `${prefix}d:`, () => rules.inhibitRules, clock, { staleAfterMs: 60_000 });
    const critical = makeAlert({ priority: 1, fingerprint: 'fp-c' });
    const warn = makeAlert({ transition: 'Warn', fingerprint: 'fp-w' });
    await index.markOpen(critical, rules.evaluate(critical), 'inc-3');
    expect(await index.check(warn, rules.evaluate(warn))).not.toBeNull();
    now += 60_001;
    expect(await index.check(warn, rules.evaluate(warn))).toBeNull();
  });
});
