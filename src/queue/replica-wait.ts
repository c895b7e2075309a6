import type Redis from 'ioredis';

/**
 * Makes a write durable across a failover before it is acknowledged: `WAIT 1 <timeoutMs>`
 * on the connection that wrote it. Redis replicates asynchronously, so a write the master
 * acknowledged can be missing on the replica that sentinels promote when the master dies;
 * a webhook answered 202 must not be lost that way. When the master has no replica
 * connected (a failover just promoted the only one) there is nothing to wait for and the
 * write counts as done (as durable as a single Redis); `INFO replication` is read at most
 * once a second for that (so for up to a second after a replica attaches, writes are not
 * waited for).
 */
export class ReplicaWait {
  private replicas = -1;
  private checkedAt = -Infinity;

  constructor(
    private readonly client: Redis,
    private readonly timeoutMs = 100,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True when a replica has every write made so far on this connection (or there is none to have it). */
  async confirm(): Promise<boolean> {
    // No WAIT without a replica: it would hold the connection (and every admission behind
    // it) for the whole timeout, and a burst of retried webhooks would never get through.
    if ((await this.connectedReplicas()) === 0) return true;
    const acked = Number(await this.client.wait(1, this.timeoutMs));
    if (acked >= 1) return true;
    this.checkedAt = -Infinity; // the replica may be gone: look again next time
    return false;
  }

  private async connectedReplicas(): Promise<number> {
    const now = this.clock();
    if (now - this.checkedAt >= 1_000) {
      const info = await this.client.info('replication');
      this.replicas = Number(/connected_slaves:(\d+)/.exec(info)?.[1] ?? 0);
      this.checkedAt = now;
    }
    return this.replicas;
  }
}
