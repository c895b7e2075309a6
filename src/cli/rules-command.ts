import type { Alert } from '../alert/alert';
import { compileRules } from '../rules/compile-rules';
import type { CompiledRules } from '../rules/compiled-rules';
import { formatDuration } from '../rules/duration';
import { explainPolicy } from '../rules/escalation-schedule';
import { OWNER_CHANNEL, ownerFallback, resolveChannels } from '../rules/owner-channel';
import { payloadDetails } from '../rules/fields';
import { RulesValidationError } from '../rules/problems';
import { isHeraldError } from '../errors/herald-error';
import { ingestBody, type IngestedBody } from '../ingest/ingest-body';
import { decodeForm } from '../ingest/read-body';

/** Where the command reads and writes. */
export interface RulesCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Promise<string>;
}

/** What the command needs from the rest of Herald. */
export interface RulesCommandDeps {
  /** Scans and redacts an alert as ingest does; without it, explain prints no free text of the alert. */
  scanAlert?: (a: Alert) => Alert;
  /** `slack.default_channel` (default `#alerts`): where an alert goes when its rules name no channel. */
  defaultChannel?: string;
}

const BODY_LINE = {
  accepted: 'a Datadog alert',
  unparsable: 'not JSON: accepted as an unparsable alert (source unparsable)',
  invalid: 'not what the payload template promises: accepted as an invalid alert (source unparsable)',
} as const;

const DEFAULT_RULES = 'config/rules.yaml';
const USAGE = `usage:
  herald rules check [file]                          validate a rules file (default ${DEFAULT_RULES})
  herald rules explain <payload.json> [--rules file] show how an alert would be routed, and why
`;

/**
 * `herald rules check [file]` (exit 0 valid, 1 invalid) and `herald rules explain <payload.json>
 * [--rules file]` (route, severity, channels, mentions, group key, suppress, and why). Usage errors exit 2.
 */
export async function runRulesCommand(argv: string[], io: RulesCommandIo, deps: RulesCommandDeps): Promise<number> {
  const args = argv[0] === 'rules' ? argv.slice(1) : argv;
  const [sub, ...rest] = args;
  if (sub === 'check') {
    if (rest.length > 1) return usage(io);
    return check(rest[0] ?? DEFAULT_RULES, io);
  }
  if (sub === 'explain') {
    let rulesFile = DEFAULT_RULES;
    const positional: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--rules' && rest[i + 1] !== undefined) rulesFile = rest[++i];
      else if (rest[i].startsWith('--rules=')) rulesFile = rest[i].slice(8);
      else positional.push(rest[i]);
    }
    if (positional.length !== 1) return usage(io);
    return explain(positional[0], rulesFile, io, deps);
  }
  return usage(io);
}

function usage(io: RulesCommandIo): number {
  io.stderr(USAGE);
  return 2;
}

