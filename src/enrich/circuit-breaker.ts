/** Options of a circuit breaker. */
export interface BreakerOptions {
  /** Consecutive failures that open the circuit (default 5). */
  threshold?: number;
  /** How long it stays open before one probe is let through, ms (default 30 000). */
  openMs?: number;
  clock?: () => number;
}

interface BreakerState {
  failures: number;
  openUntil: number;
  probing: boolean;
}

/**
 * Circuit breakers keyed by endpoint, in memory. Closed: calls pass. After `threshold`
 * consecutive failures it opens for `openMs`: calls are refused. Then it is half-open: one
 * probe passes; success closes it, failure opens it again.
 */
export class CircuitBreakers {
  private readonly states = new Map<string, BreakerState>();
  private readonly threshold: number;
  private readonly openMs: number;
  private readonly clock: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.threshold ?? 5;
    this.openMs = opts.openMs ?? 30_000;
    this.clock = opts.clock ?? Date.now;
  }

  /**
   * May a call to `key` go out now? Returns 0 when it may, else the ms until the next probe
   * (at least 1). A 0 answer in the half-open state claims the single probe.
   */
  acquire(key: string): number {
    const s = this.states.get(key);
    if (!s || s.openUntil === 0) return 0;
    const now = this.clock();
    if (now < s.openUntil) return Math.max(1, s.openUntil - now);
    if (s.probing) return 1;
    s.probing = true;
    return 0;
  }

  /** Record a success: closes the circuit. */
  success(key: string): void {
    this.states.delete(key);
  }

  /** Record a failure that says the endpoint is unhealthy (timeout, network, 429, 5xx). */
  failure(key: string): void {
    const s = this.states.get(key) ?? { failures: 0, openUntil: 0, probing: false };
    s.failures++;
    if (s.probing || s.failures >= this.threshold) {
      s.openUntil = this.clock() + this.openMs;
      s.probing = false;
    }
    this.states.set(key, s);
  }

  /** Release a half-open probe whose answer said nothing about health (e.g. a 404). */
  neutral(key: string): void {
    const s = this.states.get(key);
    if (s?.probing) this.success(key);
  }

  /** `closed`, `open` or `half-open`, for logs and tests. */
  state(key: string): 'closed' | 'open' | 'half-open' {
    const s = this.states.get(key);
    if (!s || s.openUntil === 0) return 'closed';
    return this.clock() < s.openUntil ? 'open' : 'half-open';
  }
}
