import type Redis from 'ioredis';
import { DEFAULT_JOB_NAME, type BullQueueKeys } from './bull-internals';
import { RedisScript } from './redis-script';

/**
 * Enqueues jobs at most once per `onceKey`, several jobs per Redis round trip. For each job:
 * if its once key is set (an exact redelivery within its TTL) nothing happens; else the key
 * is set with its TTL and the job is added to Bull's wait list, exactly as Bull's own
 * `addJob` script does for a plain job (no delay, no priority, FIFO) with a custom job id
 * (Bull's layout: see bull-internals.ts; test/integration/queue/bull-contract.test.ts checks it).
 * The claim and the enqueue are atomic per job: there is no window in which an id is claimed
 * but its job not queued (or the reverse), so nothing needs releasing when Redis goes away.
 *
 * KEYS: wait, paused, meta-paused, id, then one once key per job.
 * ARGV: job key prefix, queue token, once TTL (ms), job name, then per job: job id, data
 * (JSON), opts (JSON), timestamp.
 * Returns one code per job: 1 (queued), 0 (once key seen: duplicate), 2 (a job with this id
 * is still kept: nothing queued). The batch's job ids go to the wait list in one LPUSH, in
 * order (Bull pops from the other end: first admitted, first processed), and the job counter
 * is raised once by the number of claims, as Bull's addJob raises it once per add.
 */
export const ADMIT_LUA = `
local out = {}
local ids = {}
local claimed = 0
local target = KEYS[1]
if redis.call("EXISTS", KEYS[3]) == 1 then
  target = KEYS[2]
end
for i = 5, #KEYS do
  local a = (i - 5) * 4 + 5
  if redis.call("SET", KEYS[i], "1", "PX", ARGV[3], "NX") == false then
    out[#out + 1] = 0
  else
    claimed = claimed + 1
    local jobId = ARGV[a]
    local jobIdKey = ARGV[1] .. jobId
    if redis.call("EXISTS", jobIdKey) == 1 then
      out[#out + 1] = 2
    else
      redis.call("HMSET", jobIdKey, "name", ARGV[4], "data", ARGV[a + 1], "opts", ARGV[a + 2], "timestamp", ARGV[a + 3], "delay", "0", "priority", "0")
      ids[#ids + 1] = jobId
      out[#out + 1] = 1
    end
  end
end
if claimed > 0 then
  redis.call("INCRBY", KEYS[4], claimed)
end
if #ids > 0 then
  redis.call("LPUSH", target, unpack(ids))
  for j = 1, #ids do
    redis.call("PUBLISH", KEYS[1] .. "ing@" .. ARGV[2], ids[j])
  end
end
return out
`;

const SCRIPT = new RedisScript(ADMIT_LUA, { bulky: true });

/** What an admission did. */
export type Admission = 'queued' | 'duplicate';

/** One job to admit: data and opts already serialized as Bull stores them. */
export interface AdmitRequest {
  id: string;
  data: string;
  opts: string;
  timestamp: number;
  onceKey: string;
  onceTtlMs: number;
}

/** Run the admit script for jobs that share a once TTL (one round trip). */
export async function admitJobs(client: Redis, keys: BullQueueKeys, jobs: readonly AdmitRequest[]): Promise<Admission[]> {
  const ks: string[] = [keys.wait, keys.paused, keys.metaPaused, keys.id];
  const args: (string | number)[] = [keys.jobPrefix, keys.token, Math.max(1, Math.round(jobs[0]!.onceTtlMs)), DEFAULT_JOB_NAME];
  for (const j of jobs) {
    ks.push(j.onceKey);
    args.push(j.id, j.data, j.opts, j.timestamp);
  }
  const codes = (await SCRIPT.run(client, ks.length, ...ks, ...args)) as number[];
  return codes.map((c) => (c === 0 ? 'duplicate' : 'queued'));
}
