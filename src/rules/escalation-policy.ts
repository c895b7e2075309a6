import { formatDuration, parseDuration } from './duration';
import {
  ACKER,
  DEFAULT_UNLESS,
  ESCALATION_CONDITIONS,
  MAX_STEPS,
  MIN_EVERY_MS,
  PAGE_TARGETS,
  type EscalationCondition,
  type EscalationPolicy,
  type EscalationStep,
  type PageTarget,
} from './escalation-types';
import { formatPath, isPlainObject, show, suggest, type PathSeg, type ProblemList } from './problems';
import { channelProblem, parseMention } from './slack-targets';

/** Named policies from `escalation_policies`, by name. */
export type PolicyTable = ReadonlyMap<string, EscalationPolicy>;

const STEP_KEYS = ['after', 'every', 'unless', 'while', 'mention', 'channel', 'page'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const NONE = ['none', 'never', 'off'];
const MAX_DELAY_MS = 30 * 86_400_000;
const MAX_POLICIES = 200;
const MAX_MENTIONS = 20;

/** Parses `escalation_policies`: a mapping of policy name → list of steps. Records problems. */
export function parseEscalationPolicies(raw: unknown, p: ProblemList): PolicyTable {
  const out = new Map<string, EscalationPolicy>();
  if (raw === undefined || raw === null) return out;
  if (!isPlainObject(raw)) {
    p.add(['escalation_policies'], `escalation_policies is a mapping of policy name → list of steps, got ${show(raw)}`);
    return out;
  }
  const names = Object.keys(raw);
  if (names.length > MAX_POLICIES) p.add(['escalation_policies'], `at most ${MAX_POLICIES} escalation policies, got ${names.length}`);
  for (const name of names.slice(0, MAX_POLICIES)) {
    const at: PathSeg[] = ['escalation_policies', name];
    if (!NAME.test(name)) {
      p.add(at, `policy names are short identifiers (letters, digits, - _ .), got ${show(name)}`, true);
      continue;
    }
    const policy = parseSteps(raw[name], at, name, p);
    if (policy) out.set(name, policy);
  }
  return out;
}

/**
 * Parses the `escalation` of a route or of `defaults`: a policy name, an inline list of
 * steps, or `none` (also `[]` or null) to turn an inherited policy off.
 */
export function parseEscalationRef(raw: unknown, at: PathSeg[], policies: PolicyTable, p: ProblemList): EscalationPolicy | null {
  if (raw === null || (Array.isArray(raw) && raw.length === 0) || (typeof raw === 'string' && NONE.includes(raw))) return null;
  if (typeof raw === 'string') {
    const found = policies.get(raw);
    if (found) return found;
    const known = [...policies.keys()];
    p.add(at, `no escalation policy named ${show(raw)}${suggest(raw, known)}; ${known.length ? `policies: ${known.join(', ')}` : 'define it under escalation_policies'}`);
    return null;
  }
  if (!Array.isArray(raw)) {
    p.add(at, `escalation is a policy name, a list of steps, or none; got ${show(raw)}`);
    return null;
  }
  return parseSteps(raw, at, null, p);
}

function parseSteps(raw: unknown, at: PathSeg[], name: string | null, p: ProblemList): EscalationPolicy | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(at, `an escalation policy is a non-empty list of steps (after/every, unless/while, mention, channel, page), got ${show(raw)}`);
    return null;
  }
  if (raw.length > MAX_STEPS) p.add(at, `at most ${MAX_STEPS} steps in a policy, got ${raw.length}`);
  const before = p.length;
  const steps: EscalationStep[] = [];
  raw.slice(0, MAX_STEPS).forEach((s, i) => {
    const step = parseStep(s, [...at, i], i + 1, p);
    if (step) steps.push(step);
  });
  checkOrder(steps, at, p);
  return p.length > before ? null : { name, source: formatPath(at), steps };
}

function parseStep(raw: unknown, at: PathSeg[], number: number, p: ProblemList): EscalationStep | null {
  if (!isPlainObject(raw)) {
    p.add(at, `a step is a mapping (after/every, unless/while, mention, channel, page), got ${show(raw)}`);
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (!STEP_KEYS.includes(k)) p.add([...at, k], `unknown key '${k}'${suggest(k, STEP_KEYS)}; step keys: ${STEP_KEYS.join(', ')}`, true);
  }
  const afterMs = 'after' in raw ? delay(raw.after, [...at, 'after'], true, p) : null;
  const everyMs = 'every' in raw ? delay(raw.every, [...at, 'every'], false, p) : null;
  if (!('after' in raw) && !('every' in raw)) p.add(at, 'a step needs after (once, e.g. after: 10m) or every (repeating, e.g. every: 4h)');
  if (everyMs !== null && everyMs < MIN_EVERY_MS) p.add([...at, 'every'], `every is at least ${formatDuration(MIN_EVERY_MS)}, got ${formatDuration(everyMs)}`);
  const given = 'unless' in raw || 'while' in raw;
  const unless = 'unless' in raw ? conditions(raw.unless, [...at, 'unless'], p) : given ? [] : [...DEFAULT_UNLESS];
  const whileConds = 'while' in raw ? conditions(raw.while, [...at, 'while'], p) : [];
  for (const c of whileConds) if (unless.includes(c)) p.add([...at, 'while'], `${c} is in both while and unless: the step could never fire`);
  const mentions = 'mention' in raw ? stepMentions(raw.mention, [...at, 'mention'], p) : [];
  if (mentions.includes(ACKER) && unless.includes('acknowledged')) {
    p.add([...at, 'mention'], 'acker is whoever acknowledged the incident, but this step is skipped once it is acknowledged; use acker with while: acknowledged');
  }
  let channel: string | null = null;
  if ('channel' in raw) {
    const problem = channelProblem(raw.channel);
    if (problem) p.add([...at, 'channel'], problem);
    else channel = raw.channel as string;
  }
  const page = 'page' in raw ? pageTargets(raw.page, [...at, 'page'], p) : [];
  return { number, afterMs, everyMs, unless, while: whileConds, anchor: whileConds.includes('acknowledged') ? 'acknowledged' : 'opened', mentions, channel, page };
}

