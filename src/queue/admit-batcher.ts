import type Redis from 'ioredis';
import { admitJobs, type Admission, type AdmitRequest } from './admit-job';
import type { BullQueueKeys } from './bull-internals';
import type { ReplicaWait } from './replica-wait';

/** How the batcher groups admissions. */
export interface AdmitBatchLimits {
  /** Jobs per script call. */
  maxJobs: number;
  /**
   * Bytes of job data per script call. Large commands are expensive out of all proportion
   * (a 100 KB+ command string is flattened into V8's large-object space and copied again on
   * its way to the socket); a handful of 4 KB jobs per call is the sweet spot.
   */
  maxBytes: number;
  /** A batch whose script call has not answered by then fails (Redis away or stuck). */
  timeoutMs: number;
}

/** Why a batch failed without an answer from Redis. */
export class AdmitTimeoutError extends Error {
  constructor(ms: number) {
    super(`Redis did not run the admit script within ${ms} ms`);
    this.name = 'AdmitTimeoutError';
  }
}

interface Pending extends AdmitRequest {
  resolve: (a: Admission) => void;
  reject: (e: unknown) => void;
}

/**
 * Groups the admissions made during one event-loop turn (the webhooks whose bodies arrived
 * together) into a few admit-script calls instead of one command each: a concurrent burst of
 * webhooks costs Redis and the web process about a third less per webhook. A lone webhook
 * is sent at the end of the same turn (setImmediate), so it waits for nobody.
 */
export class AdmitBatcher {
  private pending: Pending[] = [];
  private scheduled = false;

  private readonly limits: AdmitBatchLimits;

  constructor(
    private readonly client: Redis,
    private readonly keys: BullQueueKeys,
    limits: Partial<AdmitBatchLimits> = {},
    /** With sentinels: a batch settles only once a replica has it (see ReplicaWait). */
    private readonly replicaWait?: ReplicaWait,
  ) {
    this.limits = { maxJobs: 8, maxBytes: 40 * 1024, timeoutMs: 3_000, ...limits };
  }

  /** Admit one job (see admitJobs); settles when its batch's script call does. */
  admit(req: AdmitRequest): Promise<Admission> {
    return new Promise<Admission>((resolve, reject) => {
      this.pending.push({ ...req, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const all = this.pending;
    this.pending = [];
    let batch: Pending[] = [];
    let bytes = 0;
    for (const p of all) {
      const fits = batch.length < this.limits.maxJobs && bytes + p.data.length <= this.limits.maxBytes && (batch.length === 0 || batch[0].onceTtlMs === p.onceTtlMs);
      if (!fits && batch.length > 0) {
        this.send(batch);
        batch = [];
        bytes = 0;
      }
      batch.push(p);
      bytes += p.data.length;
    }
    if (batch.length > 0) this.send(batch);
  }

  /** One timer per batch (not per job): the first of answer and timeout settles every job. */
  private send(batch: Pending[]): void {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      const e = new AdmitTimeoutError(this.limits.timeoutMs);
      batch.forEach((p) => p.reject(e));
    }, this.limits.timeoutMs);
    const admitted = admitJobs(this.client, this.keys, batch);
    const durable = this.replicaWait
      ? admitted.then(async (outcomes) => {
          if (!(await this.replicaWait!.confirm())) throw new Error('no replica confirmed the admission in time');
          return outcomes;
        })
      : admitted;
    durable.then(
      (outcomes) => {
        clearTimeout(timer);
        if (settled) return;
        if (outcomes.length !== batch.length) {
          const e = new Error(`admit script answered ${outcomes.length} outcomes for ${batch.length} jobs`);
          batch.forEach((p) => p.reject(e));
        } else batch.forEach((p, i) => p.resolve(outcomes[i]));
      },
      (e: unknown) => {
        clearTimeout(timer);
        if (!settled) batch.forEach((p) => p.reject(e));
      },
    );
  }
}
