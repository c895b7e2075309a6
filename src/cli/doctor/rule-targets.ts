import YAML from 'yaml';

/** The Slack targets a rules file names: channels (with where) and user group handles. */
export interface RuleTargets {
  /** Channel (`#name` or id) → the first place that names it (`routes[2].channel`). */
  channels: Map<string, string>;
  /** User group handles (`@security`, without @here/@channel), → where. */
  handles: Map<string, string>;
  /** User group ids (`S…`) from `<!subteam^S…>` mentions → where. */
  groupIds: Map<string, string>;
}

const BROADCAST = new Set(['@here', '@channel', '@everyone']);

function add(map: Map<string, string>, key: string, where: string): void {
  if (!map.has(key)) map.set(key, where);
}

function visit(node: unknown, where: string, t: RuleTargets): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const n = node as Record<string, unknown>;
  for (const key of ['channel', 'escalation_channel']) {
    const v = n[key];
    for (const c of Array.isArray(v) ? v : [v]) if (typeof c === 'string' && c !== '' && c !== 'owner') add(t.channels, c, `${where}.${key}`);
  }
  const m = n.mention;
  for (const x of Array.isArray(m) ? m : [m]) {
    if (typeof x !== 'string') continue;
    const group = /^<!subteam\^(S[A-Z0-9]+)>$/.exec(x);
    if (group) add(t.groupIds, group[1], `${where}.mention`);
    else if (x.startsWith('@') && !BROADCAST.has(x)) add(t.handles, x, `${where}.mention`);
  }
  if (Array.isArray(n.routes)) n.routes.forEach((r, i) => visit(r, `${where}.routes[${i}]`, t));
}

/**
 * Collect what a rules file (already validated by the compiler) asks of Slack: the channels
 * its routes post to (and escalate to) and the user groups they mention.
 */
export function ruleTargets(yamlText: string): RuleTargets {
  const t: RuleTargets = { channels: new Map(), handles: new Map(), groupIds: new Map() };
  const doc = YAML.parse(yamlText) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') return t;
  visit(doc.defaults, 'defaults', t);
  if (Array.isArray(doc.routes)) doc.routes.forEach((r, i) => visit(r, `routes[${i}]`, t));
  return t;
}
