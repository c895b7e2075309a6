import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { SLACK_SCOPES } from '../../../src/cli/doctor/slack-checks';
import { ALL_BOT_SCOPES } from '../../helpers/fake-slack-workspace';
import { freePort, ROOT, runCli } from '../../helpers/child-herald';
import { doctor, problems, SECRETS, useWorld } from './doctor-harness';

const world = useWorld();

const shippedRules = () => readFileSync(path.join(ROOT, 'config/rules.yaml'), 'utf8');

describe('herald doctor against the local Slack and Datadog servers', () => {
  it('gives a correct setup a clean bill: every area checked, nothing wrong, exit 0', async () => {
    const r = await doctor(world().env());
    expect(problems(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('All clear');
    for (const want of ['config/herald.yaml: valid', 'Redis 7', 'persistence: append-only file', 'maxmemory-policy noeviction', 'token valid: @herald', 'scopes: chat:write', '#alerts (C0FAKE', '#security-alerts', 'user group @security exists', 'user group @synthetics-owners exists', `DD_API_KEY valid for ${world().datadog.url}`, 'monitors (monitor details) API answers', 'logs search', 'service catalog']) {
      expect(r.out, want).toContain(want);
    }
    expect(world().slack.callsOf('auth.test').length).toBeGreaterThan(0);
    expect(world().datadog.callsTo('GET /api/v1/validate').length).toBeGreaterThan(0);
  });

  it('names a missing scope and how to get it (an error when the rules need it)', async () => {
    world().slack.workspace.scopes = ALL_BOT_SCOPES.filter((s) => s !== 'usergroups:read');
    try {
      const r = await doctor(world().env());
      expect(r.code).toBe(1);
      expect(problems(r)).toEqual(['error missing scope usergroups:read: needed to turn @handle mentions into notifications and read user-group roles']);
      expect(r.out).toContain('Bot Token Scopes');
      expect(r.out).toContain('reinstall');
    } finally {
      world().slack.workspace.scopes = [...ALL_BOT_SCOPES];
    }
  });

  it('without chat:write nothing can be posted: an error; without channels:read the channels go unchecked: a warning', async () => {
    world().slack.workspace.scopes = ALL_BOT_SCOPES.filter((s) => s !== 'chat:write');
    try {
      expect(problems(await doctor(world().env()))).toEqual(['error missing scope chat:write: needed to post, update and thread alert messages']);
      world().slack.workspace.scopes = ALL_BOT_SCOPES.filter((s) => s !== 'channels:read');
      const r = await doctor(world().env());
      expect(r.code).toBe(0);
      expect(problems(r)).toEqual(['warn missing scope channels:read: needed to let herald doctor check the public channels rules name', 'warn cannot check the channels rules name without channels:read and groups:read']);
    } finally {
      world().slack.workspace.scopes = [...ALL_BOT_SCOPES];
    }
  });

  it('names an unknown channel in the rules, where it is named, and how to fix it', async () => {
    const rules = shippedRules().replace('channel: "#synthetics"', 'channel: "#synthetic-tests"');
    const r = await doctor(world().env({ HERALD_CONFIG: world().configWithRules(rules) }));
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual(['error #synthetic-tests (routes[3].channel): no such channel, or a private channel the bot is not in']);
    expect(r.out).toContain('fix: create #synthetic-tests, correct the name in config/rules.yaml, or invite the bot: /invite @herald in #synthetic-tests');
  });

  it('a private channel the bot is not in, an archived one, and a public one it may not post to', async () => {
    world().slack.workspace.addChannel('#payments-private', { is_private: true, is_member: false });
    world().slack.workspace.addChannel('#old-alerts', { is_archived: true });
    const quiet = world().slack.workspace.addChannel('#quiet', { is_member: false });
    const rules = `defaults:\n  channel: "#alerts"\nroutes:\n  - match: { service: a }\n    channel: "#old-alerts"\n  - match: { service: b }\n    channel: "${quiet}"\n  - match: { service: c }\n    channel: ["#payments-private"]\n`;
    const config = world().configWithRules(rules);
    expect(problems(await doctor(world().env({ HERALD_CONFIG: config })))).toEqual([
      'error #old-alerts (routes[0].channel) is archived: posts to it fail',
      'error #payments-private (routes[2].channel): no such channel, or a private channel the bot is not in',
    ]);
    world().slack.workspace.scopes = ALL_BOT_SCOPES.filter((s) => s !== 'chat:write.public');
    try {
      const r = await doctor(world().env({ HERALD_CONFIG: config }));
      expect(problems(r)).toContain(`error channel ${quiet} (routes[1].channel): the bot is not a member and lacks chat:write.public`);
      expect(r.out).toContain(`/invite @herald in channel ${quiet}`);
    } finally {
      world().slack.workspace.scopes = [...ALL_BOT_SCOPES];
    }
  });

  it('names a user group the rules mention that does not exist', async () => {
    const groups = world().slack.workspace.userGroups;
    world().slack.workspace.userGroups = groups.filter((g) => g.handle !== 'synthetics-owners');
    try {
      const r = await doctor(world().env());
      expect(r.code).toBe(1);
      expect(problems(r)).toEqual(['error user group @synthetics-owners (routes[3].mention) does not exist: the mention would notify nobody']);
    } finally {
      world().slack.workspace.userGroups = groups;
    }
  });

  it('a bad Slack token, and a Slack API that does not answer', async () => {
    const bad = await doctor(world().env({ SLACK_BOT_TOKEN: 'xoxb-not-the-installed-token' }));
    expect(bad.code).toBe(1);
    expect(problems(bad)).toEqual(['error SLACK_BOT_TOKEN is not valid (invalid_auth)']);
    expect(bad.out).not.toContain('xoxb-not-the-installed-token');
    const down = await doctor(world().env({ SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/` }));
    expect(down.code).toBe(1);
    expect(problems(down)[0]).toMatch(/^error cannot reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\//);
  });

  it('in dry-run mode without Datadog keys (the quickstart), Slack and Datadog are skipped, not errors', async () => {
    const r = await doctor(world().env({ SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined, DD_API_KEY: undefined, DD_APP_KEY: undefined }));
    expect(r.code).toBe(0);
    expect(problems(r)).toEqual([]);
    expect(r.checks.filter((c) => c.status === 'skip').map((c) => c.area)).toEqual(['slack', 'datadog']);
    expect(SECRETS.SLACK_BOT_TOKEN.length).toBeGreaterThan(0);
  });

  it('the real command exits 1 on errors and 0 on a clean bill', async () => {
    const env = world().env() as Record<string, string>;
    const clean = await runCli(['doctor'], env);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    const bad = await runCli(['doctor'], { ...env, DD_API_KEY: 'ddapikey0wrong00000000000000000zz' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('✗ DD_API_KEY is not valid');
    expect((await runCli(['doctor', '--nope'], env)).code).toBe(2);
  });

  it('the Slack app manifest asks for exactly the scopes the doctor checks', () => {
    const manifest = YAML.parse(readFileSync(path.join(ROOT, 'slack/manifest.yaml'), 'utf8'));
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(SLACK_SCOPES).sort());
    expect([...ALL_BOT_SCOPES].sort()).toEqual(Object.keys(SLACK_SCOPES).sort());
  });
});
