import type { Router } from 'express';
import type Redis from 'ioredis';
import { AuditLog } from '../../audit/audit-log';
import { auditRouter } from '../../audit/audit-router';
import type { Config } from '../../config/config';
import type { IncidentStore } from '../../incident/incident-store';
import { errorMeta, type Logger } from '../../ops/logger';
import type { Metrics } from '../../ops/metrics';
import type { HeraldJob } from '../../queue/job-types';
import type { MuteStore } from '../../rules';
import { createScanner } from '../../scan';
import type { TimerHandlers } from '../../worker/job-handler';
import { AccessControl } from '../access/access-control';
import { loadAccessPolicy } from '../access/access-policy';
import { GroupDirectory } from '../access/group-directory';
import type { SlackApp } from '../bolt-app';
import type { SlackWriter } from '../dispatcher';
import type { Notifier } from '../incident-messages';
import { asDatadogPort } from './datadog-port';
import { registerActions } from './register-actions';
import { registerCommand } from './register-command';
import { registerViews } from './register-views';
import { SnoozeTimer } from './snooze-timer';
import { snoozeEnded } from './state-actions';
import type { TriageDeps } from './triage-deps';

/** Everything triage (buttons, /herald, access, audit) needs; built in app.ts. */
export interface TriageContext {
  slack: SlackApp | null;
  writer: SlackWriter;
  incidents: IncidentStore;
  notifier: Notifier;
  mutes: MuteStore;
  enqueue: (job: HeraldJob, o: { jobId: string; delayMs: number }) => Promise<unknown>;
  removeJob: (jobId: string) => Promise<void>;
  redis: Redis;
  prefix: string;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  clock: () => number;
  /** Datadog write-back (downtimes, events, incidents); null without Datadog keys. */
  datadog: unknown | null;
  /** Redacts user-typed text (the app's scanner); optional — triage builds a scanner without it. */
  redact?: (text: string) => string;
}

/** What triage adds to the app: timer handlers for the worker and HTTP routers (e.g. /api/audit). */
export interface TriageWiring {
  timers: TimerHandlers;
  routers: Router[];
  /** The audit trail (the worker can record Datadog recoveries in it). */
  audit: AuditLog;
}

function redactor(ctx: TriageContext): (text: string) => string {
  if (ctx.redact) return ctx.redact;
  const scanner = createScanner();
  return (t) => (t ? scanner.redact(t).text : t);
}

/**
 * Register Slack listeners (buttons, menus, modals, /herald) on the Bolt app and build
 * triage's timer handlers (`snooze-end`) and routers (`GET /api/audit`). Reads the access
 * file once (a bad file throws a ConfigError naming the key).
 */
export function wireTriage(ctx: TriageContext): TriageWiring {
  const policy = loadAccessPolicy(ctx.config.access.file);
  if (!policy.source) {
    ctx.logger.warn(`no access file at ${ctx.config.access.file}: every workspace member is a responder (mute/unmute need admin: create the file, see config/access.yaml)`);
  }
  const redact = redactor(ctx);
  const groups = new GroupDirectory({
    redis: ctx.redis,
    prefix: ctx.prefix,
    call: (m, a) => ctx.writer.call(m, a),
    ttlMs: policy.groupCacheTtlMs,
    onError: (g, e) => ctx.logger.warn('cannot list Slack user group members; treating it as empty', { group: g, ...errorMeta(e) }),
  });
  const audit = new AuditLog(ctx.redis, ctx.prefix, { maxLength: ctx.config.audit.maxLength, maxAgeMs: ctx.config.audit.maxAgeMs, clock: ctx.clock, redact });
  const datadog = asDatadogPort(ctx.datadog);
  const deps: TriageDeps = {
    incidents: ctx.incidents,
    notifier: ctx.notifier,
    writer: ctx.writer,
    audit,
    access: new AccessControl(policy, groups),
    timer: new SnoozeTimer(ctx.enqueue, ctx.removeJob, ctx.clock),
    mutes: ctx.mutes,
    datadog,
    declareEnabled: Boolean(ctx.config.datadog.incidents && datadog?.incidentsEnabled),
    defaultChannel: ctx.config.slack.defaultChannel,
    redis: ctx.redis,
    prefix: ctx.prefix,
    logger: ctx.logger,
    clock: ctx.clock,
    redact,
  };
  if (ctx.slack) {
    registerActions(ctx.slack.app, deps);
    registerViews(ctx.slack.app, deps);
    registerCommand(ctx.slack.app, deps);
  }
  return {
    timers: { 'snooze-end': (job) => snoozeEnded(deps, job) },
    routers: [auditRouter({ audit, adminToken: ctx.config.server.adminToken, clock: ctx.clock })],
    audit,
  };
}
