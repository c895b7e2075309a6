import type { TokenBucket } from './token-bucket';

interface Waiter {
  priority: number;
  reserve: number;
  seq: number;
  grant: () => void;
}

/**
 * Hands out the workspace-wide budget (one token bucket) to the channel lanes that wait for
 * it, best priority first (lowest number; ties in arrival order) among those that can be
 * served now, instead of letting sleeping lanes race for each token. The dispatcher's priority is how much a channel has
 * sent lately, so in a storm a channel's first message is not stuck behind other channels'
 * third posts and updates. `reserve` keeps tokens back from low-priority kinds of call.
 */
export class FairGate {
  private waiters: Waiter[] = [];
  private seq = 0;
  private wakeAt = Infinity;
  private wakeGen = 0;

  constructor(
    private readonly bucket: TokenBucket,
    private readonly clock: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when a token is granted (and taken). */
  acquire(priority: number, reserve = 0): Promise<void> {
    return new Promise((grant) => {
      this.waiters.push({ priority, reserve, seq: this.seq++, grant });
      this.pump();
    });
  }

  /** Give back a granted token that was not spent (the shared budget said wait). */
  refund(): void {
    this.bucket.refund(this.clock());
    this.pump();
  }

  /** How many wait. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Grant tokens to the best waiters that can have one now; else wake up when one can. */
  private pump(): void {
    while (this.waiters.length > 0) {
      const now = this.clock();
      let bi = -1;
      let soonest = Infinity;
      for (let i = 0; i < this.waiters.length; i++) {
        const w = this.waiters[i]!;
        const wait = this.bucket.waitMs(now, w.reserve);
        if (wait > 0) {
          soonest = Math.min(soonest, wait);
          continue;
        }
        const b = bi < 0 ? null : this.waiters[bi]!;
        if (!b || w.priority < b.priority || (w.priority === b.priority && w.seq < b.seq)) bi = i;
      }
      if (bi < 0) return this.wakeUpAt(now + soonest);
      const best = this.waiters[bi]!;
      this.bucket.tryTake(now, best.reserve);
      this.waiters.splice(bi, 1);
      best.grant();
    }
  }

  private wakeUpAt(at: number): void {
    if (at >= this.wakeAt) return; // an earlier wake-up is already set
    this.wakeAt = at;
    const gen = ++this.wakeGen;
    void this.sleep(Math.max(1, at - this.clock())).then(() => {
      if (gen !== this.wakeGen) return;
      this.wakeAt = Infinity;
      this.pump();
    });
  }
}
