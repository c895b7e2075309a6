import type { Incident } from '../../incident/incident';
import type { HeraldJob } from '../../queue/job-types';
import { snoozeToken } from './transitions';

/** Enqueue a delayed job (JobQueue.add fits). */
export type Enqueue = (job: HeraldJob, o: { jobId: string; delayMs: number }) => Promise<unknown>;

/**
 * Snooze ends as Bull delayed jobs (they survive restarts). The job carries the incident's
 * snoozedUntil as its token: a timer for an older snooze finds a different token and does nothing.
 */
export class SnoozeTimer {
  constructor(
    private readonly enqueue: Enqueue,
    private readonly removeJob: (jobId: string) => Promise<void>,
    private readonly clock: () => number,
  ) {}

  /** The job id of an incident's snooze timer. */
  static jobId(inc: Pick<Incident, 'id' | 'snoozedUntil'>): string {
    return `snooze-end:${inc.id}:${inc.snoozedUntil ?? 0}`;
  }

  /** Arm the timer for a snoozed incident. */
  async schedule(inc: Incident): Promise<void> {
    if (inc.state !== 'snoozed' || !inc.snoozedUntil) return;
    const delayMs = Math.max(0, inc.snoozedUntil - this.clock());
    await this.enqueue({ kind: 'timer', timer: 'snooze-end', target: inc.id, token: snoozeToken(inc) }, { jobId: SnoozeTimer.jobId(inc), delayMs });
  }

  /** Cancel the timer of a snooze that ended early (unsnooze, ack, resolve, re-snooze). */
  async cancel(before: Incident): Promise<void> {
    if (before.state !== 'snoozed' || !before.snoozedUntil) return;
    await this.removeJob(SnoozeTimer.jobId(before));
  }
}
