import type { CorrelationAction } from '../incident/plan-correlation';
import { POSTING, type Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { AlertOutcome } from '../ops/metrics';
import type { Notifier } from '../slack/incident-messages';

/** Storm handling as the notifier sees it: may fold a new incident into a channel digest. */
export interface StormPort {
  /** Decide whether a new incident in `channel` gets its own message or joins the digest. */
  admit(channel: string, inc: Incident): Promise<'own' | 'digest'>;
  /** Add (or re-count) an incident in the channel's digest; returns the digest id. */
  addToDigest(channel: string, inc: Incident): Promise<string>;
}

/** Where an incident landed in one channel: a message (its ts), a digest, or POSTING. */
type Placement = { channel: string; ts: string; digestId?: string };

/** What notifying did: the outcome to count and fields to store on the incident. */
export interface NotifyResult {
  outcome: AlertOutcome;
  patch: Partial<Incident>;
}

/**
 * Turns a correlation into Slack calls, exactly once per alert even when a job re-runs:
 * every post is recorded under the alert id before the job is acknowledged and looked up
 * before posting again.
 */
export class IncidentNotifier {
  constructor(
    private readonly notifier: Notifier,
    private readonly store: IncidentStore,
    private readonly storm: StormPort | null = null,
    private readonly onBackgroundError: (e: unknown, inc: Incident) => void = () => undefined,
  ) {}

  /**
   * The Slack side of an action that must happen before the incident is saved: for a new
   * incident, in each channel, joining a storm digest or marking its message to be posted
   * (finishPosting, after the save); for a repeat, counting it in the digests that hold it.
   */
  async apply(action: CorrelationAction, inc: Incident, channels: string[], existing: Incident | null): Promise<NotifyResult> {
    if (action === 'new' || action === 'recovered-unknown' || !existing || !existing.ts) {
      return this.postNew(inc, channels);
    }
    // Copies folded into another channel's digest count the repeat there too.
    if (this.storm) {
      for (const c of existing.copies) if (c.ts === 'digest') await this.storm.addToDigest(c.channel, { ...inc, digestId: c.digestId });
    }
    if (existing.ts === 'digest') {
      if (this.storm && existing.digestId) await this.storm.addToDigest(existing.channel, inc);
      return { outcome: existing.copies.some((c) => c.ts !== 'digest') ? 'updated' : 'digested', patch: {} };
    }
    return { outcome: 'updated', patch: {} };
  }

  /**
   * The Slack side after the incident was saved: update the message in place and, for a
   * re-trigger or recovery, say so in the thread (once per alert, even when a job re-runs).
   */
  async announce(action: CorrelationAction, saved: Incident, outcome: AlertOutcome): Promise<void> {
    if (outcome !== 'updated') return;
    // Not awaited: the dispatcher queues the update in the channel's FIFO (after the post it
    // updates), coalesces it with later ones for the same message, renders the stored state
    // when it is sent, and retries. The job does not hold its slot while Slack paces the channel.
    this.refresh(saved);
    // No thread yet while the first message is in flight: finishPosting says it once it lands.
    if (saved.ts === POSTING) return;
    if (action === 'retrigger') await this.sayRetriggered(saved);
    else if (action === 'recovered') await this.sayRecovered(saved);
  }

  private sayRetriggered(inc: Incident): Promise<void> {
    return this.once(`${inc.lastAlertId}:thread`, () =>
      this.notifier.threadReply(inc, `:rotating_light: Re-triggered after it was resolved (${inc.lastTransition}); the incident is open again.`, true),
    );
  }

  private sayRecovered(inc: Incident): Promise<void> {
    return this.once(`${inc.lastAlertId}:thread`, () => this.notifier.threadReply(inc, ':white_check_mark: Recovered in Datadog.'));
  }

  /** Re-render an incident's message in the background (after repeats, folded counts, re-runs). */
  refresh(inc: Incident): void {
    this.notifier.update(inc).catch((e) => this.onBackgroundError(e, inc));
  }

  /**
   * A new incident in each of its channels: its own message, or — where that channel is in a
   * storm — a line in the channel's digest. Every channel decides for itself: a storm in the
   * security channel does not hide the incident from the owning team's channel, nor the
   * reverse, and copies count against a channel's storm like first messages do.
   */
  private async postNew(inc: Incident, channels: string[]): Promise<NotifyResult> {
    const placed: Placement[] = [];
    for (const ch of channels) placed.push(await this.place(inc, ch));
    const [first, ...copies] = placed;
    const posted = placed.some((p) => p.ts !== 'digest');
    return {
      outcome: posted ? 'posted' : 'digested',
      patch: { channel: first!.channel, ts: first!.ts, ...(first!.digestId ? { digestId: first!.digestId } : {}), copies },
    };
  }

  private async place(inc: Incident, channel: string): Promise<Placement> {
    if (this.storm && inc.state !== 'resolved' && (await this.storm.admit(channel, inc)) === 'digest') {
      return { channel, ts: 'digest', digestId: await this.storm.addToDigest(channel, { ...inc, digestId: undefined }) };
    }
    return { channel, ts: POSTING };
  }

  /** Whether some of the incident's own messages are still to be posted (see finishPosting). */
  hasPendingPosts(inc: Incident): boolean {
    return inc.ts === POSTING || inc.copies.some((c) => c.ts === POSTING);
  }

  /**
   * Post a new incident's messages. The incident is saved first (ts 'posting') under its
   * lock; the posts, paced by Slack, happen after the lock is released, so later alerts of
   * the incident are counted meanwhile instead of waiting. Then it stores where the messages
   * landed and re-renders them if the incident changed in between. Safe to run again (a
   * re-run of the job): each post is recorded under the incident id and looked up first.
   */
  async finishPosting(id: string): Promise<void> {
    const inc = await this.store.get(id);
    if (!inc || !this.hasPendingPosts(inc)) return;
    const placed = new Map<string, { channel: string; ts: string }>();
    for (const t of [{ channel: inc.channel, ts: inc.ts }, ...inc.copies]) {
      if (t.ts === POSTING && !placed.has(t.channel)) placed.set(t.channel, await this.postOnce(inc, t.channel));
    }
    const r = await this.store.update(id, (cur) => {
      const landed = (t: { channel: string; ts: string }) => (t.ts === POSTING ? placed.get(t.channel) : undefined);
      const primary = landed(cur);
      const copies = cur.copies.map((c) => ({ ...c, ...landed(c) }));
      if (!primary && copies.every((c, i) => c.ts === cur.copies[i]!.ts)) return null;
      return { ...cur, ...(primary ? { channel: primary.channel, ts: primary.ts } : {}), copies };
    });
    if (!r || r.after.version <= inc.version + 1) return;
    // Changed while posting: bring the message up to date, and say in its new thread what
    // announce() could not say without one (a recovery, or a re-trigger after it).
    this.refresh(r.after);
    if (r.before.ts !== POSTING) return; // an earlier run already landed the post and caught up
    if (r.after.reopenedCount > inc.reopenedCount && r.after.state !== 'resolved') await this.sayRetriggered(r.after);
    else if (r.after.state === 'resolved' && inc.state !== 'resolved' && r.after.resolvedVia === 'datadog') await this.sayRecovered(r.after);
  }

  private async postOnce(inc: Incident, channel: string): Promise<{ channel: string; ts: string }> {
    const key = `${inc.id}:post:${channel}`;
    const seen = await this.store.notificationTs(key);
    if (seen) {
      const [ch, ts] = seen.split('|');
      return { channel: ch, ts };
    }
    const r = await this.notifier.post(inc, channel);
    await this.store.recordNotification(key, `${r.channel}|${r.ts}`);
    return r;
  }

  private async once(key: string, fn: () => Promise<void>): Promise<void> {
    if (await this.store.notificationTs(key)) return;
    await fn();
    await this.store.recordNotification(key, 'sent');
  }
}
