import http from 'node:http';
import express from 'express';
import type Redis from 'ioredis';
import type { Config } from './config/config';
import { datadogEnabled, isDryRun } from './config/config';
import { errorHandler } from './errors/to-http';
import { AlertJournal } from './incident/alert-journal';
import { alertsRouter } from './incident/alerts-router';
import { IncidentStore } from './incident/incident-store';
import { decodingScanner } from './ingest/decoding-scanner';
import { idempotencyKey } from './ingest/idempotency';
import { isWebhookRequest, webhookHandler } from './ingest/webhook-handler';
import { clusterMetricsSource } from './ops/cluster-metrics';
import { healthRouter } from './ops/health-router';
import { createLogger, errorMeta, type Logger } from './ops/logger';
import { Metrics } from './ops/metrics';
import { JobQueue } from './queue/job-queue';
import { createRedis, waitReady } from './queue/redis-connection';
import { createMuteRouter, InhibitionIndex, MuteStore, RulesHolder } from './rules';
import { MuteDowntimes } from './rules/mute-downtimes';
import { createScanner, redactingFormat, scanAlert } from './scan';
import { createSlackApp, type SlackApp } from './slack/bolt-app';
import { createDispatcher, createDryRunWriter, redisSharedBudget, type SlackWriter } from './slack/dispatcher';
import { IncidentMessages } from './slack/incident-messages';
import { blocksToText } from './slack/render/blocks-to-text';
import { RepeatTimer } from './worker/repeat-timer';
import { startupError } from './errors/startup-error';
import { createDatadog, type DatadogWriteBack } from './enrich';
import { resolveDeclaredOnRecovery } from './enrich/resolve-declared';
import { createStorm } from './slack/storm';
import { MentionResolver } from './slack/mentions/mention-resolver';
import { auditCorrelation, muteApiAudit } from './audit/audit-adapters';
import { AuditLog } from './audit/audit-log';
import { auditRouter } from './audit/audit-router';
import { AccessControl } from './slack/access/access-control';
import { AccessHolder } from './slack/access/access-holder';
import { GroupDirectory } from './slack/access/group-directory';
import { UserDirectory } from './slack/access/user-directory';
import { registerActions } from './slack/triage/register-actions';
import { registerCommand } from './slack/triage/register-command';
import { registerViews } from './slack/triage/register-views';
import { SnoozeTimer, type Enqueue } from './slack/triage/snooze-timer';
import { snoozeEnded } from './slack/triage/state-actions';
import type { TriageDeps } from './slack/triage/triage-deps';
import { Correlator } from './worker/correlate';
import { Notify } from './worker/notify';
import { ALERT_OUTCOMES } from './worker/outcome';
import { alertPipeline, alertStages, jobHandler, type JobMeta } from './worker/pipeline';
import { OutcomeSummary } from './worker/outcome-summary';
import type { TimerJob } from './queue/job-types';
import { Placement } from './worker/placement';
import { GroupMemory } from './worker/group-memory';
import { Reruns } from './worker/reruns';
import { createEscalation, missingPageCredentials } from './escalation';
import { pageTargetsIn } from './rules/escalation-policy';

/** Which parts of Herald a process runs. */
export type Role = 'all' | 'web' | 'worker';

/** Options for buildApp (tests inject a clock and a log sink). */
export interface AppOptions {
  config: Config;
  role?: Role;
  clock?: () => number;
  logSink?: (line: string) => void;
  /** Bolt answers only after listeners finish (tests). */
  processBeforeResponse?: boolean;
  /** A child of `herald serve` with several processes: /metrics aggregates every child's. */
  clustered?: boolean;
}

/** A built Herald: HTTP server, worker, and the pieces tests look at. */
export interface HeraldApp {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly redis: Redis;
  readonly queue: JobQueue;
  readonly incidents: IncidentStore;
  readonly journal: AlertJournal;
  readonly mutes: MuteStore;
  readonly rules: RulesHolder;
  readonly access: AccessHolder;
  readonly slack: SlackApp | null;
  readonly writer: SlackWriter;
  readonly http: express.Express;
  /** Listen (web roles) and start processing jobs (worker roles). Resolves with the port. */
  start(): Promise<{ port: number }>;
  /** Re-read the rules and access files (SIGHUP); a bad file keeps the old one. */
  reload(): { rules: boolean; access: boolean };
  /** Graceful stop: stop accepting, finish running jobs, flush Slack writes, close Redis. */
  stop(): Promise<void>;
}

