/** Roles, weakest first. `none` can do nothing (a default for locked-down workspaces). */
export const ROLES = ['none', 'viewer', 'responder', 'admin'] as const;

/** One role. */
export type Role = (typeof ROLES)[number];

/** Everything a Slack user can ask Herald to do, by button or /herald. */
export type TriageAction =
  | 'ack'
  | 'resolve'
  | 'reopen'
  | 'snooze'
  | 'unsnooze'
  | 'escalate'
  | 'declare'
  | 'mute'
  | 'unmute'
  | 'list'
  | 'show'
  | 'stats'
  | 'audit'
  | 'details'
  | 'mutes';

/** The role each action needs. */
export const ACTION_ROLE: Record<TriageAction, Role> = {
  ack: 'responder',
  resolve: 'responder',
  reopen: 'responder',
  snooze: 'responder',
  unsnooze: 'responder',
  escalate: 'responder',
  declare: 'responder',
  mute: 'admin',
  unmute: 'admin',
  list: 'viewer',
  show: 'viewer',
  stats: 'viewer',
  audit: 'viewer',
  details: 'viewer',
  mutes: 'viewer',
};

/** Rank of a role (none 0 … admin 3). */
export function roleRank(r: Role): number {
  return ROLES.indexOf(r);
}

/** Does `have` include everything `need` may do? */
export function roleAllows(have: Role, need: Role): boolean {
  return roleRank(have) >= roleRank(need);
}
