import type Redis from 'ioredis';

/**
 * One Redis round trip that enqueues a job at most once per `onceKey`: if the key is set
 * (an exact redelivery within its TTL) nothing happens; else the key is set with its TTL and
 * the job is added to Bull's wait list, exactly as Bull's own `addJob` script does for a
 * plain job (no delay, no priority, FIFO) with a custom job id. The claim and the enqueue are
 * atomic: there is no window in which an id is claimed but its job not queued (or the
 * reverse), so nothing needs releasing when Redis goes away halfway.
 *
 * Bull's `Queue.add` costs about as much CPU as the rest of ingest (option cloning, a Job
 * object, its promise chain) plus a separate claim command; this is the webhook hot path.
 *
 * KEYS: onceKey, wait, paused, meta-paused, id. ARGV: job key prefix, job id, job name,
 * data (JSON), opts (JSON), timestamp, queue token, once TTL (ms).
 * Returns 1 (queued), 0 (once key seen: duplicate), 2 (a job with this id is still kept).
 */
export const ADMIT_LUA = `
if redis.call("SET", KEYS[1], "1", "PX", ARGV[8], "NX") == false then
  return 0
end
local jobIdKey = ARGV[1] .. ARGV[2]
redis.call("INCR", KEYS[5])
if redis.call("EXISTS", jobIdKey) == 1 then
  return 2
end
redis.call("HMSET", jobIdKey, "name", ARGV[3], "data", ARGV[4], "opts", ARGV[5], "timestamp", ARGV[6], "delay", "0", "priority", "0")
local target = KEYS[2]
if redis.call("EXISTS", KEYS[4]) == 1 then
  target = KEYS[3]
end
redis.call("LPUSH", target, ARGV[2])
redis.call("PUBLISH", KEYS[2] .. "ing@" .. ARGV[7], ARGV[2])
return 1
`;

/** What an admission did. */
export type Admission = 'queued' | 'duplicate';

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

type AdmitClient = Redis & { heraldAdmit(...args: (string | number)[]): Promise<number> };

/** Register the script on a connection (idempotent). */
export function withAdmitCommand(client: Redis): AdmitClient {
  const c = client as AdmitClient;
  if (typeof c.heraldAdmit !== 'function') client.defineCommand('heraldAdmit', { numberOfKeys: 5, lua: ADMIT_LUA });
  return c;
}

/** Run the admit script: `opts` are the Bull job options as Bull would store them. */
export async function admitJob(
  client: AdmitClient,
  keys: BullQueueKeys,
  job: { id: string; data: unknown; opts: Record<string, unknown>; timestamp: number },
  once: { key: string; ttlMs: number },
): Promise<Admission> {
  const r = await client.heraldAdmit(
    once.key,
    keys.wait,
    keys.paused,
    keys.metaPaused,
    keys.id,
    keys.jobPrefix,
    job.id,
    '__default__',
    JSON.stringify(job.data),
    JSON.stringify(job.opts),
    job.timestamp,
    keys.token,
    Math.max(1, Math.round(once.ttlMs)),
  );
  return r === 0 ? 'duplicate' : 'queued';
}
