import type { AccessPolicy, Grant } from './access-policy';
import type { GroupDirectory } from './group-directory';
import { ACTION_ROLE, roleAllows, roleRank, type Role, type TriageAction } from './roles';
import type { UserDirectory } from './user-directory';

/** Who is asking, and about what. */
export interface Requester {
  userId: string;
  teamId?: string;
  /** Where the button was clicked or the command typed. */
  channelId?: string;
  /**
   * The channels the action concerns. For an incident: the channels its messages are in, and
   * a channel-scoped grant then counts only there, wherever the command was typed. `[]`: an
   * action with effect everywhere (a mute not made from an incident): only unscoped grants
   * count. Absent: the channel where it was asked (listings).
   */
  channels?: readonly string[];
}

/** The answer of a role check. */
export type AccessDecision = { allowed: true; role: Role } | { allowed: false; role: Role; needed: Role };

/** Membership lookups the access control needs (GroupDirectory fits). */
export type GroupLookup = Pick<GroupDirectory, 'has'>;

/** Guest lookups (UserDirectory fits). */
export type GuestLookup = Pick<UserDirectory, 'isGuest'>;

function inScope(g: Grant, who: Requester): boolean {
  if (g.teams.length && !(who.teamId && g.teams.includes(who.teamId))) return false;
  if (!g.channels.length) return true;
  const where = who.channels ?? (who.channelId ? [who.channelId] : []);
  return where.some((c) => g.channels.includes(c));
}

/**
 * Role-based access for triage: a user's role is the strongest grant that names them (or one
 * of their user groups) in scope (team; channel: the incident's channels), else the policy's
 * default role, capped at the guest role for guests (Slack's restricted, ultra-restricted
 * and Slack Connect users).
 */
export class AccessControl {
  private readonly source: () => AccessPolicy;

  /** `policy`: a fixed policy, or a function giving the one in force (reloads). */
  constructor(
    policy: AccessPolicy | (() => AccessPolicy),
    private readonly groups: GroupLookup,
    private readonly guests?: GuestLookup,
  ) {
    this.source = typeof policy === 'function' ? policy : () => policy;
  }

  /** The policy in force. */
  get policy(): AccessPolicy {
    return this.source();
  }

  /** The user's effective role for this request. */
  async roleOf(who: Requester): Promise<Role> {
    const policy = this.policy; // one policy for the whole check, even if a reload lands meanwhile
    const best: Role = policy.defaultRole;
    const grants = [...policy.grants].sort((a, b) => roleRank(b.role) - roleRank(a.role));
    for (const g of grants) {
      if (roleRank(g.role) <= roleRank(best)) break; // sorted: nothing stronger follows
      if (!inScope(g, who)) continue;
      if (g.users.includes(who.userId)) return g.role;
      for (const s of g.groups) {
        if (await this.groups.has(s, who.userId)) return g.role;
      }
    }
    const guestRole = policy.guestRole;
    if (this.guests && roleRank(best) > roleRank(guestRole) && (await this.guests.isGuest(who.userId))) return guestRole;
    return best;
  }

  /** May this user do this action here? */
  async check(who: Requester, action: TriageAction): Promise<AccessDecision> {
    const role = await this.roleOf(who);
    const needed = ACTION_ROLE[action];
    return roleAllows(role, needed) ? { allowed: true, role } : { allowed: false, role, needed };
  }
}
