import type Redis from 'ioredis';
import { downtimePlan } from './downtime-plan';
import type { Mute } from './mute-store';

/** What a downtime covers (src/enrich's DowntimeArgs fits). */
export type DowntimeRequest = ({ monitorId: string; monitorTags?: undefined } | { monitorId?: undefined; monitorTags: string[] }) & { scope: string[]; endsAt: number; message: string };

/** The Datadog calls a mute's downtime needs (src/enrich's DatadogWriteBack fits). */
export interface DowntimeWriter {
  createDowntime(args: DowntimeRequest): Promise<string>;
  cancelDowntime(id: string): Promise<void>;
}

/** What MuteDowntimes works with. */
export interface MuteDowntimesOptions {
  /** Datadog write-back; null without Datadog keys (then nothing is created). */
  writer: DowntimeWriter | null;
  redis: Redis;
  /** The Redis prefix (`herald`), without a trailing colon. */
  prefix: string;
  clock: () => number;
  /** Why a mute got no downtime (info). */
  onSkip?: (muteId: string, why: string) => void;
}

/**
 * The Datadog downtime that mirrors a mute, for mutes made in Slack and through the API
 * alike: created from the mute's matchers (rules/downtime-plan.ts: one monitor, or a
 * service's monitors by the `service:<name>` tag), its id kept in Redis
 * (`<prefix>:triage:mute-downtime:<muteId>`) so that ending the mute cancels it.
 */
export class MuteDowntimes {
  constructor(private readonly o: MuteDowntimesOptions) {}

  /** Whether downtimes can be made at all (Datadog configured). */
  get enabled(): boolean {
    return this.o.writer !== null;
  }

  /**
   * Create the downtime for `mute` (`fallbackMonitorId`: the incident's monitor, for a mute
   * made from a message). Resolves with its id, or null when the mute has no Datadog
   * equivalent or Datadog is not configured; rejects with the write-back's error.
   */
  async create(mute: Mute, fallbackMonitorId: string | null, message: string): Promise<string | null> {
    const w = this.o.writer;
    if (!w) return null;
    const plan = downtimePlan(mute.matchers, fallbackMonitorId);
    if ('skip' in plan) {
      this.o.onSkip?.(mute.id, plan.skip);
      return null;
    }
    const target = 'monitorId' in plan ? { monitorId: plan.monitorId } : { monitorTags: plan.monitorTags };
    const id = await w.createDowntime({ ...target, scope: plan.scope, endsAt: mute.endsAt, message });
    await this.o.redis.set(this.key(mute.id), id, 'PX', Math.max(1, mute.endsAt - this.o.clock()) + 86_400_000);
    return id;
  }

  /** The downtime id of a mute, if it has one. */
  async of(muteId: string): Promise<string | null> {
    return this.o.redis.get(this.key(muteId));
  }

  /** Cancel a mute's downtime (none: resolves null); rejects with the write-back's error. */
  async cancel(muteId: string): Promise<string | null> {
    const w = this.o.writer;
    const id = await this.of(muteId);
    if (!id || !w) return null;
    await w.cancelDowntime(id);
    await this.o.redis.del(this.key(muteId));
    return id;
  }

  private key(muteId: string): string {
    return `${this.o.prefix}:triage:mute-downtime:${muteId}`;
  }
}
