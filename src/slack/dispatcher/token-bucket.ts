/**
 * A token bucket: holds up to `burst` tokens and refills at `ratePerSec`. Pure: the caller
 * passes the current time, so it is tested with a plain number for a clock.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly ratePerSec: number,
    readonly burst: number,
    now: number,
  ) {
    if (!(ratePerSec > 0) || !(burst >= 1)) throw new RangeError('TokenBucket needs ratePerSec > 0 and burst >= 1');
    this.tokens = burst;
    this.at = now;
  }

  /** Milliseconds until one token is available (0: available now). Does not take it. */
  waitMs(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSec);
  }

  /** Take one token if available; true when taken. */
  tryTake(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when the bucket is full, i.e. indistinguishable from a fresh one. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.burst;
  }

  private refill(now: number): void {
    if (now > this.at) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.ratePerSec);
      this.at = now;
    }
  }
}
