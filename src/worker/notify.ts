import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import { hasPendingPosts, placements, posted } from '../incident/message-state';
import type { IncidentMessages, MessageOwner } from '../slack/incident-messages';
import type { Reruns } from './reruns';
import type { Correlated, Done, Step } from './types';

/**
 * Stage notify: the Slack side of a correlated alert, exactly once per alert even when a job
 * re-runs (see reruns.ts). A new incident's messages are posted (the job waits for them);
 * a change updates the message in place in the background and, for a re-trigger or a
 * recovery, says so in its thread. Ends the alert with the outcome correlate decided.
 */
export class Notify implements Step<Correlated, never> {
  readonly kind = 'step';
  readonly name = 'notify';

  constructor(
    private readonly messages: IncidentMessages,
    private readonly store: IncidentStore,
    private readonly reruns: Reruns,
    private readonly onBackgroundError: (e: unknown, inc: Pick<Incident, 'id'>) => void = () => undefined,
  ) {}

  async run(c: Correlated): Promise<Done> {
    if (c.announce && c.outcome === 'updated') await this.announce(c);
    if (c.outcome === 'posted' && hasPendingPosts(c.incident)) await this.finishPosting(c.incident.id);
    return { done: c.outcome, meta: c.meta };
  }

  /** Re-render an incident's message(s) in the background (repeats, folded counts, re-runs). */
  refresh(inc: Incident | MessageOwner): void {
    // Not awaited: the dispatcher queues the update in the channel's FIFO (after the post it
    // updates), coalesces it with later ones for the same message, renders the stored state
    // when it is sent, and retries. The job does not hold its slot while Slack paces the channel.
    this.messages.update(inc).catch((e) => this.onBackgroundError(e, inc));
  }

  private async announce(c: Correlated): Promise<void> {
    this.refresh(c.incident);
    // A re-run does not repeat the thread note; no thread yet while the first message is in
    // flight: finishPosting says it once it lands.
    if (c.rerun || c.incident.message.kind === 'posting') return;
    if (c.action === 'retrigger') await this.sayRetriggered(c.incident);
    else if (c.action === 'recovered') await this.sayRecovered(c.incident);
  }

  private sayRetriggered(inc: Incident): Promise<void> {
    return this.reruns.once(`${inc.lastAlertId}:thread`, () =>
      this.messages.threadReply(inc, `:rotating_light: Re-triggered after it was resolved (${inc.lastTransition}); the incident is open again.`, true),
    );
  }

  private sayRecovered(inc: Incident): Promise<void> {
    return this.reruns.once(`${inc.lastAlertId}:thread`, () => this.messages.threadReply(inc, ':white_check_mark: Recovered in Datadog.'));
  }

  /**
   * Post a new incident's messages. The incident was saved first (state `posting`) under its
   * lock; the posts, paced by Slack, happen after the lock is released, so later alerts of the
   * incident are counted meanwhile instead of waiting. Then it stores where the messages landed
   * and re-renders them if the incident changed in between. Made by the job of the alert that
   * created the incident, or that job's re-run (each post is looked up first), never by later
   * alerts' jobs.
   */
  async finishPosting(id: string): Promise<void> {
    const inc = await this.store.get(id);
    if (!inc || !hasPendingPosts(inc)) return;
    const landed = new Map<string, { channel: string; ts: string }>();
    for (const t of placements(inc)) {
      if (t.message.kind === 'posting' && !landed.has(t.channel)) landed.set(t.channel, await this.reruns.postOnce(inc, t.channel, () => this.messages.post(inc, t.channel)));
    }
    const r = await this.store.update(id, (cur) => {
      const at = (t: { channel: string; message: { kind: string } }) => (t.message.kind === 'posting' ? landed.get(t.channel) : undefined);
      const primary = at(cur);
      const copies = cur.copies.map((c) => {
        const l = at(c);
        return l ? { channel: c.channel, message: posted(l.ts) } : c;
      });
      if (!primary && copies.every((c, i) => c === cur.copies[i])) return null;
      return { ...cur, ...(primary ? { channel: primary.channel, message: posted(primary.ts) } : {}), copies };
    });
    if (!r || r.after.version <= inc.version + 1) return;
    // Changed while posting: bring the message up to date, and say in its new thread what
    // announce() could not say without one (a recovery, or a re-trigger after it).
    this.refresh(r.after);
    if (r.before.message.kind !== 'posting') return; // an earlier run already landed the post and caught up
    if (r.after.reopenedCount > inc.reopenedCount && r.after.state !== 'resolved') await this.sayRetriggered(r.after);
    else if (r.after.state === 'resolved' && inc.state !== 'resolved' && r.after.resolvedVia === 'datadog') await this.sayRecovered(r.after);
  }
}
