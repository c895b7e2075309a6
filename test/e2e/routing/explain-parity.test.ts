import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { captureIo } from '../../helpers/cli-io';
import { FakeSlack } from '../../helpers/fake-slack';
import { readdirSync } from 'node:fs';
import { FIXTURE_DIR, fixture, fixtureNames, fixtureText } from '../../helpers/fixtures';
import { eventually, startHerald } from '../../helpers/start-herald';
import { idle } from '../../helpers/wait';
import { alertBody } from './payload';

// Issue 14: `herald rules explain` and the running service agree on route, severity,
// channels and group key, for every payload fixture in test/fixtures/datadog, the raw bodies
// 20–24 included (form-encoded, broken JSON: explain reads them as ingest does). Each goes to a
// Herald of its own (fresh Redis prefix: no other incident inhibits or absorbs it), with the
// shipped rules and no Datadog (so `channel: owner` falls back as explain says).
let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake?.stop();
});

/** The lines of `herald rules explain` this test compares. */
function explained(out: string): { route: string; severity: string; channels: string[]; groupKey: string } {
  const line = (k: string) => {
    const m = new RegExp(`^${k}:\\s+(.*)$`, 'm').exec(out);
    if (!m) throw new Error(`explain printed no ${k}: line`);
    return m[1].trim();
  };
  return { route: line('route'), severity: line('severity'), channels: line('channels').split(', '), groupKey: line('group key').split(' ')[0] };
}

// No fixture routes to a `group_by` route: one payload that does (rate limited by a provider).
const tmp = mkdtempSync(path.join(tmpdir(), 'herald-parity-'));
const grouped = path.join(tmp, 'grouped-rate-limit.json');
writeFileSync(grouped, JSON.stringify(alertBody({ id: '7500000000000000001', monitor: '75000001', text: 'Stripe answered 429 Too Many Requests', tags: ['integration:stripe'] })));

/** The raw bodies (not JSON files): sent as Datadog would, with their content type. */
const RAW = readdirSync(FIXTURE_DIR).filter((f) => /^2[0-4]-.*\.(form|txt)$/.test(f)).sort();
const contentType = (f: string) => (f.endsWith('.form') ? 'application/x-www-form-urlencoded' : 'application/json');

describe('rules explain agrees with the running service', () => {
  it('covers the five raw bodies', () => expect(RAW).toHaveLength(5));
  it.each([...fixtureNames(), ...RAW, grouped])('%s', async (name) => {
    const file = path.isAbsolute(name) ? name : path.join(FIXTURE_DIR, name);
    const io = captureIo();
    expect(await runCli(['rules', 'explain', file], io), io.err).toBe(0);
    const want = explained(io.out);
    if (file === grouped) expect(want.groupKey).toMatch(/^g-[0-9a-f]{32}$/);

    const h = await startHerald({ name: `parity-${path.basename(name).slice(0, 2)}`, env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl } });
    try {
      const r = RAW.includes(name)
        ? await h.webhook(fixtureText(name), { contentType: contentType(name) })
        : await h.webhook(file === grouped ? alertBody({ id: '7500000000000000001', monitor: '75000001', text: 'Stripe answered 429 Too Many Requests', tags: ['integration:stripe'] }) : fixture(name));
      expect(r.status).toBe(202);
      await eventually(async () => (await h.app.incidents.list()).length > 0, 10_000, `incident for ${name}`);
      await idle(h.app);
      const incs = await h.app.incidents.list();
      expect(incs).toHaveLength(1);
      const inc = incs[0];
      const d = inc.decision!;
      expect({
        route: d.matchedRoutes.length > 0 ? d.matchedRoutes.join(' → ') : 'defaults (no route matched)',
        severity: d.severity,
        channels: [inc.channel, ...inc.copies.map((c) => c.channel)],
        groupKey: inc.fingerprint,
      }).toEqual(want);
    } finally {
      await h.stop();
    }
  });
});
