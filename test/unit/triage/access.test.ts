import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessControl } from '../../../src/slack/access/access-control';
import { DEFAULT_POLICY, loadAccessPolicy, parseAccessPolicy } from '../../../src/slack/access/access-policy';
import { GroupDirectory } from '../../../src/slack/access/group-directory';
import { ACTION_ROLE } from '../../../src/slack/access/roles';
import { ROOT } from '../../helpers/start-herald';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

let redis: Redis;
const prefix = testPrefix('access');
beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  await deleteKeys(prefix);
  redis.disconnect();
});

/** A Slack usergroups.users.list stand-in that counts calls. */
function slackGroups(members: Record<string, string[]>, fail = new Set<string>()) {
  const calls: string[] = [];
  return {
    calls,
    call: async (_m: string, a: Record<string, unknown>) => {
      const g = String(a.usergroup);
      calls.push(g);
      if (fail.has(g)) throw new Error('no_such_subteam');
      return { users: members[g] ?? [] };
    },
  };
}

describe('access policy file', () => {
  it('the shipped config/access.yaml is valid and means the default (everyone a responder)', () => {
    const p = loadAccessPolicy(path.join(ROOT, 'config/access.yaml'));
    expect(p.defaultRole).toBe('responder');
    expect(p.grants).toEqual([]);
  });

  it('a missing file is the default policy', () => {
    expect(loadAccessPolicy('/nonexistent/access.yaml')).toBe(DEFAULT_POLICY);
  });

  it('errors name the key', () => {
    expect(() => parseAccessPolicy({ grants: [{ role: 'boss', users: ['U1AB'] }] }, 'a.yaml')).toThrow(/access: grants\[0\]\.role/);
    expect(() => parseAccessPolicy({ grants: [{ role: 'admin', users: ['alice'] }] }, 'a.yaml')).toThrow(/access: grants\[0\]\.users\[0\]: a Slack user id/);
    expect(() => parseAccessPolicy({ defaults: 'x' }, 'a.yaml')).toThrow(/access: defaults: unknown key/);
    expect(() => parseAccessPolicy({ grants: [{ role: 'admin' }] }, 'a.yaml')).toThrow(/at least one of users or groups/);
    expect(() => parseAccessPolicy({ group_cache_ttl: 'soon' }, 'a.yaml')).toThrow(/group_cache_ttl/);
  });

  it('bad YAML is a ConfigError too', () => {
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'acc-')), 'access.yaml');
    writeFileSync(f, 'grants: [');
    expect(() => loadAccessPolicy(f)).toThrow(/not valid YAML/);
  });
});

describe('AccessControl', () => {
  const policy = parseAccessPolicy(
    {
      default_role: 'viewer',
      grants: [
        { role: 'admin', users: ['U0ADMIN'] },
        { role: 'responder', groups: ['S0ONCALL', 'S0GONE'] },
        { role: 'responder', users: ['U0PAY'], channels: ['C0PAY'] },
        { role: 'admin', users: ['U0OTHER'], teams: ['T0OTHER'] },
      ],
    },
    'test',
  );

  it('roles from users, groups, channel and team scopes; default otherwise', async () => {
    const slack = slackGroups({ S0ONCALL: ['U0CAROL'] }, new Set(['S0GONE']));
    const ac = new AccessControl(policy, new GroupDirectory({ redis, prefix, call: slack.call, ttlMs: 60_000 }));
    expect(await ac.roleOf({ userId: 'U0ADMIN' })).toBe('admin');
    expect(await ac.roleOf({ userId: 'U0CAROL' })).toBe('responder');
    expect(await ac.roleOf({ userId: 'U0NOBODY' })).toBe('viewer');
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0PAY' })).toBe('responder');
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0ELSE' })).toBe('viewer');
    expect(await ac.roleOf({ userId: 'U0OTHER', teamId: 'T0OTHER' })).toBe('admin');
    expect(await ac.roleOf({ userId: 'U0OTHER', teamId: 'T0001' })).toBe('viewer');
  });

  it('checks name the role needed', async () => {
    const ac = new AccessControl(policy, new GroupDirectory({ redis, prefix: `${prefix}:2`, call: slackGroups({}).call, ttlMs: 60_000 }));
    expect(await ac.check({ userId: 'U0NOBODY' }, 'resolve')).toEqual({ allowed: false, role: 'viewer', needed: 'responder' });
    expect(await ac.check({ userId: 'U0NOBODY' }, 'list')).toEqual({ allowed: true, role: 'viewer' });
    expect(await ac.check({ userId: 'U0ADMIN' }, 'mute')).toEqual({ allowed: true, role: 'admin' });
  });

  it('group members are cached in Redis; a failed lookup counts as no members and is not cached', async () => {
    const slack = slackGroups({ S0ONCALL: ['U0CAROL'] }, new Set(['S0GONE']));
    const p = `${prefix}:3`;
    const ac = new AccessControl(policy, new GroupDirectory({ redis, prefix: p, call: slack.call, ttlMs: 60_000 }));
    await ac.roleOf({ userId: 'U0X' });
    await ac.roleOf({ userId: 'U0Y' });
    expect(slack.calls.filter((g) => g === 'S0ONCALL')).toHaveLength(1);
    expect(slack.calls.filter((g) => g === 'S0GONE')).toHaveLength(2);
    expect(await redis.pttl(`${p}:access:group:S0ONCALL`)).toBeGreaterThan(50_000);
  });

  it('the role table: responders triage, admins mute, viewers look', () => {
    expect(ACTION_ROLE).toMatchObject({ ack: 'responder', resolve: 'responder', snooze: 'responder', escalate: 'responder', reopen: 'responder', declare: 'responder', mute: 'admin', unmute: 'admin', list: 'viewer', show: 'viewer', stats: 'viewer', audit: 'viewer', details: 'viewer' });
  });
});

describe('guests', () => {
  const noGroups = { has: async () => false };
  const guests = (ids: string[]) => ({ isGuest: async (u: string) => ids.includes(u) });

  it('without a file, full members are responders and guests viewers', async () => {
    const ac = new AccessControl(DEFAULT_POLICY, noGroups, guests(['U0GUEST']));
    expect(await ac.roleOf({ userId: 'U0MEMBER' })).toBe('responder');
    expect(await ac.roleOf({ userId: 'U0GUEST' })).toBe('viewer');
  });

  it('guest_role caps the default role; a grant naming a guest still counts', async () => {
    const p = parseAccessPolicy({ default_role: 'responder', guest_role: 'none', grants: [{ role: 'admin', users: ['U0GUESTADM'] }] }, 'a.yaml');
    const ac = new AccessControl(p, noGroups, guests(['U0GUEST', 'U0GUESTADM']));
    expect(await ac.roleOf({ userId: 'U0GUEST' })).toBe('none');
    expect(await ac.roleOf({ userId: 'U0GUESTADM' })).toBe('admin');
    expect(parseAccessPolicy({}, 'a.yaml').guestRole).toBe('viewer');
  });

  it('channel-scoped grants count on the channels the action concerns', async () => {
    const p = parseAccessPolicy({ default_role: 'viewer', grants: [{ role: 'responder', users: ['U0PAY'], channels: ['C0PAY'] }] }, 'a.yaml');
    const ac = new AccessControl(p, noGroups);
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0PAY', channels: ['C0OTHER'] })).toBe('viewer');
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0OTHER', channels: ['C0OTHER', 'C0PAY'] })).toBe('responder');
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0PAY', channels: [] })).toBe('viewer');
    expect(await ac.roleOf({ userId: 'U0PAY', channelId: 'C0PAY' })).toBe('responder');
  });
});