/** The composition root: Redis → stores → stages → HTTP and Slack, in one straight line. */
export async function buildApp(o: AppOptions): Promise<HeraldApp> {
  const config = o.config;
  const role = o.role ?? 'all';
  const clock = o.clock ?? Date.now;
  const prefix = config.redis.prefix;
  const scanner = decodingScanner(createScanner({ privateIps: config.scan?.privateIps })); // one scanner for every text from outside: decoded views too
  const redact = (t: string) => (t ? scanner.redact(t).text : t);
  const logger = createLogger({ level: config.log.level, redact: redactingFormat(scanner), sink: o.logSink, defaultMeta: { role } });
  const metrics = new Metrics({ alertOutcomes: ALERT_OUTCOMES });
  const countReload = (file: string) => (ok: boolean) => {
    metrics.configReloads.inc({ file, outcome: ok ? 'ok' : 'failed' });
    metrics.configReloadFailing.set({ file }, ok ? 0 : 1);
  };
  const rules = new RulesHolder(config.rules.file, logger, { onReload: countReload('rules') });
  const access = new AccessHolder(config.access.file, logger, { onReload: countReload('access'), clock });
  if (!access.current.source) {
    logger.warn(`no access file at ${config.access.file}: full workspace members are responders, guests are viewers (mute/unmute need admin: create the file, see config/access.yaml)`);
  }
  const logRedisError = throttledRedisLogger(logger);
  let connected = false; // before the first connection, startup reports the problem in one line
  const onRedisError = (e: Error) => connected && logRedisError(e);
  const redis = createRedis(config.redis, onRedisError);
  await waitReady(redis, 5_000).catch((e) => {
    redis.disconnect();
    if (config.redis.sentinels) throw startupError('REDIS_SENTINELS', `cannot reach the master '${config.redis.sentinelMaster}' through the sentinels ${config.redis.sentinels.map((x) => `${x.host}:${x.port}`).join(', ')} (${(e as Error).message}). Check REDIS_SENTINELS, REDIS_SENTINEL_MASTER and the passwords.`);
    throw startupError('REDIS_URL', `cannot reach Redis at ${safeUrl(config.redis.url)} (${(e as Error).message}). Start it with \`redis-server\` (or \`docker compose up -d redis\`), or set REDIS_URL.`);
  });
  connected = true;
  const queue = new JobQueue({ redisUrl: config.redis, prefix: `${prefix}:bull`, attempts: config.queue.attempts, backoffMs: config.queue.backoffMs, keepCompleted: config.queue.keepCompleted, retention: config.queue.retention, lockDurationMs: config.queue.lockDurationMs, stalledIntervalMs: config.queue.stalledIntervalMs, onError: onRedisError });
  const incidents = new IncidentStore(redis, prefix, clock, config.incidents.retentionMs);
  const journal = new AlertJournal(redis, prefix);
  const mutes = new MuteStore(redis, `${prefix}:`, clock, { redact: (t) => scanner.redact(t) });
  const inhibit = new InhibitionIndex(redis, `${prefix}:`, () => rules.inhibitRules(), clock);
  const slack = isDryRun(config)
    ? null
    : createSlackApp({ botToken: config.slack.botToken!, signingSecret: config.slack.signingSecret!, apiUrl: config.slack.apiUrl, botId: config.slack.botId, botUserId: config.slack.botUserId, timeoutMs: config.slack.timeoutMs, logger, processBeforeResponse: o.processBeforeResponse });
  const writer: SlackWriter = slack
    ? createDispatcher({
        client: slack.app.client,
        limits: { ...config.slack.rate },
        onCall: (method, status) => metrics.slackRequests.inc({ method, status }),
        onRateLimited: () => metrics.slackRateLimited.inc(),
        logger,
        shared: redisSharedBudget({
          redis,
          prefix,
          limits: config.slack.rate,
          onDegraded: (d, e) => (d ? logger.warn('slack budgets: Redis did not answer, pacing with this process\'s own buckets until it does', { error: e?.message }) : logger.info('slack budgets: shared through Redis again')),
        }),
      })
    : createDryRunWriter((e) => logger.info('dry-run: would call Slack', { method: e.method, channel: e.channel, text: e.text, rendered: blocksToText(e.blocks), blocks: e.blocks }), () => logger.isInfoEnabled());
  const datadog = datadogEnabled(config)
    ? await createDatadog({ apiKey: config.datadog.apiKey!, appKey: config.datadog.appKey!, site: config.datadog.site, apiUrl: config.datadog.apiUrl, timeoutMs: config.datadog.timeoutMs, incidents: config.datadog.incidents, redis, prefix: `${prefix}:`, clock, metrics, redactText: (t, path) => scanner.redact(t, path), logger })
    : null;
  const messages = new IncidentMessages(writer, { maxLogLines: config.slack.maxLogLines, declareIncident: config.datadog.incidents && Boolean(datadog) }, (id) => incidents.get(id));
  const audit = new AuditLog(redis, prefix, { maxLength: config.audit.maxLength, maxAgeMs: config.audit.maxAgeMs, clock, redact });
  const storm = createStorm({ redis, prefix, writer, settings: { ...config.slack.storm }, clock, enqueue: (job, jo) => queue.add(job, jo), logger });
  const reruns = new Reruns(incidents);
  const repeat = new RepeatTimer((job, jo) => queue.add(job, jo), incidents, messages, reruns, clock);
  const notify = new Notify(messages, incidents, reruns, (e, inc) => logger.warn('slack update failed; the next change re-renders it', { incident: inc.id, ...errorMeta(e) }));
  // One per process: it queues the alerts of one incident behind its lock and batches their repeats.
  const resolveDeclared = datadog ? resolveDeclaredOnRecovery({ writeBack: datadog.writeBack, note: (inc, text) => messages.threadReply(inc, text), warn: (m, meta) => logger.warn(m, meta) }) : null;
  const correlator = new Correlator({ incidents, placement: new Placement(storm.port, config.slack.defaultChannel), reruns, journal, inhibit, audit: async (action, before, after) => {
    resolveDeclared?.(action, before, after); // beside the worker: its own timeout, never fails the alert
    await auditCorrelation(audit, action, before, after);
  }, refresh: (inc) => notify.refresh(inc), scheduleRepeat: (inc) => repeat.schedule(inc), clock, reopenWindowMs: config.incidents.reopenWindowMs });
  const resolveMentions = slack ? mentionResolver(redis, prefix, writer, clock, logger) : null;
  const escalation = createEscalation({ paging: config.paging, incidents, messages, writer, enqueue: (job, jo) => queue.add(job, jo), audit, muteOf: (a, sev) => mutes.match(a, sev), resolveMentions, metrics, logger, clock, redact });
  const outcomes = new OutcomeSummary(logger, 60_000, clock);
  const pipeline = alertPipeline(alertStages({ rules: () => rules.current, resolveMentions, groups: new GroupMemory(redis, prefix), mutes, inhibit, enrich: datadog?.enricher ?? null, incidents, journal, correlator, escalation, notify, clock }), { metrics, logger, summary: outcomes });
  const triage = triageDeps({ config, access, redis, prefix, writer, incidents, messages, audit, journal, mutes, datadog: datadog?.writeBack ?? null, enqueue: (job, jo) => queue.add(job, jo), removeJob: (id) => queue.remove(id), logger, clock, redact, escalation });
  if (slack) {
    registerActions(slack.app, triage);
    registerViews(slack.app, triage);
    registerCommand(slack.app, triage);
  }
  const webhook = role === 'worker' ? null : webhookHandler({ secret: config.webhook.secret, bodyLimitBytes: config.server.bodyLimitBytes, redis, admit: (job, jobId, alertId) => queue.admit(job, { jobId, once: { key: idempotencyKey(prefix, alertId), ttlMs: config.queue.idempotencyTtlMs } }), scanAlert: (a) => scanAlert(scanner, a), metrics, logger, clock });
  const web = express();
  web.disable('x-powered-by');
  if (config.server.trustProxy) web.set('trust proxy', true);
  if (slack) web.use(slack.router); // before any body parser: unsigned requests refused unread, then Bolt verifies the raw body
  web.use(healthRouter({ redis, metrics, role, refreshGauges: () => refreshGauges(metrics, queue, incidents), clusterMetrics: o.clustered ? clusterMetricsSource(metrics.registry) : undefined, metricsToken: config.server.metricsToken, details: () => ({ config: { rules: { file: config.rules.file }, access: access.status() } }) }));
  if (role !== 'worker') {
    const downtimes = new MuteDowntimes({ writer: datadog?.writeBack ?? null, redis, prefix, clock, onSkip: (mute, why) => logger.info('no Datadog downtime for mute', { mute, why }) });
    web.use(createMuteRouter({ store: mutes, adminToken: config.server.adminToken, adminTokenName: config.server.adminTokenName, audit: muteApiAudit(audit), downtimes, redact, onDowntimeError: (mute, what, e) => logger.warn(`datadog downtime failed (${what}); the mute change stands`, { mute, ...errorMeta(e) }) }));
    web.use(auditRouter({ audit, adminToken: config.server.adminToken, clock }));
    web.use(alertsRouter({ journal, adminToken: config.server.adminToken, redact }));
  }
  web.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `no route for ${req.method} ${req.path}` } });
  });
  web.use(errorHandler(logger));
  let server: http.Server | undefined;
  queue.onDeadLetter((id, job, err) => logger.error('job failed for good (dead letter; `herald replay` retries it)', { jobId: id, kind: job.kind, ...errorMeta(err) }));

  return {
    config, logger, metrics, redis, queue, incidents, journal, mutes, rules, access, slack, writer, http: web,
    reload() {
      return { rules: rules.reload().ok, access: access.reload().ok };
    },
    async start() {
      if (config.rules.watch) rules.watch();
      if (config.access.watch) access.watch();
      if (role !== 'web') {
        const page = (j: TimerJob, m?: JobMeta) => escalation.page(j, m?.id ?? `page:${j.target}:${j.token}`, m && { attempt: m.attempt, attempts: config.queue.attempts });
        outcomes.start();
        queue.process(config.queue.concurrency, jobHandler(pipeline, { 'snooze-end': (j) => snoozeEnded(triage, j), repeat: (j) => repeat.fire(j), 'storm-check': storm.checkTimer, escalation: (j) => escalation.fire(j), page }, metrics));
        escalation.recover().then((n) => n && logger.info('escalation timers re-armed', { incidents: n }), (e) => logger.warn('cannot re-arm escalation timers', errorMeta(e)));
      }
      const unpaged = missingPageCredentials(pageTargetsIn(rules.current.root), config.paging);
      if (unpaged.length) logger.warn(`escalation steps page a service without credentials (set ${unpaged.join(', ')}): those steps say so in the thread instead`);
      // Webhooks are answered ahead of express (the hot path); everything else goes through it.
      server = http.createServer((req, res) => (webhook && isWebhookRequest(req) ? webhook(req, res) : web(req, res)));
      server.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(config.server.port, config.server.host, () => resolve());
      });
      const port = (server.address() as { port: number }).port;
      logger.info('herald started', { port, role, dryRun: isDryRun(config), enrichment: Boolean(datadog), rules: config.rules.file });
      if (isDryRun(config)) logger.warn('SLACK_BOT_TOKEN is not set: dry-run mode, messages are logged instead of sent');
      if (!config.webhook.secret) logger.warn('HERALD_INSECURE_NO_AUTH=1: the webhook accepts requests without a secret');
      return { port };
    },
    async stop() {
      const closing = server ? new Promise<void>((r) => server!.close(() => r())) : Promise.resolve();
      server?.closeIdleConnections?.();
      rules.stop();
      access.stop();
      await queue.close();
      outcomes.stop();
      storm.close();
      await writer.drain(config.server.shutdownTimeoutMs).catch(() => undefined);
      await Promise.race([closing, new Promise((r) => setTimeout(r, 2_000))]);
      server?.closeAllConnections?.();
      await redis.quit().catch(() => redis.disconnect());
      logger.info('herald stopped');
    },
  };
}

