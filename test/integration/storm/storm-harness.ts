import { WebClient } from '@slack/web-api';
import type Redis from 'ioredis';
import type { Incident } from '../../../src/incident/incident';
import { IncidentStore } from '../../../src/incident/incident-store';
import type { HeraldJob, TimerJob } from '../../../src/queue/job-types';
import { createDispatcher, slackClientOptions, type SlackWriter } from '../../../src/slack/dispatcher';
import { IncidentMessages } from '../../../src/slack/incident-messages';
import { createStorm, type Storm, type StormSettings } from '../../../src/slack/storm';
import { Notify } from '../../../src/worker/notify';
import { Placement } from '../../../src/worker/placement';
import { Reruns } from '../../../src/worker/reruns';
import type { FakeSlack, SlackCall } from '../../helpers/fake-slack';
import { FAST_LIMITS } from '../../helpers/fast-limits';

/** Fast dispatcher limits for tests. */
export const FAST = FAST_LIMITS;

/** Short storm settings: 5 new incidents in 2 s, 3 criticals a minute, quiet after 500 ms. */
export const SHORT: StormSettings = { threshold: 5, windowMs: 2_000, criticalCap: 3, quietPeriodMs: 500, updateIntervalMs: 200 };

/** One worker's storm wiring with everything it enqueued. */
export interface Worker {
  storm: Storm;
  writer: SlackWriter;
  /** Where the correlate stage puts a new incident's messages, and counts repeats in digests. */
  placement: Placement;
  /** The notify stage: posts (finishPosting) and background updates (refresh). */
  notify: Notify;
  jobs: { job: TimerJob; jobId: string; delayMs: number }[];
  /** What the worker does for a new incident (placeNew) in one channel. */
  notifyNew(inc: Incident, channel?: string): Promise<Incident>;
  /** placeNew in several channels. */
  place(inc: Incident, channels: string[]): Promise<Incident>;
}

/**
 * Build a worker: a real dispatcher against the fake Slack, a real notifier and incident store.
 * Several workers on one Redis stand for several Herald processes (`token` tells their calls apart).
 */
export function worker(o: { fake: FakeSlack; redis: Redis; prefix: string; settings?: Partial<StormSettings>; token?: string }): Worker {
  const writer = createDispatcher({ client: new WebClient(o.token ?? 'xoxb-test', slackClientOptions(o.fake.apiUrl)), limits: FAST, backoff: { baseMs: 20, maxMs: 200 } });
  const jobs: Worker['jobs'] = [];
  const enqueue = async (job: HeraldJob, opts: { jobId: string; delayMs: number }) => {
    if (job.kind === 'timer') jobs.push({ job, ...opts });
  };
  const storm = createStorm({ redis: o.redis, prefix: o.prefix, writer, settings: { ...SHORT, ...o.settings }, enqueue });
  const store = new IncidentStore(o.redis, o.prefix);
  const placement = new Placement(storm.port, '#alerts');
  const notify = new Notify(new IncidentMessages(writer), store, new Reruns(store));
  return {
    storm,
    writer,
    placement,
    notify,
    jobs,
    async notifyNew(inc, channel = 'C0STORM') {
      return placeNew(placement, notify, store, inc, [channel]);
    },
    place: (inc, channels) => placeNew(placement, notify, store, inc, channels),
  };
}

/**
 * What the worker does for a new incident: place it (digest or a post to make), save it,
 * make the posts (after the lock, in the worker), and return the incident as stored.
 */
export async function placeNew(placement: Placement, notify: Notify, store: IncidentStore, inc: Incident, channels: string[]): Promise<Incident> {
  const r = await placement.place('new', inc, channels, null);
  const saved = await store.save({ ...inc, ...r.patch }, null);
  if (!saved.ok) throw new Error(`incident ${inc.id} exists already`);
  await notify.finishPosting(inc.id);
  return (await store.get(inc.id))!;
}

/** Digest posts (top-level storm messages) in the recorded calls. */
export const digestPosts = (calls: SlackCall[]): SlackCall[] =>
  calls.filter((c) => c.method === 'chat.postMessage' && String(c.params.text).startsWith('Alert storm in'));

/** Summary posts. */
export const summaryPosts = (calls: SlackCall[]): SlackCall[] =>
  calls.filter((c) => c.method === 'chat.postMessage' && String(c.params.text).startsWith('Alert storm over'));

/** Digest updates. */
export const digestUpdates = (calls: SlackCall[]): SlackCall[] =>
  calls.filter((c) => c.method === 'chat.update' && String(c.params.text).startsWith('Alert storm'));

/** Own incident messages (anything else posted top-level). */
export const ownPosts = (calls: SlackCall[]): SlackCall[] =>
  calls.filter((c) => c.method === 'chat.postMessage' && !String(c.params.text).startsWith('Alert storm'));

/** The "Incidents" section of a digest message, one line per example. */
export function exampleLines(call: SlackCall): string[] {
  const s = (call.params.blocks as Record<string, any>[]).find((b) => b.type === 'section' && b.text?.text?.startsWith('*Incidents'));
  return s ? String(s.text.text).split('\n').slice(1) : [];
}

/** Sleep. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
