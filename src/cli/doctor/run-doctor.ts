import { checkConfig } from './config-checks';
import { checkDatadog } from './datadog-checks';
import { checkRedis } from './redis-checks';
import { checker, type Check } from './report';
import { checkSlack } from './slack-checks';

/**
 * Run every check `herald doctor` makes, in order: config and rules, then (with a valid
 * config) Redis, Slack and Datadog side by side. Never throws for a bad setup: that is what
 * the checks report.
 */
export async function runDoctor(env: NodeJS.ProcessEnv): Promise<Check[]> {
  const cfg = checkConfig(env);
  if (!cfg.config) {
    return [...cfg.checks, ...(['redis', 'slack', 'datadog'] as const).map((a) => checker(a).skip('not checked: the configuration is invalid'))];
  }
  const config = cfg.config;
  const [redis, slack, datadog] = await Promise.all([checkRedis(config.redis.url), checkSlack(config, cfg.targets, cfg.accessGroups), checkDatadog(config)]);
  return [...cfg.checks, ...redis, ...slack, ...datadog];
}