/** `after` may be 0 (at once); `every` may not. Capped at 30 days. */
function delay(v: unknown, at: PathSeg[], zeroOk: boolean, p: ProblemList): number | null {
  if (zeroOk && (v === 0 || (typeof v === 'string' && /^0(ms|s|m|h|d|w)?$/.test(v.trim())))) return 0;
  if (typeof v !== 'string') {
    p.add(at, `${at[at.length - 1]} is a duration like "10m" or "4h", got ${show(v)}`);
    return null;
  }
  try {
    const ms = parseDuration(v);
    if (ms > MAX_DELAY_MS) throw new Error(`at most 30d, got ${v}`);
    return ms;
  } catch (e) {
    p.add(at, (e as Error).message);
    return null;
  }
}

/** One word or a list of words from `allowed`, without repeats; each other value is a problem. */
function words<T extends string>(v: unknown, at: PathSeg[], allowed: readonly T[], what: string, p: ProblemList, refuse?: (w: unknown) => string | null): T[] {
  const list = Array.isArray(v) ? v : [v];
  const out: T[] = [];
  list.forEach((w, i) => {
    const where = Array.isArray(v) ? [...at, i] : at;
    const refused = refuse?.(w);
    if (refused) p.add(where, refused);
    else if (!(allowed as readonly unknown[]).includes(w)) p.add(where, `${what} is one of ${allowed.join(', ')}, got ${show(w)}${typeof w === 'string' ? suggest(w, allowed) : ''}`);
    else if (!out.includes(w as T)) out.push(w as T);
  });
  return out;
}

function conditions(v: unknown, at: PathSeg[], p: ProblemList): EscalationCondition[] {
  return words(v, at, ESCALATION_CONDITIONS, 'a condition', p, (w) => (w === 'resolved' ? 'resolved incidents never escalate: leave resolved out' : null));
}

function pageTargets(v: unknown, at: PathSeg[], p: ProblemList): PageTarget[] {
  return words(v, at, PAGE_TARGETS, 'page', p);
}

function stepMentions(v: unknown, at: PathSeg[], p: ProblemList): string[] {
  const list = Array.isArray(v) ? v : v === null ? [] : [v];
  if (list.length > MAX_MENTIONS) p.add(at, `at most ${MAX_MENTIONS} mentions in a step`);
  const out: string[] = [];
  list.slice(0, MAX_MENTIONS).forEach((m, i) => {
    const where = Array.isArray(v) ? [...at, i] : at;
    const r = m === ACKER ? { ok: true as const, mention: ACKER } : parseMention(m);
    if (!r.ok) p.add(where, `${r.problem}, or acker (whoever acknowledged)`);
    else if (!out.includes(r.mention)) out.push(r.mention);
  });
  return out;
}

/** One-shot steps counted from the same moment must be listed in the order they fire. */
function checkOrder(steps: EscalationStep[], at: PathSeg[], p: ProblemList): void {
  const last: Record<string, EscalationStep> = {};
  for (const s of steps) {
    if (s.everyMs !== null || s.afterMs === null) continue;
    const prev = last[s.anchor];
    if (prev && prev.afterMs! > s.afterMs) {
      p.add([...at, s.number - 1, 'after'], `step ${s.number} (after ${formatDuration(s.afterMs) || '0s'}) would fire before step ${prev.number} (after ${formatDuration(prev.afterMs!)}): list steps in the order they fire`);
    }
    last[s.anchor] = s;
  }
}

/** True when a step mentions @here/@channel/@everyone. */
export function isBroadcastPolicy(policy: EscalationPolicy): boolean {
  return policy.steps.some((s) => s.mentions.some((m) => m === '<!here>' || m === '<!channel>' || m === '<!everyone>'));
}

/** Every paging service the policies of a routing tree can page (named or inline, on any route). */
export function pageTargetsIn(root: { escalation: EscalationPolicy | null; children: readonly unknown[] }): Set<PageTarget> {
  const out = new Set<PageTarget>();
  const walk = (n: { escalation: EscalationPolicy | null; children: readonly unknown[] }) => {
    for (const s of n.escalation?.steps ?? []) for (const t of s.page) out.add(t);
    for (const c of n.children) walk(c as typeof n);
  };
  walk(root);
  return out;
}
