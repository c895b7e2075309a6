import { anchorOf, conditionState, nextFiring } from '../incident/escalation-run';
import type { Incident } from '../incident/incident';
import type { CorrelationAction } from '../incident/plan-correlation';
import { firingOffset, stepApplies } from '../rules/escalation-schedule';
import type { TimerJob } from '../queue/job-types';
import { PageJobs } from './page-jobs';
import { StepRunner, type Firing } from './step-runner';
import { parseStepToken, stepToken } from './tokens';
import type { EscalationDeps, JobAttempt } from './types';

/** The answer to a request to escalate by hand. */
export type ByHandResult = { ok: true; step: number; total: number } | { ok: false; reason: 'no-policy' | 'resolved' | 'no-step' | 'not-found'; total?: number };

/** Most active incidents whose timers are re-armed when a worker starts. */
const RECOVER_LIMIT = 5_000;

/**
 * Runs escalation policies. Each step's next firing is a delayed queue job whose id names the
 * incident, run, step, anchor and firing, so arming it twice (two workers, a re-run, a restart)
 * makes one job, and a job fires on one worker. A firing checks that its run is current and its
 * step not yet handled, runs the step when its condition holds (StepRunner: each action once),
 * records it on the incident and arms the step's next firing. Pages go through PageJobs.
 */
export class Escalator {
  private readonly runner: StepRunner;
  readonly pages: PageJobs;

  constructor(private readonly d: EscalationDeps) {
    this.runner = new StepRunner(d);
    this.pages = new PageJobs(d);
  }

  /** Arm the next firing of every step of the incident's current run (idempotent). */
  async schedule(inc: Incident): Promise<void> {
    const p = inc.escalation;
    if (!p || inc.state === 'resolved') return;
    const now = this.d.clock();
    for (const s of p.policy.steps) {
      const n = nextFiring(p, s, inc);
      if (!n) continue;
      const token = stepToken({ run: p.run, step: s.number, anchor: anchorOf(p, s, inc)!, k: n.k });
      await this.d.enqueue({ kind: 'timer', timer: 'escalation', target: inc.id, token }, { jobId: `escalation:${inc.id}:${token}`, delayMs: Math.max(0, n.at - now) });
    }
  }

  /**
   * After any change to an incident (worker or triage): arm the timers of a new run or of an
   * acknowledgement, count the time to acknowledge, and move paged outlets along.
   */
  async changed(before: Incident | null, after: Incident): Promise<void> {
    const newRun = after.escalation && after.escalation.run !== before?.escalation?.run;
    const acked = after.state === 'acknowledged' && before?.state !== 'acknowledged' && after.ackAt !== undefined;
    if (acked && before?.state === 'open') {
      const since = after.escalation?.startedAt ?? after.firstSeen;
      this.d.metrics?.timeToAck.observe({ severity: after.severity }, Math.max(0, (after.ackAt! - since) / 1000));
    }
    if (newRun || acked) await this.schedule(after);
    if (before && before.state !== after.state) await this.pages.requestSync(after);
  }

  /**
   * After an alert changed its incident (the worker's escalate stage): a new or re-triggered
   * incident's run gets its timers, a recovery moves pages to resolved; for a re-run (null)
   * both, as the first run may have died before either (both are idempotent).
   */
  async afterAlert(action: CorrelationAction | null, inc: Incident): Promise<void> {
    if (action === null || action === 'new' || action === 'retrigger') await this.schedule(inc);
    if (action === null || action === 'recovered') await this.pages.requestSync(inc);
  }

  /** A step timer fired. */
  async fire(job: TimerJob): Promise<void> {
    const t = parseStepToken(job.token);
    const inc = t ? await this.d.incidents.get(job.target) : null;
    const p = inc?.escalation;
    if (!t || !inc || !p || p.run !== t.run || inc.state === 'resolved') return;
    const step = p.policy.steps[t.step - 1];
    if (!step) return;
    const key = `esc:${inc.id}:${job.token}`;
    if (t.by !== undefined) {
      const f: Firing = { inc, step, key, firing: `h${t.at}`, by: t.by };
      await this.runner.run(f);
      const after = await this.runner.record(f, step.everyMs === null ? 1 : null, true);
      await this.d.slack.refresh(after);
      return;
    }
    if (anchorOf(p, step, inc) !== t.anchor || (p.fired[step.number] ?? 0) > t.k) return; // stale or done
    const muted = this.d.isMuted ? await this.d.isMuted(inc).catch(() => false) : false;
    const applies = stepApplies(step, conditionState(inc, muted));
    const f: Firing = { inc, step, key, firing: `a${t.anchor}k${t.k}` };
    if (applies) await this.runner.run(f);
    else this.d.logger.info('escalation step skipped', { incident: inc.id, step: step.number, state: inc.state, muted });
    const after = await this.runner.record(f, t.k + 1, applies);
    if (applies) await this.d.slack.refresh(after);
    if (firingOffset(step, t.k + 1) !== null) await this.schedule(after);
  }

  /**
   * Escalate by hand (`/herald escalate H-12 [step]`): queue a firing of `step`, or of the
   * first step not run yet in this run (else the last). The caller has checked the role.
   */
  async byHand(id: string, step: number | null, by: string): Promise<ByHandResult> {
    const inc = await this.d.incidents.get(id);
    if (!inc) return { ok: false, reason: 'not-found' };
    const p = inc.escalation;
    const total = p?.policy.steps.length ?? 0;
    if (!p || total === 0) return { ok: false, reason: 'no-policy' };
    if (inc.state === 'resolved') return { ok: false, reason: 'resolved', total };
    const n = step ?? (p.policy.steps.find((s) => !p.last || s.number > p.last.step)?.number ?? total);
    if (n < 1 || n > total) return { ok: false, reason: 'no-step', total };
    const at = this.d.clock();
    const token = stepToken({ run: p.run, step: n, by: /^[A-Za-z0-9_.-]{1,64}$/.test(by) ? by : 'someone', at });
    await this.d.enqueue({ kind: 'timer', timer: 'escalation', target: id, token }, { jobId: `escalation:${id}:${token}`, delayMs: 0 });
    return { ok: true, step: n, total };
  }

  /** A page job ran out of the queue. */
  page(job: TimerJob, jobId: string, attempt?: JobAttempt): Promise<void> {
    return this.pages.handle(job.target, job.token, jobId, attempt);
  }

  /** When a worker starts: re-arm the timers of active incidents (lost jobs, crashes between a save and its timers). */
  async recover(): Promise<number> {
    const active = await this.d.incidents.list({ states: ['open', 'acknowledged', 'snoozed'], limit: RECOVER_LIMIT });
    let n = 0;
    for (const inc of active) {
      if (!inc.escalation?.policy.steps.length) continue;
      await this.schedule(inc);
      n++;
    }
    return n;
  }
}
