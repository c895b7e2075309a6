import Queue from 'bull';
import type Redis from 'ioredis';
import { HeraldError } from '../errors/herald-error';
import { AdmitBatcher, AdmitTimeoutError } from './admit-batcher';
import type { Admission } from './admit-job';
import { admitTarget, handleWorkerNameRejection, storedJobOpts } from './bull-internals';
import type { HeraldJob } from './job-types';
import { ReplicaWait } from './replica-wait';
import { createRedis, usesSentinels, type RedisTarget } from './redis-connection';

/** A dead letter: a job that exhausted its retries, with its error. */
export interface DeadLetter {
  id: string;
  kind: string;
  alertId?: string;
  failedReason: string;
  attempts: number;
  finishedAt: number | null;
}

/** A kept job: its data and how far it got. */
export interface JobView {
  id: string;
  data: HeraldJob;
  attemptsMade: number;
  /** When it completed or failed for good; null while waiting, delayed or active. */
  finishedOn: number | null;
  failedReason: string | null;
  delayMs: number;
}

/** Options for the job queue. */
export interface JobQueueOptions {
  /** A URL, or sentinels (every Bull connection uses the same options as Herald's own). */
  redisUrl: string | RedisTarget;
  /** Key prefix (Bull's `prefix`); tests use their own. */
  prefix: string;
  attempts: number;
  backoffMs: number;
  keepCompleted: number;
  /**
   * Finished jobs kept by age as well as count: completed ones for `completedAgeMs` (default
   * 1 h), failed ones (dead letters) at most `failed` (default 1000) for `failedAgeMs`
   * (default 7 days). Job data is a redacted, bounded alert, so this bounds Bull's keys.
   */
  retention?: { completedAgeMs?: number; failed?: number; failedAgeMs?: number };
  onError: (e: Error) => void;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** How long add() may take before the caller is told Redis is unavailable. */
  addTimeoutMs?: number;
}

/** The job queue behind the pipeline (Bull on Redis). The only module that imports bull. */
export class JobQueue {
  private readonly queue: Queue.Queue<HeraldJob>;
  private readonly clients: Redis[] = [];
  private readonly addTimeoutMs: number;
  private closing = false;

  constructor(private readonly opts: JobQueueOptions) {
    this.addTimeoutMs = opts.addTimeoutMs ?? 3_000;
    // As Bull stores them for a job added with the defaults below (see admit()).
    const r = opts.retention ?? {};
    const secs = (ms: number) => Math.max(1, Math.round(ms / 1000));
    this.jobOpts = {
      attempts: opts.attempts,
      backoff: { type: 'exponential', delay: opts.backoffMs },
      removeOnComplete: { count: opts.keepCompleted, age: secs(r.completedAgeMs ?? 3_600_000) },
      removeOnFail: { count: r.failed ?? 1000, age: secs(r.failedAgeMs ?? 7 * 86_400_000) },
    };
    this.queue = new Queue<HeraldJob>('alerts', {
      prefix: opts.prefix,
      createClient: (type) => {
        // Bull's own commands on its client connection are auto-pipelined (job moves are small);
        // the admit script is written on its own (a bulky RedisScript; see AdmitBatcher).
        const extra = type === 'client' ? {} : { maxRetriesPerRequest: null, enableReadyCheck: false, enableAutoPipelining: false };
        const c = createRedis(opts.redisUrl, opts.onError, extra);
        this.clients.push(c);
        return c;
      },
      defaultJobOptions: structuredClone(this.jobOpts),
      settings: { stalledInterval: opts.stalledIntervalMs ?? 5_000, maxStalledCount: 3, lockDuration: opts.lockDurationMs ?? 30_000 },
    });
    this.queue.on('error', opts.onError);
    handleWorkerNameRejection(this.queue);
  }

  /** Enqueue a job; `jobId` makes it idempotent while the job is kept. Throws 503-coded errors when Redis is away. */
  async add(job: HeraldJob, o: { jobId?: string; delayMs?: number } = {}): Promise<string> {
    return this.withTimeout(async () => String((await this.queue.add(job, { jobId: o.jobId, delay: o.delayMs })).id));
  }