async function refreshGauges(metrics: Metrics, queue: JobQueue, incidents: IncidentStore): Promise<void> {
  metrics.queueDepth.set(await queue.depth());
  metrics.deadLetters.set(await queue.deadLetterCount());
  const counts = await incidents.stateCounts();
  for (const [state, n] of Object.entries(counts)) metrics.incidents.set({ state }, n);
}

/**
 * What triage (buttons, menus, modals, `/herald`, the snooze timer) works with. Roles come
 * from the access file in force (reloaded on change and SIGHUP).
 */
function triageDeps(o: { config: Config; access: AccessHolder; redis: Redis; prefix: string; writer: SlackWriter; incidents: IncidentStore; messages: IncidentMessages; audit: AuditLog; journal: AlertJournal; mutes: MuteStore; datadog: DatadogWriteBack | null; enqueue: Enqueue; removeJob: (jobId: string) => Promise<void>; logger: Logger; clock: () => number; redact: (t: string) => string; escalation: TriageDeps['escalation'] }): TriageDeps {
  const ttlMs = () => o.access.current.groupCacheTtlMs;
  const groups = new GroupDirectory({
    redis: o.redis,
    prefix: o.prefix,
    call: (m, a) => o.writer.call(m, a),
    ttlMs,
    onError: (g, e) => o.logger.warn('cannot list Slack user group members; treating it as empty', { group: g, ...errorMeta(e) }),
  });
  return {
    incidents: o.incidents,
    notifier: o.messages,
    writer: o.writer,
    audit: o.audit,
    access: new AccessControl(() => o.access.current, groups, guestDirectory(o, ttlMs)),
    timer: new SnoozeTimer(o.enqueue, o.removeJob, o.clock),
    mutes: o.mutes,
    datadog: o.datadog,
    declareEnabled: Boolean(o.config.datadog.incidents && o.datadog?.incidentsEnabled),
    defaultChannel: o.config.slack.defaultChannel,
    redis: o.redis,
    prefix: o.prefix,
    logger: o.logger,
    clock: o.clock,
    redact: o.redact,
    escalation: o.escalation,
    journal: o.journal,
  };
}

