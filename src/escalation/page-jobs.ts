import { isHeraldError } from '../errors/herald-error';
import { conditionState, desiredPageState, pageMovesForward } from '../incident/escalation-run';
import { stepApplies } from '../rules/escalation-schedule';
import type { Incident, PageState } from '../incident/incident';
import { PAGE_CREDENTIAL, pageSubjectOf } from '../page';
import type { PageTarget } from '../rules/escalation-types';
import { notConfiguredNote, OUTLET_LABEL, pageFailureNote } from './step-texts';
import { pageToken, parsePageToken } from './tokens';
import type { EscalationDeps, JobAttempt } from './types';

const VERB: Record<PageState, string> = { triggered: 'page', acknowledged: 'acknowledge the page in', resolved: 'resolve the page in' };

/**
 * The `page` jobs: trigger the outlets of a step, and bring every outlet that was paged to
 * the incident's state (acknowledged when it is acknowledged or snoozed, resolved when it is
 * resolved — from Slack or from Datadog's recovery). Pages only move forward. Each outlet's
 * call is made once per job (a mark after it succeeds); a retryable failure is noted in the
 * thread once and rethrown so that the queue tries the job again; a final one is noted.
 */
export class PageJobs {
  constructor(private readonly d: EscalationDeps) {}

  /** Enqueue a sync when the incident's state asks paged outlets to move (after any change). */
  async requestSync(inc: Incident): Promise<void> {
    const want = desiredPageState(inc);
    const pages = inc.escalation?.pages ?? {};
    if (!want || !Object.values(pages).some((s) => pageMovesForward(s, want))) return;
    const token = pageToken({ kind: 'sync', version: inc.version });
    await this.d.enqueue({ kind: 'timer', timer: 'page', target: inc.id, token }, { jobId: `page:${inc.id}:${token}`, delayMs: 0 });
  }

  /** Run one page job. */
  async handle(incidentId: string, tokenText: string, jobId: string, attempt?: JobAttempt): Promise<void> {
    const t = parsePageToken(tokenText);
    let inc = t ? await this.d.incidents.get(incidentId) : null;
    if (!t || !inc) return;
    const failures: unknown[] = [];
    if (t.kind === 'trigger' && inc.escalation?.run === t.run && inc.state !== 'resolved' && (t.firing.startsWith('h') || (await this.stillDue(inc, t.step, jobId)))) {
      for (const outlet of t.outlets) {
        const r = await this.trigger(inc, outlet, t.step, `${jobId}:${outlet}`, attempt);
        if (r.incident) inc = r.incident;
        if (r.error) failures.push(r.error);
      }
    }
    failures.push(...(await this.sync(inc, jobId, attempt)));
    if (failures.length) throw failures[0];
  }

  /** Whether the step that asked for the page would still run (nobody acknowledged or muted it meanwhile; a step by hand always does); says so once when not. */
  private async stillDue(inc: Incident, step: number, jobId: string): Promise<boolean> {
    const s = inc.escalation?.policy.steps[step - 1];
    if (!s) return false;
    const muted = this.d.isMuted ? await this.d.isMuted(inc).catch(() => false) : false;
    if (stepApplies(s, conditionState(inc, muted))) return true;
    const key = `${jobId}:skipped`;
    if (!(await this.d.incidents.notificationTs(key))) {
      await this.d.slack.threadReply(inc, `:information_source: Not paging for escalation step ${step}: ${inc.id} is ${muted ? 'muted' : inc.state} now.`);
      await this.d.incidents.recordNotification(key, 'done');
    }
    return false;
  }

  private async trigger(inc: Incident, outlet: PageTarget, step: number, key: string, attempt?: JobAttempt): Promise<{ incident?: Incident; error?: unknown }> {
    const d = this.d;
    if (await d.incidents.notificationTs(key)) return {};
    const pager = d.pagers.get(outlet);
    if (!pager) {
      d.metrics?.pages.inc({ outlet, status: 'not_configured' });
      await d.slack.threadReply(inc, notConfiguredNote(outlet, step, PAGE_CREDENTIAL[outlet]));
      await d.incidents.recordNotification(key, 'not_configured');
      return {};
    }
    try {
      await pager.trigger(pageSubjectOf(inc, d.slack.link(inc), step));
    } catch (e) {
      return { error: await this.failed(inc, outlet, 'triggered', e, key, attempt) };
    }
    await d.incidents.recordNotification(key, 'done');
    const after = await this.record(inc.id, outlet, 'triggered');
    await d.slack.threadReply(after ?? inc, `:pager: Paged ${OUTLET_LABEL[outlet]} (escalation step ${step}; key ${inc.id}).`);
    return { incident: after ?? inc };
  }

  /** Move every paged outlet forward to the incident's state; returns the retryable failures. */
  private async sync(inc: Incident, jobId: string, attempt?: JobAttempt): Promise<unknown[]> {
    const want = desiredPageState(inc);
    if (!want) return [];
    const failures: unknown[] = [];
    const pages = inc.escalation?.pages ?? {};
    for (const [outlet, state] of Object.entries(pages) as [PageTarget, PageState][]) {
      if (!pageMovesForward(state, want)) continue;
      const pager = this.d.pagers.get(outlet);
      if (!pager) continue;
      const key = `${jobId}:${outlet}:${want}`;
      const note = `${want === 'resolved' ? `Resolved in Herald (${inc.resolvedVia === 'datadog' ? 'Datadog recovered' : `by ${inc.resolvedBy ?? 'someone'}`})` : `Acknowledged in Herald by ${inc.ackBy ?? inc.snoozedBy ?? 'someone'}`}`;
      try {
        if (want === 'resolved') await pager.resolve(inc.id, note);
        else await pager.acknowledge(inc.id, note);
        await this.record(inc.id, outlet, want);
      } catch (e) {
        const err = await this.failed(inc, outlet, want, e, key, attempt);
        if (err) failures.push(err);
      }
    }
    return failures;
  }

  /** Note a failure in the thread (once per job and outlet); returns the error when the queue should retry. */
  private async failed(inc: Incident, outlet: PageTarget, action: PageState, e: unknown, key: string, attempt?: JobAttempt): Promise<unknown> {
    const retryable = isHeraldError(e) ? e.retryable : true;
    const last = attempt ? attempt.attempt >= attempt.attempts : false;
    const retrying = retryable && !last;
    const message = isHeraldError(e) ? e.message : 'unexpected error';
    this.d.logger.warn('page failed', { incident: inc.id, outlet, action, retrying, message });
    const noteKey = `${key}:note:${retrying ? 'retry' : 'final'}`;
    if (!(await this.d.incidents.notificationTs(noteKey))) {
      await this.d.slack.threadReply(inc, pageFailureNote(outlet, VERB[action], message, retrying)).catch(() => undefined);
      await this.d.incidents.recordNotification(noteKey, 'done');
    }
    if (!retrying) await this.d.incidents.recordNotification(key, 'failed');
    return retrying ? e : null;
  }

  /** Save what an outlet was told (forward only); returns the incident after. */
  private async record(id: string, outlet: PageTarget, state: PageState): Promise<Incident | null> {
    const r = await this.d.incidents.update(id, (cur) => {
      const p = cur.escalation;
      if (!p) return null;
      const now = p.pages[outlet];
      if (now !== undefined && now !== 'resolved' && !pageMovesForward(now, state)) return null;
      if (now === state) return null;
      return { ...cur, escalation: { ...p, pages: { ...p.pages, [outlet]: state } } };
    });
    return r?.after ?? null;
  }
}