  /**
   * Enqueue a job unless `once.key` was seen within its TTL (then 'duplicate'): the claim and
   * the enqueue are one atomic Redis step (src/queue/admit-job.ts). Same errors as add().
   */
  async admit(job: HeraldJob, o: { jobId: string; once: { key: string; ttlMs: number } }): Promise<Admission> {
    // The batcher times its script calls out itself (one timer per batch, not per webhook);
    // only the first call, which waits for Bull's connection, needs a timer of its own.
    const batcher = this.batcher ?? (await this.withTimeout(async () => {
      await this.queue.isReady();
      return (this.batcher ??= this.admitBatcher());
    }));
    const timestamp = Date.now();
    try {
      return await batcher.admit({ id: o.jobId, data: JSON.stringify(job), opts: storedJobOpts(this.jobOpts, o.jobId, timestamp), timestamp, onceKey: o.once.key, onceTtlMs: o.once.ttlMs });
    } catch (e) {
      throw e instanceof AdmitTimeoutError
        ? new HeraldError('redis_unavailable', 'the queue did not accept the job in time', { retryable: true })
        : new HeraldError('redis_unavailable', 'the queue is unavailable', { retryable: true, cause: e });
    }
  }

  private batcher?: AdmitBatcher;
  private readonly jobOpts: Record<string, unknown>;

  private admitBatcher(): AdmitBatcher {
    const { keys, client } = admitTarget(this.queue);
    const replicaWait = usesSentinels(this.opts.redisUrl) ? new ReplicaWait(client) : undefined;
    return new AdmitBatcher(client, keys, { timeoutMs: this.addTimeoutMs }, replicaWait);
  }

  private async withTimeout<T>(fn: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HeraldError('redis_unavailable', 'the queue did not accept the job in time', { retryable: true })),
        this.addTimeoutMs,
      );
    });
    try {
      return await Promise.race([fn(), timeout]);
    } catch (e) {
      if (e instanceof HeraldError) throw e;
      throw new HeraldError('redis_unavailable', 'the queue is unavailable', { retryable: true, cause: e });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Run `handler` for each job, `concurrency` at a time; a throw retries with backoff. */
  process(concurrency: number, handler: (job: HeraldJob, meta: { id: string; attempt: number }) => Promise<void>): void {
    this.queue
      .process(concurrency, async (j) => handler(j.data, { id: String(j.id), attempt: j.attemptsMade + 1 }))
      .catch((e: unknown) => {
        if (!this.closing) this.opts.onError(e instanceof Error ? e : new Error(String(e)));
      });
  }

  /** Subscribe to final failures (dead letters). */
  onDeadLetter(fn: (jobId: string, job: HeraldJob, err: Error) => void): void {
    this.queue.on('failed', (j, err) => {
      if (j.attemptsMade >= (j.opts.attempts ?? 1)) fn(String(j.id), j.data, err);
    });
  }

  /** Waiting + delayed + active jobs. */
  async depth(): Promise<number> {
    const c = await this.queue.getJobCounts();
    return c.waiting + c.delayed + c.active;
  }

  /** Jobs waiting or running now (delayed timers not counted): 0 once the queue is drained. */
  async busy(): Promise<number> {
    const c = await this.queue.getJobCounts();
    return c.waiting + c.active;
  }

  /** Number of dead letters. */
  async deadLetterCount(): Promise<number> {
    return this.queue.getFailedCount();
  }

  /** List dead letters, newest first. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((j) => ({
      id: String(j.id),
      kind: j.data.kind,
      alertId: j.data.kind === 'alert' ? j.data.alert.id : undefined,
      failedReason: j.failedReason ?? '',
      attempts: j.attemptsMade,
      finishedAt: j.finishedOn ?? null,
    }));
  }

  /** Put dead letters back on the queue (all, or the given ids). Returns how many. */
  async replay(ids?: string[]): Promise<number> {
    const jobs = ids ? await Promise.all(ids.map((id) => this.queue.getJob(id))) : await this.queue.getFailed();
    let n = 0;
    for (const j of jobs) {
      if (j && (await j.isFailed())) {
        await j.retry();
        n++;
      }
    }
    return n;
  }

  /** One job by id, as kept in Redis (tests and tools); null when it is not kept. */
  async getJob(jobId: string): Promise<JobView | null> {
    const j = await this.queue.getJob(jobId);
    if (!j) return null;
    return { id: String(j.id), data: j.data, attemptsMade: j.attemptsMade, finishedOn: j.finishedOn ?? null, failedReason: j.failedReason ?? null, delayMs: Number(j.opts.delay ?? 0) };
  }

  /** Cancel a delayed job by id (e.g. a snooze timer); no-op when absent. */
  async remove(jobId: string): Promise<void> {
    const j = await this.queue.getJob(jobId);
    if (j) await j.remove().catch(() => undefined);
  }

  /** Stop taking jobs, wait for running ones, close connections. */
  async close(): Promise<void> {
    this.closing = true;
    await this.queue.close().catch(() => undefined);
    for (const c of this.clients) c.disconnect();
  }
}
