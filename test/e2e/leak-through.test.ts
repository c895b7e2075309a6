import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack';
import { fixture, sensitiveValues } from '../helpers/fixtures';
import { dumpKeys } from '../helpers/redis-cleanup';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';

/**
 * The non-negotiable: no secret or personal datum found by the scanner reaches Slack, the
 * logs, Redis (Bull's job hashes included) or the audit trail in raw form. Send payloads with
 * known secrets through the whole pipeline and search every sink for each raw value.
 */
const EXTRA = {
  ghToken: 'ghp_R8kWm2xQ9vLz4NpT7bYc1HdF6sJ0aGeU3iOq',
  awsKey: 'AKIAQX4B7GZ2W5L6KRTM',
  pgPassword: 'Sup3rS3cretPassw0rd',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // Encoded secrets: a base64 body holding a token, a hex dump of a Stripe key, base64 inside base64.
  b64Body: Buffer.from('token=ghp_T4vQ8mX2nL7kR1wZ9cB3yH6dJ0sF5gA8pE2u&user=ops').toString('base64'),
  hexKey: Buffer.from('sk_live_51Hq8ZbK2mW7xR4nT9vL3cY6d').toString('hex'),
  b64Twice: Buffer.from(Buffer.from('{"password":"Wq7!zRt2#kLm9vXp"}').toString('base64')).toString('base64'),
};
/** Every sensitive value the fixtures' manifest lists for the payloads sent, plus the custom payload's. */
const RAW: Record<string, string> = {
  ...Object.fromEntries(['12', '13', '14', '16', '18'].flatMap((n) => sensitiveValues(n).map((v, i) => [`fixture${n}[${i}]`, v]))),
  ...EXTRA,
};
const email12 = sensitiveValues('12').find((v) => v.includes('@'))!;
let found: string[] | undefined;

const custom = {
  ...fixture('11'),
  id: '8790400011199990001',
  title: `[P1] [Triggered on {env:prod,service:billing-api}] Token ${EXTRA.ghToken} rejected`,
  body: `%%%\nGitHub sync failed: Authorization: token ${EXTRA.ghToken}\nDB: postgres://billing:${EXTRA.pgPassword}@db.internal:5432/billing\n%%%`,
  tags: `env:prod, service:billing-api, team:payments, aws_key:${EXTRA.awsKey}`,
  logs_sample: { columns: ['Time', 'Host'], label: 'Sample Logs', rows: [
      { items: ['10:00:00 UTC', 'web-1'], message: `401 from api: bearer ${EXTRA.jwt} for ${email12}` },
      { items: ['10:00:01 UTC', 'web-1'], message: `webhook body=${EXTRA.b64Body} key_dump=${EXTRA.hexKey} blob=${EXTRA.b64Twice}` },
    ],
  },
};

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'leak', keepKeys: true, env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
});
afterAll(async () => {
  await h.stop();
  const { deleteKeys } = await import('../helpers/redis-cleanup');
  await deleteKeys(h.prefix);
  await fake.stop();
});

describe('leak-through: raw secrets never reach a sink', () => {
  it('redacts every known secret in Slack calls, log lines and Redis keys', async () => {
    const payloads = [fixture('12'), fixture('13'), fixture('14'), fixture('16'), fixture('18'), custom];
    for (const p of payloads) expect((await h.webhook(p)).status).toBe(202);
    // an unparsable body carrying a secret, too
    expect((await h.webhook(`{"id": "8790400011199990002", "title": "broken", "body": "key ${sensitiveValues('12')[0]}" {{`)).status).toBe(202);
    await eventually(async () => {
      const m = await (await fetch(`${h.url}/metrics`)).text();
      const n = [...m.matchAll(/herald_alerts_processed_total\{outcome="\w+"\} (\d+)/g)].reduce((s, x) => s + Number(x[1]), 0);
      return n >= payloads.length + 1;
    }, 20_000, 'all alerts processed');
    await fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length >= payloads.length + 1);
    const slack = JSON.stringify(fake.calls);
    const logs = h.logs.join('\n');
    const redis = await dumpKeys(h.prefix);
    expect(redis).toContain('bull'); // Bull's job hashes are part of the dump
    expect(slack).toContain('Sensitive data detected');
    const hits: string[] = [];
    for (const [name, raw] of Object.entries(RAW)) {
      if (slack.includes(raw)) hits.push(`${name} in Slack`);
      if (logs.includes(raw)) hits.push(`${name} in logs`);
      if (redis.includes(raw)) hits.push(`${name} in Redis`);
      // JSON-escaped forms too
      const escaped = JSON.stringify(raw).slice(1, -1);
      if (escaped !== raw && (slack.includes(escaped) || redis.includes(escaped))) hits.push(`${name} (escaped)`);
    }
    found = hits;
    expect(hits).toEqual([]);
  });

  it('keeps the client IP of a security signal out of Redis (its aggregation key is scanned too)', () => {
    expect(found).toBeDefined();
    expect(found).not.toContain(`fixture18[${sensitiveValues('18').indexOf('198.51.100.23')}] in Redis`);
  });
});
