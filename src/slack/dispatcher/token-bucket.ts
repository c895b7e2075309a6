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

  /**
   * Milliseconds until one token is available (0: available now) while leaving `reserve`
   * tokens for others (lower-priority callers pass a reserve). Does not take it.
   */
  waitMs(now: number, reserve = 0): number {
    this.refill(now);
    const need = 1 + Math.min(reserve, this.burst - 1);
    if (this.tokens >= need) return 0;
    return Math.ceil(((need - this.tokens) * 1000) / this.ratePerSec);
  }

  /** Take one token if available beyond `reserve`; true when taken. */
  tryTake(now: number, reserve = 0): boolean {
    this.refill(now);
    if (this.tokens < 1 + Math.min(reserve, this.burst - 1)) return false;
    this.tokens -= 1;
    return true;
  }

  /** Give back one token taken by `tryTake` but not spent (capped at `burst`). */
  refund(now: number): void {
    this.refill(now);
    this.tokens = Math.min(this.burst, this.tokens + 1);
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
