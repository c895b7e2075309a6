import type { CorrelationAction } from '../incident/correlate';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { AlertOutcome } from '../ops/metrics';
import type { Notifier } from '../slack/notifier';

/** Storm handling as the notifier sees it: may fold a new incident into a channel digest. */
export interface StormPort {
  /** Decide whether a new incident in `channel` gets its own message or joins the digest. */
  admit(channel: string, inc: Incident): Promise<'own' | 'digest'>;
  /** Add (or re-count) an incident in the channel's digest; returns the digest id. */
  addToDigest(channel: string, inc: Incident): Promise<string>;
}

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
  ) {}

  /** Apply the Slack side of an action before the incident is saved. */
  async apply(action: CorrelationAction, inc: Incident, channels: string[], existing: Incident | null): Promise<NotifyResult> {
    if (action === 'new' || action === 'recovered-unknown' || !existing || !existing.ts) {
      return this.postNew(inc, channels);
    }
    if (existing.ts === 'digest') {
      if (this.storm && existing.digestId) await this.storm.addToDigest(existing.channel, inc);
      return { outcome: 'digested', patch: {} };
    }
    await this.notifier.update(inc);
    if (action === 'retrigger') {
      await this.once(`${inc.lastAlertId}:thread`, () =>
        this.notifier.threadReply(inc, `:rotating_light: Re-triggered after it was resolved (${inc.lastTransition}); the incident is open again.`, true),
      );
    } else if (action === 'recovered') {
      await this.once(`${inc.lastAlertId}:thread`, () => this.notifier.threadReply(inc, ':white_check_mark: Recovered in Datadog.'));
    }
    return { outcome: 'updated', patch: {} };
  }

  /** Re-render an incident's message (after triage or folded counts). */
  async refresh(inc: Incident): Promise<void> {
    await this.notifier.update(inc);
  }

  private async postNew(inc: Incident, channels: string[]): Promise<NotifyResult> {
    const [primary, ...others] = channels;
    if (this.storm && inc.state !== 'resolved') {
      const verdict = await this.storm.admit(primary, inc);
      if (verdict === 'digest') {
        const digestId = await this.storm.addToDigest(primary, inc);
        return { outcome: 'digested', patch: { channel: primary, ts: 'digest', digestId } };
      }
    }
    const first = await this.postOnce(inc, primary);
    const copies: { channel: string; ts: string }[] = [];
    for (const ch of others) copies.push(await this.postOnce(inc, ch));
    return { outcome: 'posted', patch: { channel: first.channel, ts: first.ts, copies } };
  }

  private async postOnce(inc: Incident, channel: string): Promise<{ channel: string; ts: string }> {
    const key = `${inc.lastAlertId}:post:${channel}`;
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
