import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { DigestSubject, Incident } from '../../incident/incident';
import type { HeraldJob, TimerJob } from '../../queue/job-types';
import type { SlackWriter } from '../dispatcher/slack-writer';
import { DigestPublisher, type StormLogger } from './digest-publisher';
import { resolveStormSettings, type StormSettings } from './storm-settings';
import { StormStore } from './storm-store';

/** What createStorm needs; side effects come in here. */
export interface StormOptions {
  redis: Redis;
  /** Redis key prefix (keys live under `<prefix>:storm:`). */
  prefix: string;
  writer: SlackWriter;
  settings: StormSettings;
  clock?: () => number;
  /** Enqueue a delayed job (Bull: survives restarts); same jobId = same job. */
  enqueue: (job: HeraldJob, opts: { jobId: string; delayMs: number }) => Promise<unknown>;
  logger?: StormLogger;
}

/** Storm mode as the worker's correlate stage sees it: may fold a new incident into a channel digest. */
export interface StormPort {
  /** Decide whether a new incident in `channel` gets its own message or joins the digest. */
  admit(channel: string, inc: Incident): Promise<'own' | 'digest'>;
  /** Add (or re-count) an incident in a digest (`digestId`: the one holding it; '' the channel's current one); returns the digest id. */
  addToDigest(channel: string, inc: DigestSubject, digestId?: string): Promise<string>;
  /** Where digests keep their counts and for how long, for a script that re-counts a repeat in the same step (REPEAT, RECOUNT_FN). */
  readonly counts: { base: string; ttlMs: number };
  /** A digest's count changed in such a script: bring its message up to date (throttled, coalesced). */
  touched(digestId: string): void;
}

/** A channel's storm as `/herald` and metrics see it. */
export interface StormStatus {
  active: boolean;
  digestId?: string;
  incidents: number;
  alerts: number;
}

/** Storm mode: the correlate stage's port, the storm-check timer handler, and read access. */
export interface Storm {
  port: StormPort;
  /** Handle a `storm-check` timer job: flush the digest, re-arm, or end the storm. */
  checkTimer: (job: TimerJob) => Promise<void>;
  status(channel: string): Promise<StormStatus>;
  /** Incident ids in a digest, critical first. */
  members(digestId: string): Promise<string[]>;
  /** Stop in-process trailing-update timers (shutdown). */
  close(): void;
}

const quietLogger: StormLogger = { info: () => undefined, warn: () => undefined };

/** A new storm (= digest) id: `dg-<time36>-<random>`. */
export function newStormId(now: number): string {
  return `dg-${now.toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * Build storm mode. Decisions (window counting, entering and leaving a storm, the critical
 * cap, digest membership) are Lua scripts on the shared Redis, so any number of workers can
 * run it; the digest is posted once per storm and updated at most once per interval.
 */
export function createStorm(o: StormOptions): Storm {
  const settings = resolveStormSettings(o.settings);
  const clock = o.clock ?? Date.now;
  const logger = o.logger ?? quietLogger;
  const store = new StormStore(o.redis, o.prefix, settings);
  const publisher = new DigestPublisher(store, o.writer, clock, logger, settings.updateIntervalMs);

  const arm = async (channel: string, id: string, dueAt: number, tag = ''): Promise<void> => {
    const job: TimerJob = { kind: 'timer', timer: 'storm-check', target: channel, token: id };
    await o.enqueue(job, { jobId: `storm-check:${channel}:${id}:${dueAt}${tag}`, delayMs: Math.max(0, dueAt - clock()) });
  };

  /** Timers for what a decision started, or for a storm it found quiet and ended. */
  const afterDecision = async (channel: string, now: number, r: { stormId: string; started: boolean; rearm?: boolean; endedStale: string }) => {
    if (r.endedStale) {
      logger.info('storm ended (found quiet)', { channel, digestId: r.endedStale });
      await arm(channel, r.endedStale, now, ':stale');
    }
    if (r.started) logger.info('storm started', { channel, digestId: r.stormId });
    if (r.started || r.rearm) await arm(channel, r.stormId, now + settings.quietPeriodMs);
  };

  const port: StormPort = {
    async admit(channel: string, inc: Incident) {
      const now = clock();
      const r = await store.admit(channel, inc, now, newStormId(now));
      await afterDecision(channel, now, r);
      // A critical kept its own message: the digest counts it, so it needs an update too
      // (possibly the burst's last event, with no alert after it to trigger one).
      if (r.touched) publisher.request(r.stormId);
      return r.verdict;
    },
    async addToDigest(channel: string, inc: DigestSubject, digestId = '') {
      const now = clock();
      const r = await store.add(channel, inc, digestId, now, newStormId(now));
      await afterDecision(channel, now, { stormId: r.digestId, started: r.started, endedStale: r.endedStale });
      // Not awaited: the flush is throttled and paced by Slack, coalesced per digest in this
      // process; the storm-check timer is the durable backstop, so the job need not hold its
      // slot while the channel is busy.
      publisher.request(r.digestId);
      return r.digestId;
    },
    counts: { base: store.base, ttlMs: settings.retentionMs },
    touched: (digestId) => publisher.request(digestId),
  };

  return {
    port,
    async checkTimer(job) {
      if (job.timer !== 'storm-check') return;
      const now = clock();
      const r = await store.check(job.target, job.token, now);
      if (r.status === 'gone') return;
      if (r.status === 'active') {
        await publisher.flush(job.token, true);
        await arm(job.target, job.token, r.dueAt, `:${now}`);
        return;
      }
      if (r.status === 'ending') logger.info('storm ended', { channel: job.target, digestId: job.token });
      await publisher.finish(job.token);
    },
    async status(channel) {
      const id = await store.current(channel);
      if (!id) return { active: false, incidents: 0, alerts: 0 };
      return { active: true, digestId: id, ...(await store.totals(id)) };
    },
    members: (id) => store.members(id),
    close: () => publisher.close(),
  };
}
