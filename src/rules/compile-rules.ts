import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { parseActions } from './actions';
import { isBroadcastPolicy, parseEscalationPolicies, type PolicyTable } from './escalation-policy';
import { CompiledRules } from './compiled-rules';
import { parseInhibitRules } from './inhibit-rules';
import { isPlainObject, ProblemList, RulesValidationError, show, suggest } from './problems';
import { buildRouteTree } from './route-tree';
import type { RuleDefaults } from './types';
import { locateProblems } from './yaml-locate';

const TOP_KEYS = ['defaults', 'routes', 'inhibit', 'escalation_policies'];
const DEFAULT_KEYS = ['channel', 'mention', 'severity', 'severity_from_priority', 'labels', 'group_by', 'repeat_interval', 'suppress', 'escalation_channel', 'escalation'];
/** Alertmanager's default repeat interval. */
const DEFAULT_REPEAT_MS = 4 * 3_600_000;
const MAX_RULES_BYTES = 1024 * 1024;

/**
 * Parses, validates and compiles a rules YAML text. Throws RulesValidationError listing every
 * problem as `file:line:col path: problem`.
 */
export function compileRules(yamlText: string, fileName: string): CompiledRules {
  if (yamlText.length > MAX_RULES_BYTES) {
    throw new RulesValidationError(fileName, [{ path: '', line: 1, column: 1, message: `rules file is larger than ${MAX_RULES_BYTES} bytes` }]);
  }
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new RulesValidationError(
      fileName,
      doc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const p = new ProblemList();
  const rules = build(raw, fileName, p);
  if (p.length > 0 || !rules) throw new RulesValidationError(fileName, locateProblems(doc, lc, p.items));
  return rules;
}

/** Reads and compiles a rules file (see compileRules). */
export function loadRulesFile(path: string): CompiledRules {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new RulesValidationError(path, [{ path: '', line: 0, column: 0, message: `cannot read rules file (${code})` }]);
  }
  return compileRules(text, path);
}

function build(raw: unknown, fileName: string, p: ProblemList): CompiledRules | null {
  if (!isPlainObject(raw)) {
    p.add([], `a rules file is a mapping with defaults, routes and inhibit; got ${show(raw)}`);
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.includes(k)) p.add([k], `unknown key '${k}'${suggest(k, TOP_KEYS)}; top-level keys: ${TOP_KEYS.join(', ')}`, true);
  }
  const policies = parseEscalationPolicies(raw.escalation_policies, p);
  const defaults = parseDefaults(raw.defaults, p, policies);
  const root = buildRouteTree(defaults, raw.routes, p, policies);
  const inhibit = parseInhibitRules(raw.inhibit, p);
  return new CompiledRules(fileName, defaults, root, inhibit, policies);
}

function parseDefaults(raw: unknown, p: ProblemList, policies: PolicyTable): RuleDefaults {
  const d: RuleDefaults = {
    channels: [],
    mentions: [],
    severity: null,
    severityFromPriority: true,
    labels: {},
    groupBy: [],
    repeatIntervalMs: DEFAULT_REPEAT_MS,
    suppress: false,
    escalationChannel: null,
    escalation: null,
  };
  if (raw === undefined || raw === null) return d;
  if (!isPlainObject(raw)) {
    p.add(['defaults'], `defaults must be a mapping of actions, got ${show(raw)}`);
    return d;
  }
  for (const k of Object.keys(raw)) {
    if (!DEFAULT_KEYS.includes(k)) p.add(['defaults', k], `unknown key '${k}'${suggest(k, DEFAULT_KEYS)}; defaults keys: ${DEFAULT_KEYS.join(', ')}`, true);
  }
  const a = parseActions(raw, ['defaults'], p, policies);
  if ('severity_from_priority' in raw) {
    if (typeof raw.severity_from_priority === 'boolean') d.severityFromPriority = raw.severity_from_priority;
    else p.add(['defaults', 'severity_from_priority'], `severity_from_priority is true or false, got ${show(raw.severity_from_priority)}`);
  }
  if (a.severity !== undefined) {
    if (d.severityFromPriority && 'severity_from_priority' in raw) {
      p.add(['defaults', 'severity'], 'set either severity or severity_from_priority: true, not both');
    }
    d.severity = a.severity;
    d.severityFromPriority = false;
  } else if (!d.severityFromPriority) {
    p.add(['defaults', 'severity_from_priority'], 'with severity_from_priority: false, set defaults.severity');
  }
  if (a.broadcast && d.severity !== 'critical') {
    p.add(['defaults', 'mention'], '@here/@channel mentions are only allowed where severity is critical; not in defaults');
  }
  d.channels = a.channels ?? d.channels;
  d.mentions = a.mentions ?? d.mentions;
  d.labels = a.labels ?? d.labels;
  d.groupBy = a.groupBy ?? d.groupBy;
  if (a.repeatIntervalMs !== undefined) d.repeatIntervalMs = a.repeatIntervalMs;
  d.suppress = a.suppress ?? d.suppress;
  if (a.escalationChannel !== undefined) d.escalationChannel = a.escalationChannel;
  if (a.escalation !== undefined) d.escalation = a.escalation;
  if (d.escalation && isBroadcastPolicy(d.escalation) && d.severity !== 'critical') {
    p.add(['defaults', 'escalation'], '@here/@channel mentions in an escalation policy are only allowed where severity is critical; not in defaults');
  }
  return d;
}
