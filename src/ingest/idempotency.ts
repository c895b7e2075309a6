import type Redis from 'ioredis';

/** How long a claim holds before the alert is confirmed queued. */
const PENDING_CLAIM_MS = 60_000;

/** Remembers Datadog `$ID`s for a while so exact redeliveries are dropped. */
export class Idempotency {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  private key(id: string): string {
    return `${this.prefix}:idem:${id}`;
  }

  /**
   * Claim an id; false when it was already seen (a redelivery). The claim is short-lived until
   * `confirm`: if Redis goes away between the claim and the enqueue, the release may fail too,
   * and a claim kept for the full TTL would drop Datadog's redelivery of an alert that was
   * never queued (lost). A lapsed claim is harmless: the job id dedupes the queue.
   */
  async claim(id: string): Promise<boolean> {
    return (await this.redis.set(this.key(id), '1', 'PX', Math.min(this.ttlMs, PENDING_CLAIM_MS), 'NX')) === 'OK';
  }

  /** The alert is queued: remember the id for the full TTL. */
  async confirm(id: string): Promise<void> {
    if (this.ttlMs > PENDING_CLAIM_MS) await this.redis.pexpire(this.key(id), this.ttlMs);
  }

  /** Give an id back (the job could not be enqueued, so a redelivery must get through). */
  async release(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }
}