/** Who is a guest, from users.info (cached like user groups; fails closed: an unknown user is a guest). */
function guestDirectory(o: { redis: Redis; prefix: string; writer: SlackWriter; logger: Logger }, ttlMs: () => number): UserDirectory {
  return new UserDirectory({
    redis: o.redis,
    prefix: o.prefix,
    call: (m, a) => o.writer.call(m, a),
    ttlMs,
    onError: (u, e) => o.logger.warn('cannot tell whether a Slack user is a guest (users.info; scope users:read?); treating them as one', { user: u, ...errorMeta(e) }),
  });
}

/** `@handle` → `<!subteam^S…>` through usergroups.list, cached 10 min in Redis; fails open. */
function mentionResolver(redis: Redis, prefix: string, writer: SlackWriter, clock: () => number, logger: Logger): (m: readonly string[]) => Promise<string[]> {
  const r = new MentionResolver({
    redis,
    prefix,
    call: (m, a) => writer.call(m, a),
    ttlMs: 10 * 60_000,
    clock,
    onError: (e) => logger.warn('cannot list Slack user groups; @handle mentions stay plain text (scope usergroups:read?)', errorMeta(e)),
    onUnknown: (handles) => logger.warn('mentions name no Slack user group; they stay plain text', { handles }),
  });
  return (m) => r.resolve(m);
}

/** Log Redis connection errors at most once per 10 s (a down Redis would flood the log). */
function throttledRedisLogger(logger: Logger): (e: Error) => void {
  let last = 0;
  return (e) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    logger.error('redis connection problem', errorMeta(e));
  };
}

/** A Redis URL without its password. */
export function safeUrl(u: string): string {
  try {
    const url = new URL(u);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the configured URL';
  }
}
