import type { Logger } from '../ops/logger';
import type { AlertOutcome } from './outcome';

/**
 * Counts alert outcomes and logs them once per period at info (`alerts processed`, with a
 * count per outcome and the period's length), so that a busy worker writes one line a minute
 * instead of one per alert (each alert's own line is at debug). Nothing is logged for a
 * period without alerts. `stop()` logs what the last period counted.
 */
export class OutcomeSummary {
  private counts = new Map<AlertOutcome, number>();
  private since: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly periodMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.since = clock();
  }

  /** Count one alert's outcome. */
  count(outcome: AlertOutcome): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  /** Log the period's counts (if any) and start a new period. */
  flush(): void {
    const now = this.clock();
    if (this.counts.size > 0) {
      const byOutcome = Object.fromEntries(this.counts);
      const total = [...this.counts.values()].reduce((s, n) => s + n, 0);
      this.logger.info('alerts processed', { total, ...byOutcome, periodS: Math.round((now - this.since) / 1000) });
    }
    this.counts = new Map();
    this.since = now;
  }

  /** Log every period from now on. */
  start(): void {
    if (this.timer) return;
    this.since = this.clock();
    this.timer = setInterval(() => this.flush(), this.periodMs);
    this.timer.unref();
  }

  /** Stop the timer and log the last period. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }
}
