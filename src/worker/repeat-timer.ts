import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { HeraldJob, TimerJob } from '../queue/job-types';
import type { IncidentMessages } from '../slack/incident-messages';
import type { Reruns } from './reruns';
import { slackDate } from '../slack/render/mrkdwn';

/** Schedules and fires `repeat_interval` re-notifications as delayed queue jobs (survive restarts). */
export class RepeatTimer {
  constructor(
    private readonly enqueue: (job: HeraldJob, o: { jobId: string; delayMs: number }) => Promise<unknown>,
    private readonly store: IncidentStore,
    private readonly messages: IncidentMessages,
    private readonly reruns: Reruns,
    private readonly clock: () => number,
  ) {}

  /** Schedule the next re-notification for an incident (idempotent per incident + due time). */
  async schedule(inc: Incident): Promise<void> {
    const every = inc.decision.repeatIntervalMs;
    if (!every || inc.state === 'resolved') return;
    // Due times sit on a fixed grid from firstSeen, so a re-run job schedules the same timer
    // (same job id, deduplicated by the queue) instead of starting a second chain.
    const now = this.clock();
    const k = Math.floor((now + 1_000 - inc.firstSeen) / every) + 1; // +1 s: a timer firing a little early still advances
    const due = inc.firstSeen + k * every;
    const token = `${inc.firstSeen}:${inc.reopenedCount}`;
    await this.enqueue({ kind: 'timer', timer: 'repeat', target: inc.id, token }, { jobId: `repeat:${inc.id}:${token}:${k}`, delayMs: Math.max(0, due - now) });
  }

  /** A repeat timer fired: re-notify if the incident is still open and unacknowledged, then re-arm. */
  async fire(job: TimerJob): Promise<void> {
    const inc = await this.store.get(job.target);
    if (!inc || `${inc.firstSeen}:${inc.reopenedCount}` !== job.token) return;
    if (inc.state === 'resolved') return;
    if (inc.state === 'open') {
      const every = inc.decision.repeatIntervalMs ?? 60_000;
      const slot = Math.floor((this.clock() + 1_000 - inc.firstSeen) / every); // this timer's place on the grid
      await this.reruns.once(`repeat:${inc.id}:${job.token}:${slot}`, () =>
        this.messages.threadReply(inc, `:repeat: Still firing: ${inc.count} alert(s) since ${slackDate(inc.firstSeen)}, last ${slackDate(inc.lastSeen)}. Not acknowledged yet.`, true),
      );
    }
    await this.schedule(inc);
  }
}
