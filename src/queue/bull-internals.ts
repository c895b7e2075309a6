import type Queue from 'bull';
import type Redis from 'ioredis';

/**
 * Everything Herald relies on that Bull does not publish, in one place, for the exact Bull
 * version package.json pins (4.16.5): private fields of a Queue (its keys, token and command
 * connection), the job hash and list layout the admit script writes (admit-job.ts, a copy of
 * the plain path of Bull's addJob), and the opts Bull stores with a job. An upgrade must pass
 * test/integration/queue/bull-contract.test.ts: admit and `queue.add` leave exactly the same
 * keys, hashes, lists and notifications.
 */

/** The parts of a Bull queue the admit script writes to. */
export interface BullQueueKeys {
  /** Prefix of job hashes (`<prefix>:<queue>:`). */
  jobPrefix: string;
  wait: string;
  paused: string;
  metaPaused: string;
  id: string;
  token: string;
}

/** Bull's job name when `add` is called without one (the admit script stores it). */
export const DEFAULT_JOB_NAME = '__default__';

/** Where the admit script writes for a queue, and the connection to write with (Bull's command client). */
export function admitTarget(queue: Queue.Queue): { keys: BullQueueKeys; client: Redis } {
  const q = queue as unknown as { keys: Record<string, string>; token: string; client: Redis };
  return {
    keys: { jobPrefix: q.keys['']!, wait: q.keys.wait!, paused: q.keys.paused!, metaPaused: q.keys['meta-paused']!, id: q.keys.id!, token: q.token },
    client: q.client,
  };
}

/** The opts JSON Bull stores for a job added with `defaults`, a custom id, no delay, at `timestamp`. */
export function storedJobOpts(defaults: Record<string, unknown>, jobId: string, timestamp: number): string {
  return JSON.stringify({ ...defaults, jobId, delay: 0, timestamp });
}

/**
 * Bull's process() names the worker connection in a promise nobody handles; when the queue
 * closes before that connection is ready it rejects with `undefined` (and then a TypeError),
 * an unhandled rejection. Handle it on this instance.
 */
export function handleWorkerNameRejection(queue: Queue.Queue): void {
  const named = queue as unknown as { setWorkerName: () => Promise<unknown> };
  const setWorkerName = named.setWorkerName.bind(queue);
  named.setWorkerName = () => setWorkerName().catch(() => undefined);
}
