import { randomBytes } from 'node:crypto';
import type { SlackWriter } from '../dispatcher/slack-writer';
import { renderDigest } from './render-digest';
import { renderSummary } from './render-summary';
import type { StormStore } from './storm-store';

/** How long a posting/summary claim holds before another worker may try. */
export const POST_CLAIM_MS = 30_000;

/**
 * How long a claimed digest update holds off other updates (unless settled first): about the
 * longest the dispatcher keeps retrying one call. Past it another worker may send; settling
 * then finds out and has the latest sent again.
 */
export const FLUSH_LEASE_MS = 30_000;

/** Logger the storm code uses. */
export interface StormLogger {
  info(m: string, meta?: object): void;
  warn(m: string, meta?: object): void;
}

/**
 * The Slack side of a digest: posts it exactly once per storm (SET NX claim), sends
 * throttled updates (at most one per interval per digest across workers, claimed in Redis
 * and held until Slack answered, so no older content lands after newer), and posts the
 * summary once when the storm ends. An in-process timer sends the trailing update after a
 * burst (scheduled by whoever posted, updated or was told to wait); the storm-check job is
 * the durable backstop when a process dies.
 */
export class DigestPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Digests with a requested flush running in this process; `again`: asked for once more meanwhile. */
  private readonly running = new Map<string, { again: boolean }>();
  private closed = false;

  constructor(
    private readonly store: StormStore,
    private readonly writer: SlackWriter,
    private readonly clock: () => number,
    private readonly logger: StormLogger,
    private readonly intervalMs: number,
  ) {}

  /**
   * A digest changed (one call per alert counted in it): bring its message up to date
   * without one Redis claim per alert. At most one requested flush per digest runs in this
   * process; requests meanwhile fold into one more flush after it; none while a trailing
   * update is scheduled (it sends whatever is counted by then). Not awaited by the caller:
   * failures are logged, and the storm-check timer is the durable backstop.
   */
  request(id: string): void {
    if (this.closed || this.timers.has(id)) return;
    const running = this.running.get(id);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    this.running.set(id, state);
    const loop = async () => {
      try {
        do {
          state.again = false;
          await this.flush(id);
        } while (state.again && !this.closed && !this.timers.has(id));
      } finally {
        this.running.delete(id);
      }
    };
    loop().catch((e) => this.logger.warn('storm digest flush failed; storm-check retries', { digestId: id, error: String(e) }));
  }

  /**
   * Bring the digest message up to date: post it if nobody has, else update it when the
   * interval allows (or `force`) and no other update is in flight, else look again later.
   * Whatever happens, a claimed update is settled (the lease ends) and a trailing flush is
   * scheduled, which sends what was counted meanwhile.
   */
  async flush(id: string, force = false): Promise<void> {
    const c = await this.store.claimFlush(id, this.clock(), force, FLUSH_LEASE_MS);
    if (c.status === 'unposted') return this.ensurePosted(id);
    if (c.status === 'wait') return this.schedule(id, c.n);
    if (c.status === 'clean') return;
    let sent: number | null = null;
    try {
      const snap = await this.store.snapshot(id);
      if (snap?.ts) {
        const msg = renderDigest(snap.state);
        await this.writer.update({ channel: snap.postedChannel, ts: snap.ts, text: msg.text, blocks: msg.blocks });
        sent = snap.ver;
      }
    } catch (e) {
      this.logger.warn('storm digest update failed; a later call retries', { digestId: id, error: String(e) });
    }
    try {
      await this.store.settleFlush(id, c.n, sent);
    } finally {
      this.schedule(id, this.intervalMs);
    }
  }

  /**
   * Post the digest message unless it exists or another worker holds the posting claim.
   * When someone else posts (or posted) it, look again after an interval: their message may
   * predate what this worker counted, and they may not live to send the trailing update.
   */
  async ensurePosted(id: string): Promise<void> {
    const first = await this.store.snapshot(id);
    if (!first || first.state.incidents === 0) return;
    if (first.ts) return this.schedule(id, this.intervalMs);
    const token = randomBytes(8).toString('hex');
    if (!(await this.store.claim(id, 'posting', token, POST_CLAIM_MS))) return this.schedule(id, this.intervalMs);
    try {
      const snap = await this.store.snapshot(id);
      if (!snap) return;
      if (snap.ts) return this.schedule(id, this.intervalMs);
      const msg = renderDigest(snap.state);
      const ref = await this.writer.postMessage({ channel: snap.state.channel, text: msg.text, blocks: msg.blocks });
      await this.store.markSent(id, snap.ver, { ts: ref.ts, channel: ref.channel, at: this.clock() });
      this.logger.info('storm digest posted', { digestId: id, channel: snap.state.channel, ts: ref.ts });
    } finally {
      await this.store.release(id, 'posting', token).catch(() => undefined);
    }
    this.schedule(id, this.intervalMs);
  }

  /** The storm is over: make sure the digest exists and shows it, then post the summary once. */
  async finish(id: string): Promise<void> {
    this.cancel(id);
    await this.ensurePosted(id);
    await this.flush(id, true);
    this.cancel(id);
    const first = await this.store.snapshot(id);
    if (!first || first.summaryTs || first.state.incidents === 0) return;
    const token = randomBytes(8).toString('hex');
    if (!(await this.store.claim(id, 'summary', token, POST_CLAIM_MS))) return;
    try {
      const snap = await this.store.snapshot(id);
      if (!snap || snap.summaryTs) return;
      const msg = renderSummary(snap.state);
      const ref = await this.writer.postMessage({ channel: snap.postedChannel, text: msg.text, blocks: msg.blocks });
      await this.store.setSummaryTs(id, ref.ts);
    } catch (e) {
      await this.store.release(id, 'summary', token).catch(() => undefined);
      throw e;
    }
  }

  /** Stop pending trailing updates (shutdown, tests). */
  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(id: string, ms: number): void {
    if (this.closed || this.timers.has(id)) return;
    const t = setTimeout(() => {
      this.timers.delete(id);
      this.flush(id).catch((e) => this.logger.warn('storm digest trailing update failed', { digestId: id, error: String(e) }));
    }, Math.max(10, ms + 5));
    t.unref();
    this.timers.set(id, t);
  }

  private cancel(id: string): void {
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.delete(id);
  }
}
