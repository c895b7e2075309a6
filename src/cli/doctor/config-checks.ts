import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config';
import { ConfigError } from '../../config/config-error';
import { loadConfig } from '../../config/load-config';
import { loadRulesFile } from '../../rules/compile-rules';
import { formatProblem, RulesValidationError } from '../../rules/problems';
import { loadAccessPolicy } from '../../slack/access/access-policy';
import { QUICKSTART_SECRET } from '../try-command';
import { checker, type Check } from './report';
import { ruleTargets, type RuleTargets } from './rule-targets';

/** What the config checks found: the checks, and for the later areas the config and the rules' Slack targets. */
export interface ConfigResult {
  checks: Check[];
  config?: Config;
  targets?: RuleTargets;
  /** User group ids (S…) that access.yaml grants roles to. */
  accessGroups: string[];
}

const c = checker('config');
const rel = (p: string) => path.relative(process.cwd(), p) || p;

/**
 * Load the configuration as `herald serve` would (herald.yaml + environment), then the rules
 * and access files it names; report each, with the key or line that is wrong.
 */
export function checkConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const checks: Check[] = [];
  let config: Config;
  const file = env.HERALD_CONFIG ?? 'config/herald.yaml';
  try {
    config = loadConfig({ env });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const fix = e.key.startsWith('HERALD_WEBHOOK_SECRET')
      ? 'export HERALD_WEBHOOK_SECRET=<the secret your Datadog webhook sends> (npm run quickstart uses a development one)'
      : /^[A-Z][A-Z0-9_]+$/.test(e.key)
        ? `fix the environment variable ${e.key}`
        : `fix ${e.key} in ${file} (see schema/herald.schema.json)`;
    checks.push(c.error(e.message, fix));
    return { checks, accessGroups: [] };
  }
  checks.push(c.ok(existsSync(file) ? `${file}: valid` : `${file} not found: built-in defaults`));
  if (config.webhook.insecureNoAuth) {
    checks.push(c.warn('HERALD_INSECURE_NO_AUTH=1: webhooks are accepted without a secret', 'set HERALD_WEBHOOK_SECRET and drop HERALD_INSECURE_NO_AUTH outside a local trial'));
  } else if (config.webhook.secret === QUICKSTART_SECRET) {
    checks.push(c.warn("webhook secret is the quickstart's development secret: anyone who read the README can post alerts", 'set HERALD_WEBHOOK_SECRET to a long random value, and the same in the Datadog webhook'));
  } else {
    checks.push(c.ok('webhook secret set (HERALD_WEBHOOK_SECRET)'));
  }
  let targets: RuleTargets | undefined;
  try {
    const rules = loadRulesFile(config.rules.file);
    targets = ruleTargets(readFileSync(config.rules.file, 'utf8'));
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    checks.push(c.ok(`rules ${rel(config.rules.file)}: ${n(rules.routeCount, 'route')}, ${n(rules.inhibitRules.length, 'inhibit rule')}; posts to ${[...targets.channels.keys()].join(', ') || 'no channel'}`));
  } catch (e) {
    if (!(e instanceof RulesValidationError)) throw e;
    const shown = e.problems.slice(0, 5).map((p) => formatProblem(rel(config.rules.file), p)).join('; ');
    const more = e.problems.length > 5 ? ` (and ${e.problems.length - 5} more)` : '';
    checks.push(c.error(`rules: ${shown}${more}`, `npx herald rules check ${rel(config.rules.file)} lists every problem; a running Herald keeps its old rules until the file is valid`));
  }
  let accessGroups: string[] = [];
  try {
    const policy = loadAccessPolicy(config.access.file);
    accessGroups = [...new Set(policy.grants.flatMap((g) => g.groups))];
    if (policy.source === null) {
      checks.push(c.warn(`access: ${rel(config.access.file)} not found: every workspace member may acknowledge, resolve and snooze; nobody may mute`, 'copy config/access.yaml and grant admin to the people who may mute'));
    } else {
      checks.push(c.ok(`access ${rel(config.access.file)}: default role ${policy.defaultRole}, ${policy.grants.length} grant(s)`));
    }
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    checks.push(c.error(e.message, `fix ${rel(config.access.file)} (see schema/access.schema.json)`));
  }
  return { checks, config, targets, accessGroups };
}
