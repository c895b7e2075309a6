import Redis from 'ioredis';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { Escalator } from '../../../src/escalation';
import type { EscalationSlack } from '../../../src/escalation';
import { planCorrelation } from '../../../src/incident/plan-correlation';
import type { Incident } from '../../../src/incident/incident';
import { posted } from '../../../src/incident/message-state';
import { IncidentStore } from '../../../src/incident/incident-store';
import { Metrics } from '../../../src/ops/metrics';
import { createPagers } from '../../../src/page';
import { JobQueue } from '../../../src/queue/job-queue';
import { compileRules } from '../../../src/rules';
import type { Decision } from '../../../src/rules/types';
import { createScanner } from '../../../src/scan';
import { FakePagerDuty } from '../../helpers/fake-pagerduty';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

export const ROUTING_KEY = 'R0UT1NGKEYabcdef0123456789abcdef';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const scanner = createScanner();

/** What the Slack port was asked to do, in order. */
export interface SlackLog {
  replies: { id: string; text: string }[];
  posts: { channel: string; text: string }[];
  refreshes: number;
}

/** One worker process: its own queue connection and Escalator over the shared Redis data. */
export class Worker {
  readonly queue: JobQueue;
  readonly escalator: Escalator;

  constructor(h: Harness) {
    this.queue = new JobQueue({ redisUrl: REDIS_URL, prefix: `${h.prefix}:bull`, attempts: 3, backoffMs: 100, keepCompleted: 1000, onError: () => undefined, stalledIntervalMs: 1000, lockDurationMs: 5000 });
    this.escalator = new Escalator({
      incidents: h.store,
      slack: h.slack,
      pagers: createPagers({ timeoutMs: 2_000, pagerduty: { routingKey: ROUTING_KEY, apiUrl: h.pd.url }, opsgenie: { apiUrl: 'http://127.0.0.1:9' } }, { redact: (t) => scanner.redact(t).text, metrics: h.metrics, backoffMs: 1 }),
      enqueue: (job, o) => this.queue.add(job, o),
      audit: { append: async (e) => void h.audit.push(e) },
      isMuted: async (inc) => h.muted.has(inc.id),
      metrics: h.metrics,
      logger: { info: () => undefined, warn: () => undefined },
      clock: Date.now,
    });
  }

  /** Start taking jobs. */
  start(): this {
    this.queue.process(4, async (job, meta) => {
      if (job.kind !== 'timer') return;
      if (job.timer === 'escalation') await this.escalator.fire(job);
      if (job.timer === 'page') await this.escalator.page(job, meta.id, { attempt: meta.attempt, attempts: 3 });
    });
    return this;
  }

  stop(): Promise<void> {
    return this.queue.close();
  }
}

/** Real Redis (own prefix), a local PagerDuty, a recording Slack port, workers on demand. */
export class Harness {
  readonly prefix = testPrefix('escalation');
  readonly redis = new Redis(REDIS_URL);
  readonly store = new IncidentStore(this.redis, this.prefix);
  readonly metrics = new Metrics({ processMetrics: false });
  readonly log: SlackLog = { replies: [], posts: [], refreshes: 0 };
  readonly audit: { action: string; note: string; incident: string | null }[] = [];
  readonly muted = new Set<string>();
  readonly workers: Worker[] = [];
  pd!: FakePagerDuty;
  private seq = 0;

  readonly slack: EscalationSlack = {
    threadReply: async (inc, text) => void this.log.replies.push({ id: inc.id, text }),
    post: async (channel, text) => void this.log.posts.push({ channel, text }),
    refresh: async () => void this.log.refreshes++,
    link: (inc) => `https://slack.com/archives/C0ALERTS1/p17000000000${inc.id.length}`,
  };

  async start(): Promise<this> {
    this.pd = await new FakePagerDuty(ROUTING_KEY).start();
    return this;
  }

  worker(): Worker {
    const w = new Worker(this);
    this.workers.push(w);
    return w;
  }

  /** A new incident under `policyYaml` (steps of one route), saved with its first run started. */
  async incident(stepsYaml: string, over: Partial<Incident> = {}): Promise<Incident> {
    const rules = compileRules(`routes:\n  - severity: critical\n    escalation:\n${stepsYaml}`, 'test.yaml');
    const n = ++this.seq;
    const now = Date.now();
    const alert = normalizeDatadog({ id: `a-${n}-${now}`, title: `[Triggered] Stripe sync ${n} failing`, body: 'errors', alert_transition: 'Triggered', service: 'stripe-sync' }, { now });
    const decision: Decision = rules.evaluate(alert);
    const base = planCorrelation(null, alert, decision, `fp-${n}-${now}`, () => `H-${n.toString(36)}${now.toString(36).slice(-3)}`, now, 3_600_000).incident;
    const inc: Incident = { ...base, channel: 'C0ALERTS1', message: posted('1700000000.000100'), ...over }; // planCorrelation started run 1
    const saved = await this.store.save(inc, null);
    if (!saved.ok) throw new Error('save failed');
    return saved.incident;
  }

  /** Replies in one incident's thread. */
  replies(id: string): string[] {
    return this.log.replies.filter((r) => r.id === id).map((r) => r.text);
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
    await this.pd.stop();
    await deleteKeys(this.prefix);
    this.redis.disconnect();
  }
}

/** Wait until `cond` holds (polling), or fail after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
