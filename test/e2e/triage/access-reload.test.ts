import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, metricSum, spawnHerald, tempDir, writeTempConfig, type ChildHerald } from '../../helpers/child-herald';
import { testPrefix, deleteKeys } from '../../helpers/redis-cleanup';
import { eventually } from '../../helpers/start-herald';
import { startTriage, USERS, type Triage } from './triage-harness';

const VIEWERS_ONLY = `
default_role: viewer
grants:
  - role: admin
    users: [U0ADMIN]
`;
const ALICE_RESPONDS = `${VIEWERS_ONLY}
  - role: responder
    users: [U0ALICE]
`;

describe('config/access.yaml is reloaded on change, like the rules', () => {
  let t: Triage;
  let file: string;
  beforeAll(async () => {
    t = await startTriage('access-reload', { access: VIEWERS_ONLY });
    file = t.h.app.config.access.file;
  });
  afterAll(() => t?.stop());

  const ask = async (text: string, channel: string) => (await t.slack.command(text, USERS.alice, t.fake.responseUrl(`ar-${Math.random()}`), channel)).text;

  it('a grant added to the file takes effect without a restart; a bad file keeps the old roles and says so', async () => {
    const inc = await t.incident();
    expect(await ask(`ack ${inc.id}`, inc.channel)).toMatch(/need the \*responder\* role to ack/);

    writeFileSync(file, ALICE_RESPONDS);
    await eventually(async () => !/need the/.test(await ask(`ack ${inc.id}`, inc.channel)), 10_000, 'alice to become a responder');
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('acknowledged');

    writeFileSync(file, `${ALICE_RESPONDS}\n  - role: superuser\n    users: [U0BOB]\n`);
    await eventually(() => t.h.logs.some((l) => l.includes('access reload failed')), 10_000, 'the failed reload to be logged');
    const line = t.h.logs.find((l) => l.includes('access reload failed'))!;
    expect(line).toMatch(/grants\[2\]\.role/);
    const health = await (await fetch(`${t.h.url}/healthz`)).json() as any;
    expect(health.config.access).toMatchObject({ ok: false, grants: 2 });
    expect(health.config.access.error).toMatch(/grants\[2\]\.role/);
    const metrics = await (await fetch(`${t.h.url}/metrics`)).text();
    expect(metricSum(metrics, 'herald_config_reload_failing', { file: 'access' })).toBe(1);
    expect(metricSum(metrics, 'herald_config_reloads_total', { file: 'access', outcome: 'failed' })).toBe(1);
    // the previous policy is still in force: alice is still a responder
    expect(await ask(`resolve ${inc.id}`, inc.channel)).not.toMatch(/need the/);
    expect((await t.h.app.incidents.get(inc.id))?.state).toBe('resolved');

    writeFileSync(file, VIEWERS_ONLY);
    await eventually(async () => /need the \*responder\* role/.test(await ask(`reopen ${inc.id}`, inc.channel)), 10_000, 'alice to lose the responder role');
    const after = await (await fetch(`${t.h.url}/healthz`)).json() as any;
    expect(after.config.access).toMatchObject({ ok: true, grants: 1 });
  });
});

describe('SIGHUP reloads the access file (also with watching off)', () => {
  let h: ChildHerald;
  const prefix = testPrefix('access-hup');
  let file: string;
  beforeAll(async () => {
    file = path.join(tempDir('access-hup'), 'access.yaml');
    writeFileSync(file, VIEWERS_ONLY);
    h = await spawnHerald({ config: writeTempConfig({ access: { file, watch: false } }), prefix });
  });
  afterAll(async () => {
    await cleanupChildren();
    await deleteKeys(prefix);
  });

  it('picks up the new grants on SIGHUP and logs it', async () => {
    expect(((await (await fetch(`${h.url}/healthz`)).json()) as any).config.access.grants).toBe(1);
    writeFileSync(file, ALICE_RESPONDS);
    h.proc.kill('SIGHUP');
    await eventually(() => h.logs.some((l) => l.includes('access reloaded on SIGHUP')), 10_000, 'the SIGHUP reload');
    expect(((await (await fetch(`${h.url}/healthz`)).json()) as any).config.access).toMatchObject({ ok: true, grants: 2 });
  });
});
