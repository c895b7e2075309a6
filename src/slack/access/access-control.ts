import type { AccessPolicy, Grant } from './access-policy';
import type { GroupDirectory } from './group-directory';
import { ACTION_ROLE, roleAllows, roleRank, type Role, type TriageAction } from './roles';

/** Who is asking, and where. */
export interface Requester {
  userId: string;
  teamId?: string;
  channelId?: string;
}

/** The answer of a role check. */
export type AccessDecision = { allowed: true; role: Role } | { allowed: false; role: Role; needed: Role };

/** Membership lookups the access control needs (GroupDirectory fits). */
export type GroupLookup = Pick<GroupDirectory, 'has'>;

function inScope(g: Grant, who: Requester): boolean {
  if (g.teams.length && !(who.teamId && g.teams.includes(who.teamId))) return false;
  if (g.channels.length && !(who.channelId && g.channels.includes(who.channelId))) return false;
  return true;
}

/**
 * Role-based access for triage: a user's role is the strongest grant that names them (or one
 * of their user groups) in scope (team/channel), else the policy's default role.
 */
export class AccessControl {
  constructor(
    readonly policy: AccessPolicy,
    private readonly groups: GroupLookup,
  ) {}

  /** The user's effective role here. */
  async roleOf(who: Requester): Promise<Role> {
    const best: Role = this.policy.defaultRole;
    const grants = [...this.policy.grants].sort((a, b) => roleRank(b.role) - roleRank(a.role));
    for (const g of grants) {
      if (roleRank(g.role) <= roleRank(best)) break; // sorted: nothing stronger follows
      if (!inScope(g, who)) continue;
      if (g.users.includes(who.userId)) return g.role;
      for (const s of g.groups) {
        if (await this.groups.has(s, who.userId)) return g.role;
      }
    }
    return best;
  }

  /** May this user do this action here? */
  async check(who: Requester, action: TriageAction): Promise<AccessDecision> {
    const role = await this.roleOf(who);
    const needed = ACTION_ROLE[action];
    return roleAllows(role, needed) ? { allowed: true, role } : { allowed: false, role, needed };
  }
}
