import type { Incident } from '../incident/incident';
import type { FastRepeat } from '../incident/incident-store';
import { POSTING, digestIdOf, type MessageRef } from '../incident/message-state';
import type { CorrelationAction } from '../incident/plan-correlation';
import { resolveChannels } from '../rules/owner-channel';
import type { Decision } from '../rules/types';
import type { StormPort } from '../slack/storm';
import type { IncidentOutcome } from './outcome';

/** Where an alert's incident is shown, decided before it is saved: the outcome and the message fields to store. */
export interface Placed {
  outcome: IncidentOutcome;
  patch: Partial<Pick<Incident, 'channel' | 'message' | 'copies'>>;
}

/**
 * Where an incident's messages go, part of correlating (stored with the incident in one
 * save): for a new incident, in each channel, its own message (state `posting`: the notify
 * stage posts it after the save) or — where that channel is in a storm — a line in the
 * channel's digest; for a repeat, a count in the digests that hold it.
 */
export class Placement {
  constructor(
    private readonly storm: StormPort | null,
    private readonly defaultChannel: string,
  ) {}

  /** Destination channels: the rule's (`owner`: the service catalog's, else its fallback), else the catalog's, else the default. */
  channels(decision: Decision, enrichment: Incident['enrichment']): string[] {
    return resolveChannels(decision, enrichment?.owner?.slackChannel, this.defaultChannel);
  }

  /** Place the incident an alert makes or changes (`existing`: as stored before). */
  async place(action: CorrelationAction, inc: Incident, channels: string[], existing: Incident | null): Promise<Placed> {
    if (action === 'new' || action === 'recovered-unknown' || !existing || existing.message.kind === 'pending') return this.placeNew(inc, channels);
    // Copies folded into another channel's digest count the repeat there too.
    if (this.storm) {
      for (const c of existing.copies) if (c.message.kind === 'digest') await this.storm.addToDigest(c.channel, inc, c.message.digestId);
    }
    if (existing.message.kind === 'digest') {
      const digestId = digestIdOf(existing);
      if (this.storm && digestId) await this.storm.addToDigest(existing.channel, inc, digestId);
      return { outcome: existing.copies.some((c) => c.message.kind !== 'digest') ? 'updated' : 'digested', patch: {} };
    }
    return { outcome: 'updated', patch: {} };
  }

  /** Where digests keep their counts, for the fast repeat script to count them in the same step (null: no storm mode). */
  get digestCounts(): { base: string; ttlMs: number } | null {
    return this.storm?.counts ?? null;
  }

  /**
   * A fast repeat (already counted on its incident) in the digests that hold the incident,
   * as place() counts a repeat: copies first, then the primary message; the digest takes the
   * incident's new count (digests set counts, so a late or repeated call changes nothing).
   * Digests the repeat script counted already (`r.counted`) only get their message updated.
   */
  async countInDigests(r: FastRepeat): Promise<void> {
    if (!this.storm || !r.digest) return;
    const subject = { ...r.digest, id: r.id, count: r.count };
    for (const c of [...r.copies, { channel: r.channel, message: r.message }]) {
      if (c.message.kind !== 'digest') continue;
      if (r.counted.includes(c.message.digestId)) this.storm.touched(c.message.digestId);
      else await this.storm.addToDigest(c.channel, subject, c.message.digestId);
    }
  }

  /**
   * A new incident in each of its channels. Every channel decides for itself: a storm in the
   * security channel does not hide the incident from the owning team's channel, nor the
   * reverse, and copies count against a channel's storm like first messages do.
   */
  private async placeNew(inc: Incident, channels: string[]): Promise<Placed> {
    const placed: MessageRef[] = [];
    for (const channel of channels) placed.push({ channel, message: await this.placeIn(inc, channel) });
    const [first, ...copies] = placed;
    return {
      outcome: placed.some((p) => p.message.kind !== 'digest') ? 'posted' : 'digested',
      patch: { channel: first!.channel, message: first!.message, copies },
    };
  }

  private async placeIn(inc: Incident, channel: string): Promise<MessageRef['message']> {
    if (this.storm && inc.state !== 'resolved' && (await this.storm.admit(channel, inc)) === 'digest') {
      return { kind: 'digest', digestId: await this.storm.addToDigest(channel, inc, '') };
    }
    return POSTING;
  }
}
