import { withHistory, type Incident } from '../incident/incident';
import { ACKER, type EscalationStep } from '../rules/escalation-types';
import { describeActions } from '../rules/escalation-schedule';
import { pageToken } from './tokens';
import { channelPost, stepReply, who } from './step-texts';
import type { EscalationDeps } from './types';

/** One firing of a step: the incident, the step, a key unique to the firing, who ran it by hand. */
export interface Firing {
  inc: Incident;
  step: EscalationStep;
  /** Unique per firing (`esc:H-1:2:3:…`): keys the once-only marks of its actions. */
  key: string;
  /** `a<anchor>k<k>` or `h<at>`: names the firing in its page job. */
  firing: string;
  /** Slack user who ran it by hand. */
  by?: string;
}

/**
 * Runs what a step does, each action at most once per firing even when the job runs again
 * (its worker died, or Slack failed and the queue retries): the thread reply with the
 * mentions, the post in the step's channel (linking back), a page job per step (its own
 * retries), the audit entry. A failed Slack reply throws (the queue retries the job).
 */
export class StepRunner {
  constructor(private readonly d: EscalationDeps) {}

  /** Run the firing's actions. */
  async run(f: Firing): Promise<void> {
    const { inc, step, key } = f;
    const d = this.d;
    const p = inc.escalation!;
    const total = p.policy.steps.length;
    const mentions = await this.mentions(inc, step);
    const now = d.clock();
    await this.once(`${key}:reply`, async () => {
      await d.slack.threadReply(inc, stepReply(inc, step, total, mentions, now, f.by));
      d.metrics?.escalations.inc({ step: String(step.number) });
    });
    if (step.channel) {
      const channel = step.channel;
      await this.once(`${key}:channel`, async () => {
        try {
          await d.slack.post(channel, channelPost(inc, step, total, d.slack.link(inc), mentions));
        } catch (e) {
          d.logger.warn('escalation channel post failed', { incident: inc.id, channel, error: (e as Error).message });
          await d.slack.threadReply(inc, `:warning: Escalation step ${step.number} could not post in ${channel} (${(e as Error).message.slice(0, 120)}).`);
        }
      });
    }
    if (step.page.length) {
      const token = pageToken({ kind: 'trigger', run: p.run, step: step.number, firing: f.firing, outlets: step.page });
      await this.once(`${key}:page`, () => d.enqueue({ kind: 'timer', timer: 'page', target: inc.id, token }, { jobId: `page:${inc.id}:${token}`, delayMs: 0 }));
    }
    await this.once(`${key}:audit`, async () => {
      await d.audit?.append({
        actor: f.by ? { id: f.by, name: f.by } : { id: 'herald', name: 'Herald' },
        action: 'escalate-step',
        incident: inc.id,
        before: inc.state,
        after: inc.state,
        via: f.by ? 'command' : 'system',
        outcome: 'ok',
        note: `step ${step.number} of ${total}${f.by ? ' (by hand)' : ''}: ${describeActions(step)}${mentions.length ? ` → ${mentions.join(' ')}` : ''}`,
      });
    });
  }

  /** Record the firing on the incident: the step's next firing index, the last step run. */
  async record(f: Firing, nextK: number | null, ran: boolean): Promise<Incident> {
    const { inc, step } = f;
    const now = this.d.clock();
    const r = await this.d.incidents.update(inc.id, (cur) => {
      const p = cur.escalation;
      if (!p || p.run !== inc.escalation!.run) return null;
      const fired = nextK !== null && (p.fired[step.number] ?? 0) < nextK ? { ...p.fired, [step.number]: nextK } : p.fired;
      if (fired === p.fired && !ran) return null;
      const next = { ...cur, escalation: { ...p, fired, ...(ran ? { last: { step: step.number, at: now, ...(f.by ? { by: f.by } : {}) } } : {}) } };
      return ran ? withHistory(next, { at: now, what: `escalation step ${step.number} of ${p.policy.steps.length}${f.by ? ' (by hand)' : ''}`, by: f.by }) : next;
    });
    return r?.after ?? inc;
  }

  /** The step's mentions as Slack markup: `acker` is whoever acknowledged; `@handle`s resolved. */
  private async mentions(inc: Incident, step: EscalationStep): Promise<string[]> {
    const out: string[] = [];
    for (const m of step.mentions) {
      if (m !== ACKER) out.push(m);
      else if (inc.ackBy && /^[UW][A-Z0-9]{2,}$/.test(inc.ackBy)) out.push(who(inc.ackBy));
    }
    if (!this.d.resolveMentions || !out.some((m) => m.startsWith('@'))) return out;
    try {
      return await this.d.resolveMentions(out);
    } catch {
      return out;
    }
  }

  /** Run `fn` unless this firing already did (a mark in Redis, written after it succeeded). */
  private async once(key: string, fn: () => Promise<unknown>): Promise<void> {
    if (await this.d.incidents.notificationTs(key)) return;
    await fn();
    await this.d.incidents.recordNotification(key, 'done');
  }
}