async function load(file: string, io: RulesCommandIo): Promise<CompiledRules | null> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`cannot read rules file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return null;
  }
  try {
    return compileRules(text, file);
  } catch (e) {
    io.stderr(`${e instanceof RulesValidationError ? e.message : `invalid rules in ${file}: ${(e as Error).message}`}\n`);
    return null;
  }
}

async function check(file: string, io: RulesCommandIo): Promise<number> {
  const rules = await load(file, io);
  if (!rules) return 1;
  const policies = rules.policies.size ? `, ${rules.policies.size} escalation polic${rules.policies.size === 1 ? 'y' : 'ies'}` : '';
  io.stdout(`${file}: ok (${rules.routeCount} routes, ${rules.inhibitRules.length} inhibit rules)${policies}\n`);
  return 0;
}

async function explain(payloadFile: string, rulesFile: string, io: RulesCommandIo, deps: RulesCommandDeps): Promise<number> {
  const rules = await load(rulesFile, io);
  if (!rules) return 1;
  let body: IngestedBody;
  try {
    // Exactly what ingest does with a body: parse + repair, validate, normalize, scan, cut.
    const text = await io.readFile(payloadFile);
    // A body saved from a form-encoded delivery (`payload=…`) is decoded as ingest decodes it.
    body = ingestBody(/^\s*[\w.-]+=/.test(text) && !/^\s*[[{]/.test(text) ? decodeForm(text) : text, { now: Date.now(), scanAlert: deps.scanAlert });
  } catch (e) {
    // Never echo the payload: it may hold secrets. Name the file and the kind of failure only.
    const kind = isHeraldError(e) ? e.message : ((e as NodeJS.ErrnoException).code ?? 'not a Datadog alert');
    io.stderr(`cannot explain ${payloadFile}: ${kind}\n`);
    return 1;
  }
  const alert = body.alert;
  const d = rules.evaluate(alert);
  const out: string[] = [];
  out.push(`body:       ${BODY_LINE[body.outcome]}${body.repaired ? ' (repaired: Datadog left it broken JSON)' : ''}${body.problem ? `: ${body.problem}` : ''}`);
  const title = deps.scanAlert ? alert.title : '(hidden: no scanner to redact it)';
  out.push(`alert:      ${title}`);
  out.push(`            service=${alert.service || '-'} env=${alert.env || '-'} team=${alert.team || '-'} priority=${alert.priority === null ? '-' : `P${alert.priority}`} transition=${alert.transition} event_type=${alert.eventType || '-'}`);
  for (const [name, value] of payloadDetails(alert)) out.push(`${`${name}:`.padEnd(Math.max(12, name.length + 2))}${deps.scanAlert ? JSON.stringify(value.length > 200 ? `${value.slice(0, 199)}…` : value) : '(hidden: no scanner to redact it)'}`);
  if (alert.leak.detected) {
    out.push(`leak:       ${alert.leak.count} finding(s): ${alert.leak.categories.join(', ')} (${alert.leak.detectors.join(', ')}), max severity ${alert.leak.maxSeverity ?? '-'}`);
  }
  out.push(`route:      ${d.matchedRoutes.length > 0 ? d.matchedRoutes.join(' → ') : 'defaults (no route matched)'}`);
  out.push(`severity:   ${d.severity}`);
  const defaultChannel = deps.defaultChannel ?? '#alerts';
  out.push(`channels:   ${resolveChannels(d, undefined, defaultChannel).join(', ')}`);
  if (d.channels.includes(OWNER_CHANNEL) || d.channels.length === 0) {
    const instead = d.channels.length === 0 ? defaultChannel : ownerFallback(d, defaultChannel).join(', ');
    out.push(`            (channel: owner — the Datadog service catalog's Slack channel for ${alert.service ? `service ${alert.service}` : 'the alert\'s service'} replaces ${instead} when the catalog names one)`);
  }
  out.push(`mentions:   ${d.mentions.length > 0 ? d.mentions.join(', ') : '-'}`);
  out.push(`group key:  ${rules.fingerprintFor(alert, d)}${alert.transition === 'Recovered' ? " (a recovery: it closes the incident its monitor's alerts were grouped into, else its own)" : d.groupBy.length > 0 ? ` (group_by: ${d.groupBy.join(', ')})` : ' (the alert fingerprint)'}`);
  out.push(`repeat:     ${d.repeatIntervalMs === null ? 'never' : `every ${formatDuration(d.repeatIntervalMs)}`}`);
  out.push(`suppress:   ${d.suppress ? 'yes (counted, not posted)' : 'no'}`);
  out.push(`escalation: ${d.escalationChannel ? `${d.escalationChannel} (where the Escalate button re-posts)` : '-'}`);
  const policy = d.escalation;
  out.push(`policy:     ${policy ? `${policy.name ?? `inline, ${policy.source}`} (${policy.steps.length} step${policy.steps.length === 1 ? '' : 's'}; times assume the incident opens at the alert's time)` : '- (no escalation policy: nobody is reminded or paged)'}`);
  if (policy) out.push(...explainPolicy(policy, alert.date || Date.now()));
  const labels = Object.entries(d.labels);
  if (labels.length > 0) out.push(`labels:     ${labels.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  out.push('why:');
  for (const r of d.reasons) out.push(`  ${r.decision} = ${r.value}\n      because ${r.because}`);
  const sources = rules.inhibitRules.filter((r) => r.source.matches(alert, d.severity)).map((r) => r.name);
  const targets = rules.inhibitRules.filter((r) => r.target.matches(alert, d.severity)).map((r) => r.name);
  out.push('inhibition (applied at runtime against open incidents):');
  out.push(`  can inhibit others via: ${sources.length > 0 ? sources.join(', ') : '-'}`);
  out.push(`  can be inhibited via:   ${targets.length > 0 ? targets.join(', ') : '-'}`);
  out.push('mutes (Redis, at runtime) match the fields above with the severity above; `herald alerts --outcome muted` lists what they held back.');
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
