import { RedisScript } from '../queue/redis-script';
import { RECOUNT_FN } from './digest-recount';

/**
 * Compare-and-set save of a whole incident (incident-store.ts). KEYS: the incident hash, one
 * sorted set per state (id → time of last save), the fingerprint pointer, the activity index.
 * ARGV: expected version ('' = create), the state's key index (into KEYS), version, now, ttl
 * ms, state, id, lastSeen, marks' ttl ms, then the number of field/value pairs to set, the
 * pairs, the number of fields to delete, the fields, then key/value pairs of notification
 * marks set with the save.
 */
const CAS = `
local cur = redis.call('HGET', KEYS[1], 'version')
if ARGV[1] ~= '' and cur ~= ARGV[1] then return {0, cur or ''} end
local i = 10
local nset = tonumber(ARGV[i])
local fields = {'state', ARGV[6], 'version', ARGV[3]}
for k = 1, nset do
  fields[#fields + 1] = ARGV[i + 2 * k - 1]
  fields[#fields + 1] = ARGV[i + 2 * k]
end
redis.call('HSET', KEYS[1], unpack(fields))
i = i + 2 * nset + 1
local ndel = tonumber(ARGV[i])
if ndel > 0 then redis.call('HDEL', KEYS[1], unpack(ARGV, i + 1, i + ndel)) end
i = i + ndel + 1
redis.call('PEXPIRE', KEYS[1], ARGV[5])
local n = #KEYS
for k = 2, n - 2 do redis.call('ZREM', KEYS[k], ARGV[7]) end
redis.call('ZADD', KEYS[tonumber(ARGV[2])], ARGV[4], ARGV[7])
redis.call('SET', KEYS[n - 1], ARGV[7], 'PX', ARGV[5])
redis.call('ZADD', KEYS[n], ARGV[8], ARGV[7])
for k = i, #ARGV, 2 do redis.call('SET', ARGV[k], ARGV[k + 1], 'PX', ARGV[9]) end
return {1, ARGV[3]}
`;

/** The compare-and-set save. */
export const CAS_SCRIPT = new RedisScript(CAS, { bulky: true });

/**
 * A plain repeat of an open incident, in one step: no lock, no read of the incident, no
 * JSON. Applies only where a full save said repeats may (fields `fastKey` and `refs`, see
 * incident-record.ts), the alert's decision is the one saved, the alert is not the last one
 * taken and has no `applied` mark (a re-run takes the full path); otherwise answers {0} and
 * changes nothing. Counts the alert, sets the last-alert fields (`last`: id, times,
 * transition; the text summary in `alert` stays the last full save's), bumps the version (a
 * concurrent compare-and-set save then re-plans), keeps the indexes and sets the alert's
 * `applied` mark: what a full save of the same repeat changes.
 *
 * KEYS: the fingerprint pointer, the activity index. ARGV: incident key prefix, state-set key
 * prefix, notification key prefix, alert id, alert date, leak count, last-alert JSON
 * (lastAlertOf), decision key, now, ttl ms, marks' ttl ms, transition, storm digest key
 * base ('' = no storm mode), digest ttl ms, alert arrival (Alert.arrival, '' when none: the
 * incident keeps the latest event's, as planCorrelation does). The `applied` mark's value is the outcome the
 * last full save computed (`fastOutcome`).
 *
 * With a digest key base, the digests that hold the incident (`refs`: copies first, then the
 * primary message, as Placement.countInDigests) take its new count in the same step
 * (digest-recount.ts: RECOUNT_FN); the ids of those counted come back space-separated, the
 * others (a digest gone, not holding it) are left to the caller (the storm's ADD).
 * Answer: {1, id, version, count, state, refs, outcome, counted digest ids} or {0}.
 */
const REPEAT = `${RECOUNT_FN}
local id = redis.call('GET', KEYS[1])
if not id then return {0} end
local ik = ARGV[1] .. id
local h = redis.call('HMGET', ik, 'fastKey', 'state', 'version', 'eventAt', 'lastAlertId', 'refs', 'fastOutcome', 'eventArrival')
if h[1] ~= ARGV[8] or not h[2] or h[2] == 'resolved' or h[5] == ARGV[4] or not h[6] or not h[7] then return {0} end
local mark = ARGV[3] .. ARGV[4] .. ':applied'
if redis.call('EXISTS', mark) == 1 then return {0} end
local v = tonumber(h[3]) + 1
local ev = tonumber(ARGV[5])
local arr = ARGV[15] or ''
if h[4] and h[4] ~= '' then
  local had = tonumber(h[4])
  local hadArr = h[8] or ''
  if had > ev then
    ev = had
    arr = hadArr
  elseif had == ev and hadArr ~= '' and (arr == '' or tonumber(hadArr) > tonumber(arr)) then
    arr = hadArr
  end
end
local count = redis.call('HINCRBY', ik, 'count', 1)
redis.call('HINCRBY', ik, 'leakCount', ARGV[6])
redis.call('HSET', ik, 'lastSeen', ARGV[9], 'lastTransition', ARGV[12], 'lastAlertId', ARGV[4], 'eventAt', string.format('%d', ev), 'eventArrival', arr, 'last', ARGV[7], 'version', v)
redis.call('PEXPIRE', ik, ARGV[10])
redis.call('ZADD', ARGV[2] .. h[2], ARGV[9], id)
redis.call('SET', KEYS[1], id, 'PX', ARGV[10])
redis.call('ZADD', KEYS[2], ARGV[9], id)
redis.call('SET', mark, h[7], 'PX', ARGV[11])
local counted = ''
if ARGV[13] ~= '' and string.find(h[6], '"digest"', 1, true) then
  local refs = cjson.decode(h[6])
  local ids = {}
  if type(refs.copies) == 'table' then
    for _, c in ipairs(refs.copies) do
      if type(c.message) == 'table' and c.message.kind == 'digest' and type(c.message.digestId) == 'string' then ids[#ids + 1] = c.message.digestId end
    end
  end
  if type(refs.message) == 'table' and refs.message.kind == 'digest' and type(refs.message.digestId) == 'string' then ids[#ids + 1] = refs.message.digestId end
  for _, d in ipairs(ids) do
    if recountDigest(ARGV[13] .. ':dg:' .. d, id, count, tonumber(ARGV[14])) == 1 then counted = counted .. d .. ' ' end
  end
end
return {1, id, v, count, h[2], h[6], h[7], counted}
`;

/** The fast repeat (small arguments: it joins the connection's auto-pipeline). */
export const REPEAT_SCRIPT = new RedisScript(REPEAT);
