import type Redis from 'ioredis';

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

  /** Claim an id; false when it was already seen (a redelivery). */
  async claim(id: string): Promise<boolean> {
    return (await this.redis.set(this.key(id), '1', 'PX', this.ttlMs, 'NX')) === 'OK';
  }

  /** Give an id back (the job could not be enqueued, so a redelivery must get through). */
  async release(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }
}
