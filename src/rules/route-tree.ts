import type { Severity } from '../alert/severity';
import { ACTION_KEYS, parseActions, type ActionSet } from './actions';
import { formatDuration } from './duration';
import type { Compiled } from './condition';
import { compileMatch } from './match';
import { isBroadcastPolicy, type PolicyTable } from './escalation-policy';
import type { EscalationPolicy } from './escalation-types';
import { buildChildIndex, type ChildIndex } from './route-index';
import { formatPath, isPlainObject, show, suggest, type PathSeg, type ProblemList } from './problems';
import type { Reason, RuleDefaults } from './types';

/** A route with its inherited actions resolved at compile time. */
export interface CompiledRoute {
  /** `routes[2].routes[0]`, or `defaults` for the root. */
  path: string;
  name: string | null;
  /** `routes[2].routes[0] (provider-5xx-p2)`. */
  label: string;
  match: Compiled;
  continue: boolean;
  children: CompiledRoute[];
  /** Pre-filter over the children (large sibling lists only). */
  childIndex: ChildIndex | null;
  /** Explicit severity here or inherited; null = derive from the alert. */
  severity: Severity | null;
  /** Why `severity` is what it is (the route that set it), for reasons. */
  severityBecause: string;
  channels: string[];
  mentions: string[];
  labels: Record<string, string>;
  groupBy: string[];
  repeatIntervalMs: number | null;
  suppress: boolean;
  escalationChannel: string | null;
  escalation: EscalationPolicy | null;
  /** Reasons for route, channel, mentions, labels, grouping…, all but a derived severity. */
  reasons: Reason[];
}

const ROUTE_KEYS = ['name', 'match', 'continue', 'routes', ...ACTION_KEYS];
const MAX_DEPTH = 12;

/** Builds the root (from `defaults`) with its compiled children. Records problems. */
export function buildRouteTree(defaults: RuleDefaults, rawRoutes: unknown, p: ProblemList, policies: PolicyTable = new Map()): CompiledRoute {
  const root: CompiledRoute = {
    path: 'defaults',
    name: null,
    label: 'defaults',
    match: { test: () => true, describe: 'everything', cost: 0 },
    continue: false,
    children: [],
    childIndex: null,
    severity: defaults.severity,
    severityBecause: 'defaults.severity',
    channels: defaults.channels,
    mentions: defaults.mentions,
    labels: defaults.labels,
    groupBy: defaults.groupBy,
    repeatIntervalMs: defaults.repeatIntervalMs,
    suppress: defaults.suppress,
    escalationChannel: defaults.escalationChannel,
    escalation: defaults.escalation,
    reasons: [],
  };
  const origin = {
    channels: 'defaults.channel',
    mentions: 'defaults.mention',
    groupBy: 'defaults.group_by',
    repeat: 'defaults.repeat_interval',
    suppress: 'defaults.suppress',
    escalation: 'defaults.escalation_channel',
    policy: 'defaults.escalation',
  };
  root.reasons = reasonsFor(root, 'no route matched', origin);
  const ctx: TreeContext = { names: new Map(), policies };
  if (rawRoutes !== undefined && rawRoutes !== null) {
    if (!Array.isArray(rawRoutes)) p.add(['routes'], `routes must be a list, got ${show(rawRoutes)}`);
    else root.children = buildList(root, rawRoutes, ['routes'], '', origin, ctx, p, 1);
    root.childIndex = buildChildIndex(root.children);
  }
  return root;
}

type Origins = { channels: string; mentions: string; groupBy: string; repeat: string; suppress: string; escalation: string; policy: string };
/** Route names seen so far and the named escalation policies. */
type TreeContext = { names: Map<string, string>; policies: PolicyTable };

function buildList(
  parent: CompiledRoute,
  raw: unknown[],
  path: PathSeg[],
  chain: string,
  origin: Origins,
  ctx: TreeContext,
  p: ProblemList,
  depth: number,
): CompiledRoute[] {
  if (depth > MAX_DEPTH) {
    p.add(path, `routes are nested more than ${MAX_DEPTH} levels deep`);
    return [];
  }
  const out: CompiledRoute[] = [];
  raw.forEach((r, i) => {
    const at = [...path, i];
    const node = buildRoute(parent, r, at, chain, origin, ctx, p, depth);
    if (node) out.push(node);
  });
  return out;
}

