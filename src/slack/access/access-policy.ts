import { existsSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { parseDuration } from '../../rules/duration';
import { ROLES, type Role } from './roles';

const id = (prefix: RegExp, what: string) => z.string().regex(prefix, what);
const list = <T extends z.ZodTypeAny>(t: T) => z.array(t).max(10_000).default([]);

const grantSchema = z
  .object({
    role: z.enum(ROLES.filter((r) => r !== 'none') as ['viewer', 'responder', 'admin']),
    users: list(id(/^[UW][A-Z0-9]{2,}$/, 'a Slack user id like U0123ABC')),
    groups: list(id(/^S[A-Z0-9]{2,}$/, 'a Slack user group id like S0123ABC')),
    teams: list(id(/^[TE][A-Z0-9]{2,}$/, 'a Slack team (workspace) id like T0123ABC')),
    channels: list(id(/^[CGD][A-Z0-9]{2,}$/, 'a Slack channel id like C0123ABC')),
    note: z.string().max(500).optional(),
  })
  .strict()
  .refine((g) => g.users.length + g.groups.length > 0, { message: 'a grant needs at least one of users or groups' });

/** Schema of config/access.yaml. Unknown keys are errors. */
export const accessFileSchema = z
  .object({
    default_role: z.enum(ROLES).default('responder'),
    guest_role: z.enum(ROLES).default('viewer'),
    group_cache_ttl: z.string().regex(/^\d+(s|m|h|d)$/, 'a duration like 5m or 1h').default('5m'),
    grants: z.array(grantSchema).max(1000).default([]),
  })
  .strict();

/** One grant: a role for some users/groups, optionally only in some teams or channels. */
export interface Grant {
  role: Role;
  users: string[];
  groups: string[];
  /** Empty = every team. */
  teams: string[];
  /** Empty = every channel. */
  channels: string[];
}

/** The validated access file (or the default when there is none). */
export interface AccessPolicy {
  defaultRole: Role;
  /** The most a guest gets without a grant naming them (Slack guests and Slack Connect users). */
  guestRole: Role;
  groupCacheTtlMs: number;
  grants: Grant[];
  /** The file it came from; null when there was no file (members are responders, guests viewers). */
  source: string | null;
}

/** The policy without an access file: full members are responders, guests are viewers. */
export const DEFAULT_POLICY: AccessPolicy = { defaultRole: 'responder', guestRole: 'viewer', groupCacheTtlMs: 300_000, grants: [], source: null };

function keyOf(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(top level)';
}

/** Validate a parsed access document; throws ConfigError naming the key (e.g. `access: grants[0].role`). */
export function parseAccessPolicy(raw: unknown, source: string): AccessPolicy {
  const r = accessFileSchema.safeParse(raw ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const msg = issue.code === 'unrecognized_keys' ? 'unknown key (allowed: default_role, guest_role, group_cache_ttl, grants[].role/users/groups/teams/channels/note)' : issue.message;
    throw new ConfigError(`access: ${keyOf(path)}`, `${msg} (in ${source})`);
  }
  return {
    defaultRole: r.data.default_role,
    guestRole: r.data.guest_role,
    groupCacheTtlMs: parseDuration(r.data.group_cache_ttl),
    grants: r.data.grants.map((g) => ({ role: g.role, users: g.users, groups: g.groups, teams: g.teams, channels: g.channels })),
    source,
  };
}

/** Read the access file; a missing file gives DEFAULT_POLICY, a bad one throws ConfigError. */
export function loadAccessPolicy(file: string): AccessPolicy {
  if (!existsSync(file)) return DEFAULT_POLICY;
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError('access', `${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return parseAccessPolicy(raw, file);
}
