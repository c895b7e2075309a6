import type { Alert } from '../alert/alert';
import { severityRank, type Severity } from '../alert/severity';
import { explainDefaultSeverity } from './default-severity';
import type { PolicyTable } from './escalation-policy';
import { MatchContext } from './fields';
import { groupKey } from './group-key';
import { OWNER_CHANNEL } from './owner-channel';
import type { CompiledRoute } from './route-tree';
import type { Decision, InhibitRule, Reason, RuleDefaults, RuleEngine } from './types';

/** Decisions taken from the first handling route only. */
const FIRST_ONLY = new Set(['group_by', 'repeat_interval', 'escalation_channel', 'escalation']);

/** A validated, compiled rules file: the routing tree, the inhibit rules and the defaults. */
export class CompiledRules implements RuleEngine {
  /** Number of routes in the tree (not counting the root). */
  readonly routeCount: number;
  /** Whether any route (or `defaults`) has a `group_by`. */
  readonly groups: boolean;

  constructor(
    /** The file (or name) the rules came from. */
    readonly source: string,
    readonly defaults: RuleDefaults,
    /** The root route (`defaults`) with its children. */
    readonly root: CompiledRoute,
    readonly inhibitRules: InhibitRule[],
    /** Named escalation policies (`escalation_policies`). */
    readonly policies: PolicyTable = new Map(),
  ) {
    this.routeCount = count(root) - 1;
    this.groups = anyGroupBy(root);
  }

  /** Classifies one alert: walks the routing tree and merges the routes that handle it. Pure and synchronous. */
  evaluate(alert: Alert): Decision {
    const fallback = explainDefaultSeverity(alert);
    const base = this.root.severity ?? fallback.severity;
    const ctx = new MatchContext(alert, base);
    const matched: string[] = [];
    const handlers: CompiledRoute[] = [];
    if (!walk(this.root, ctx, base, matched, handlers)) handlers.push(this.root);
    const d = merge(handlers, matched, fallback.severity, fallback.because);
    if (d.channels.includes(OWNER_CHANNEL)) d.ownerFallback = this.defaults.channels.filter((c) => c !== OWNER_CHANNEL);
    return d;
  }

  /** The incident key of an alert under its decision: `group_by` applied (see group-key.ts). */
  fingerprintFor(alert: Alert, decision: Decision): string {
    return groupKey(alert, decision);
  }
}

/** Tries the children of `node` in order; returns whether any matched. */
function walk(node: CompiledRoute, ctx: MatchContext, fallback: Severity, matched: string[], handlers: CompiledRoute[]): boolean {
  const children = node.children;
  let any = false;
  const sev = node.severity ?? fallback;
  const index = node.childIndex;
  const order = index ? (index.byValue.get(index.field.get(ctx)) ?? index.other) : null;
  const n = order ? order.length : children.length;
  for (let k = 0; k < n; k++) {
    const child = children[order ? order[k] : k];
    ctx.severity = sev;
    if (!child.match.test(ctx)) continue;
    any = true;
    matched.push(child.path);
    if (child.children.length === 0 || !walk(child, ctx, fallback, matched, handlers)) handlers.push(child);
    if (!child.continue) break;
  }
  return any;
}

function merge(handlers: CompiledRoute[], matched: string[], fallback: Severity, fallbackBecause: string): Decision {
  const first = handlers[0];
  if (handlers.length === 1) {
    const reasons = first.reasons.slice();
    reasons.splice(1, 0, severityReason(first, fallback, fallbackBecause));
    return {
      matchedRoutes: matched,
      severity: first.severity ?? fallback,
      channels: first.channels.slice(),
      mentions: first.mentions.slice(),
      labels: { ...first.labels },
      groupBy: first.groupBy.slice(),
      repeatIntervalMs: first.repeatIntervalMs,
      suppress: first.suppress,
      escalationChannel: first.escalationChannel,
      escalation: first.escalation,
      reasons,
    };
  }
  // Several routes handle the alert (`continue: true`): most severe severity wins, channels,
  // mentions and labels are united, grouping and timing come from the first, and the alert is
  // suppressed only if every handling route suppresses it.
  let best = first;
  let severity = first.severity ?? fallback;
  const channels = new Set<string>();
  const mentions = new Set<string>();
  const labels: Record<string, string> = {};
  let suppress = true;
  const reasons: Reason[] = [];
  for (const h of handlers) {
    const s = h.severity ?? fallback;
    if (severityRank(s) < severityRank(severity)) {
      severity = s;
      best = h;
    }
    for (const c of h.channels) channels.add(c);
    for (const m of h.mentions) mentions.add(m);
    for (const [k, v] of Object.entries(h.labels)) if (!(k in labels)) labels[k] = v;
    suppress &&= h.suppress;
    for (const r of h.reasons) if (h === first || !FIRST_ONLY.has(r.decision)) reasons.push(r);
  }
  reasons.splice(1, 0, severityReason(best, fallback, fallbackBecause));
  const policyFrom = first.escalation ? null : handlers.find((h) => h.escalation);
  const policyReason = policyFrom?.reasons.find((r) => r.decision === 'escalation');
  if (policyReason) reasons.push(policyReason);
  if (!suppress && handlers.some((h) => h.suppress)) {
    reasons.push({ decision: 'suppress', value: 'false', because: 'not every matching route suppresses the alert' });
  }
  return {
    matchedRoutes: matched,
    severity,
    channels: [...channels],
    mentions: [...mentions],
    labels,
    groupBy: first.groupBy.slice(),
    repeatIntervalMs: first.repeatIntervalMs,
    suppress,
    escalationChannel: first.escalationChannel ?? handlers.find((h) => h.escalationChannel)?.escalationChannel ?? null,
    escalation: first.escalation ?? handlers.find((h) => h.escalation)?.escalation ?? null,
    reasons,
  };
}

function severityReason(h: CompiledRoute, fallback: Severity, fallbackBecause: string): Reason {
  if (h.severity !== null) return { decision: 'severity', value: h.severity, because: h.severityBecause };
  return { decision: 'severity', value: fallback, because: fallbackBecause };
}

function anyGroupBy(n: CompiledRoute): boolean {
  return n.groupBy.length > 0 || n.children.some(anyGroupBy);
}

function count(n: CompiledRoute): number {
  let c = 1;
  for (const ch of n.children) c += count(ch);
  return c;
}