function buildRoute(
  parent: CompiledRoute,
  raw: unknown,
  at: PathSeg[],
  chain: string,
  inherited: Origins,
  ctx: TreeContext,
  p: ProblemList,
  depth: number,
): CompiledRoute | null {
  const names = ctx.names;
  const path = formatPath(at);
  if (!isPlainObject(raw)) {
    p.add(at, `a route must be a mapping (match, actions, routes), got ${show(raw)}`);
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (!ROUTE_KEYS.includes(k)) p.add([...at, k], `unknown key '${k}'${suggest(k, ROUTE_KEYS)}; route keys: ${ROUTE_KEYS.join(', ')}`, true);
  }
  let name: string | null = null;
  if ('name' in raw) {
    if (typeof raw.name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(raw.name)) {
      p.add([...at, 'name'], `name must be a short identifier (letters, digits, - _ .), got ${show(raw.name)}`);
    } else if (names.has(raw.name)) {
      p.add([...at, 'name'], `duplicate route name '${raw.name}' (also used by ${names.get(raw.name)})`);
    } else {
      name = raw.name;
      names.set(name, path);
    }
  }
  const label = name ? `${path} (${name})` : path;
  const match = 'match' in raw ? compileMatch(raw.match, [...at, 'match'], p, { allowEmpty: true }) : null;
  let cont = false;
  if ('continue' in raw) {
    if (typeof raw.continue === 'boolean') cont = raw.continue;
    else p.add([...at, 'continue'], `continue is true or false, got ${show(raw.continue)}`);
  }
  const own: ActionSet = parseActions(raw, at, p, ctx.policies);
  const matched = `${label} matched ${match ? match.describe : 'everything (no match given)'}`;
  const because = chain === '' ? matched : `${chain}, then ${matched}`;
  const origin: Origins = {
    channels: own.channels ? matched : inherited.channels,
    mentions: own.mentions ? matched : inherited.mentions,
    groupBy: own.groupBy ? matched : inherited.groupBy,
    repeat: own.repeatIntervalMs !== undefined ? matched : inherited.repeat,
    suppress: own.suppress !== undefined ? matched : inherited.suppress,
    escalation: own.escalationChannel !== undefined ? matched : inherited.escalation,
    policy: own.escalation !== undefined ? matched : inherited.policy,
  };
  const node: CompiledRoute = {
    path,
    name,
    label,
    match: match ?? { test: () => true, describe: 'everything', cost: 0 },
    continue: cont,
    children: [],
    childIndex: null,
    severity: own.severity ?? parent.severity,
    severityBecause: own.severity ? matched : parent.severityBecause,
    channels: own.channels ?? parent.channels,
    mentions: own.mentions ?? parent.mentions,
    labels: own.labels ? { ...parent.labels, ...own.labels } : parent.labels,
    groupBy: own.groupBy ?? parent.groupBy,
    repeatIntervalMs: own.repeatIntervalMs !== undefined ? own.repeatIntervalMs : parent.repeatIntervalMs,
    suppress: own.suppress ?? parent.suppress,
    escalationChannel: own.escalationChannel !== undefined ? own.escalationChannel : parent.escalationChannel,
    escalation: own.escalation !== undefined ? own.escalation : parent.escalation,
    reasons: [],
  };
  checkBroadcast(node, own, at, p);
  checkPolicyBroadcast(node, own, at, p);
  node.reasons = reasonsFor(node, because, origin);
  if ('routes' in raw) {
    if (!Array.isArray(raw.routes)) p.add([...at, 'routes'], `routes must be a list, got ${show(raw.routes)}`);
    else node.children = buildList(node, raw.routes, [...at, 'routes'], because, origin, ctx, p, depth + 1);
    node.childIndex = buildChildIndex(node.children);
  }
  return node;
}

function checkBroadcast(node: CompiledRoute, own: ActionSet, at: PathSeg[], p: ProblemList): void {
  const broadcast = node.mentions.some((m) => m === '<!here>' || m === '<!channel>' || m === '<!everyone>');
  if (!broadcast || node.severity === 'critical') return;
  const sev = node.severity === null ? 'derived from the alert' : node.severity;
  const where = own.mentions ? [...at, 'mention'] : own.severity ? [...at, 'severity'] : at;
  p.add(where, `@here/@channel mentions are only allowed on routes whose severity is critical (here severity is ${sev}); set severity: critical or mention a user group`);
}

/** An escalation step may mention @here/@channel only where severity is critical, like a route. */
function checkPolicyBroadcast(node: CompiledRoute, own: ActionSet, at: PathSeg[], p: ProblemList): void {
  if (!node.escalation || node.severity === 'critical' || !isBroadcastPolicy(node.escalation)) return;
  if (own.escalation === undefined && own.severity === undefined) return; // reported where it was set
  p.add(own.escalation !== undefined ? [...at, 'escalation'] : [...at, 'severity'], `escalation policy ${node.escalation.name ?? node.escalation.source} mentions @here/@channel, allowed only on routes whose severity is critical`);
}

function reasonsFor(n: CompiledRoute, because: string, o: Origins): CompiledRoute['reasons'] {
  const r: Reason[] = [{ decision: 'route', value: n.path, because }];
  if (n.channels.length > 0) r.push({ decision: 'channel', value: n.channels.join(', '), because: o.channels });
  if (n.mentions.length > 0) r.push({ decision: 'mention', value: n.mentions.join(', '), because: o.mentions });
  if (n.groupBy.length > 0) r.push({ decision: 'group_by', value: n.groupBy.join(', '), because: o.groupBy });
  r.push({ decision: 'repeat_interval', value: n.repeatIntervalMs === null ? 'never' : formatDuration(n.repeatIntervalMs), because: o.repeat });
  if (n.suppress) r.push({ decision: 'suppress', value: 'true', because: o.suppress });
  if (n.escalationChannel) r.push({ decision: 'escalation_channel', value: n.escalationChannel, because: o.escalation });
  if (n.escalation) r.push({ decision: 'escalation', value: n.escalation.name ?? `inline (${n.escalation.steps.length} steps)`, because: o.policy });
  for (const [k, v] of Object.entries(n.labels)) r.push({ decision: `label ${k}`, value: v, because: 'labels of the matched routes' });
  return r;
}
