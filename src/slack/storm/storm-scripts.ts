/**
 * Lua scripts behind storm mode. Each decision is one script, so workers sharing Redis
 * never race. Keys are derived inside the scripts from a base (`<prefix>:storm`), a channel
 * and a digest id (Herald runs on a single Redis, not a cluster):
 *
 *   <base>:ch:<channel>:cur    string  id of the channel's current storm (its digest id)
 *   <base>:ch:<channel>:win    zset    new incident id → admitted at (the sliding window)
 *   <base>:ch:<channel>:crit   zset    critical incident id → when it got its own message
 *   <base>:dg:<id>:meta        hash    channel, startedAt, lastNewAt, checkDue, endedAt,
 *                                      ts, postedChannel, ver, sentVer, lastSentAt,
 *                                      flushes, flushUntil, ownCritical, summaryTs
 *   <base>:dg:<id>:agg         hash    incidents, alerts, s|v|m + i|a|l : severity|service|monitor
 *   <base>:dg:<id>:alerts      hash    incident id → alerts counted
 *   <base>:dg:<id>:info        hash    incident id → member JSON
 *   <base>:dg:<id>:ex          zset    incident id by exampleScore (critical first)
 */

const COMMON = `
local function startStorm(base, ch, id, now, quiet, ttl)
  local chk = base .. ':ch:' .. ch
  redis.call('SET', chk .. ':cur', id)
  redis.call('DEL', chk .. ':crit')
  local meta = base .. ':dg:' .. id .. ':meta'
  redis.call('HSET', meta, 'channel', ch, 'startedAt', now, 'lastNewAt', now, 'checkDue', now + quiet,
    'ver', 1, 'sentVer', 0, 'lastSentAt', 0, 'ownCritical', 0)
  redis.call('PEXPIRE', meta, ttl)
end
local function endStorm(base, ch, id, now, ttl)
  local chk = base .. ':ch:' .. ch
  if redis.call('GET', chk .. ':cur') == id then redis.call('DEL', chk .. ':cur', chk .. ':win', chk .. ':crit') end
  local k = base .. ':dg:' .. id
  if redis.call('HSETNX', k .. ':meta', 'endedAt', now) == 1 then redis.call('HINCRBY', k .. ':meta', 'ver', 1) end
  for _, s in ipairs({':meta', ':agg', ':alerts', ':info', ':ex'}) do redis.call('PEXPIRE', k .. s, ttl) end
end
-- The channel's current storm id, ending it first when it has been quiet too long.
local function currentStorm(base, ch, now, quiet, ttl)
  local id = redis.call('GET', base .. ':ch:' .. ch .. ':cur')
  if not id then return false, false end
  local last = tonumber(redis.call('HGET', base .. ':dg:' .. id .. ':meta', 'lastNewAt') or '0')
  if now - last >= quiet then
    endStorm(base, ch, id, now, ttl)
    return false, id
  end
  return id, false
end
`;

/**
 * Admit a new incident. ARGV: base, channel, now, windowMs, threshold, incidentId, critical
 * (1/0), criticalCap, criticalWindowMs, newStormId, quietMs, ttlMs.
 * Returns [verdict 'own'|'digest', stormId|'', started 1/0, rearm 1/0, endedStaleId|'',
 * touched 1/0 (the digest's content changed: one more critical kept its own message)].
 */
export const ADMIT = `${COMMON}
local base, ch, now = ARGV[1], ARGV[2], tonumber(ARGV[3])
local windowMs, threshold, inc = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local critical, cap, critWin = ARGV[7] == '1', tonumber(ARGV[8]), tonumber(ARGV[9])
local quiet, ttl = tonumber(ARGV[11]), tonumber(ARGV[12])
local chk = base .. ':ch:' .. ch
local id, stale = currentStorm(base, ch, now, quiet, ttl)
stale = stale or ''
redis.call('ZREMRANGEBYSCORE', chk .. ':win', '-inf', now - windowMs)
redis.call('ZADD', chk .. ':win', now, inc)
redis.call('PEXPIRE', chk .. ':win', windowMs)
local started = 0
if not id then
  if redis.call('ZCARD', chk .. ':win') < threshold then return {'own', '', 0, 0, stale, 0} end
  id = ARGV[10]
  startStorm(base, ch, id, now, quiet, ttl)
  started = 1
end
local k = base .. ':dg:' .. id
if redis.call('HEXISTS', k .. ':alerts', inc) == 1 then return {'digest', id, started, 0, stale, 0} end
if redis.call('ZSCORE', chk .. ':crit', inc) then return {'own', id, started, 0, stale, 0} end
redis.call('HSET', k .. ':meta', 'lastNewAt', now)
local rearm = 0
if started == 0 and tonumber(redis.call('HGET', k .. ':meta', 'checkDue') or '0') + quiet < now then
  redis.call('HSET', k .. ':meta', 'checkDue', now + quiet)
  rearm = 1
end
if critical then
  redis.call('ZREMRANGEBYSCORE', chk .. ':crit', '-inf', now - critWin)
  if redis.call('ZCARD', chk .. ':crit') < cap then
    redis.call('ZADD', chk .. ':crit', now, inc)
    redis.call('PEXPIRE', chk .. ':crit', critWin)
    redis.call('HINCRBY', k .. ':meta', 'ownCritical', 1)
    redis.call('HINCRBY', k .. ':meta', 'ver', 1)
    return {'own', id, started, rearm, stale, 1}
  end
end
return {'digest', id, started, rearm, stale, 0}
`;

/**
 * Add or re-count an incident in a digest: the incident's own digest when it still exists,
 * else the channel's storm, else a new storm. Alerts are counted as the incident's latest
 * count (a re-run adds nothing). ARGV: base, channel, now, incidentId, wantedDigestId|'',
 * newStormId, memberJson, count, score, quietMs, ttlMs.
 * Returns [digestId, started 1/0, newMember 1/0, endedStaleId|''].
 */
export const ADD = `${COMMON}
local base, ch, now, inc, wanted = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local quiet, ttl = tonumber(ARGV[10]), tonumber(ARGV[11])
local id, started, stale = false, 0, ''
if wanted ~= '' and redis.call('EXISTS', base .. ':dg:' .. wanted .. ':meta') == 1 then id = wanted end
if not id then
  local s
  id, s = currentStorm(base, ch, now, quiet, ttl)
  stale = s or ''
end
if not id then
  if wanted ~= '' then return {wanted, 0, 0, stale} end
  id = ARGV[6]
  startStorm(base, ch, id, now, quiet, ttl)
  started = 1
end
local k = base .. ':dg:' .. id
local member = cjson.decode(ARGV[7])
local count = math.max(1, tonumber(ARGV[8]))
local prev = tonumber(redis.call('HGET', k .. ':alerts', inc) or '0')
local isNew = 0
if prev == 0 and redis.call('HSETNX', k .. ':info', inc, ARGV[7]) == 1 then
  isNew = 1
  redis.call('ZADD', k .. ':ex', ARGV[9], inc)
  redis.call('HINCRBY', k .. ':agg', 'incidents', 1)
  redis.call('HINCRBY', k .. ':agg', 'si:' .. member.severity, 1)
  redis.call('HINCRBY', k .. ':agg', 'vi:' .. member.service, 1)
  if type(member.monitorId) == 'string' and member.monitorId ~= '' then
    redis.call('HINCRBY', k .. ':agg', 'mi:' .. member.monitorId, 1)
    redis.call('HSETNX', k .. ':agg', 'ml:' .. member.monitorId, member.title)
  end
else
  member = cjson.decode(redis.call('HGET', k .. ':info', inc))
end
local delta = count - prev
if delta > 0 then
  redis.call('HSET', k .. ':alerts', inc, count)
  redis.call('HINCRBY', k .. ':agg', 'alerts', delta)
  redis.call('HINCRBY', k .. ':agg', 'sa:' .. member.severity, delta)
  redis.call('HINCRBY', k .. ':agg', 'va:' .. member.service, delta)
  if type(member.monitorId) == 'string' and member.monitorId ~= '' then
    redis.call('HINCRBY', k .. ':agg', 'ma:' .. member.monitorId, delta)
  end
end
if isNew == 1 or delta > 0 then redis.call('HINCRBY', k .. ':meta', 'ver', 1) end
for _, s in ipairs({':meta', ':agg', ':alerts', ':info', ':ex'}) do redis.call('PEXPIRE', k .. s, ttl) end
return {id, started, isNew, stale}
`;

/**
 * The storm-check timer: end the storm when quiet long enough, else say when to look again.
 * ARGV: base, channel, stormId, now, quietMs, ttlMs.
 * Returns ['gone'|'ended'|'ending', 0] or ['active', dueAt].
 */
export const CHECK = `${COMMON}
local base, ch, id, now = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local quiet, ttl = tonumber(ARGV[5]), tonumber(ARGV[6])
local meta = base .. ':dg:' .. id .. ':meta'
if redis.call('EXISTS', meta) == 0 then return {'gone', 0} end
if redis.call('HEXISTS', meta, 'endedAt') == 1 then return {'ended', 0} end
local cur = redis.call('GET', base .. ':ch:' .. ch .. ':cur')
local last = tonumber(redis.call('HGET', meta, 'lastNewAt') or '0')
if cur == id and now - last < quiet then
  redis.call('HSET', meta, 'checkDue', last + quiet)
  return {'active', last + quiet}
end
endStorm(base, ch, id, now, ttl)
return {'ending', 0}
`;

/**
 * Claim the right to send a digest update (throttled). KEYS: meta. ARGV: now, intervalMs,
 * force (1/0), leaseMs. Returns ['unposted'|'clean', 0], ['wait', ms] or ['go', claim].
 *
 * A claim is a lease: until the update is settled (SETTLE_FLUSH) or `leaseMs` passed, other
 * callers wait, so an update slowed down by Slack (retries, a 429 pause, a queue) is not
 * overtaken by a newer one that it would then overwrite. `force` (the storm-check job, the
 * end of the storm) goes ahead anyway; SETTLE_FLUSH then sorts out which write landed last.
 * The claim number (`flushes`) tells a settling caller whether someone claimed after it.
 */
export const CLAIM_FLUSH = `
local m = redis.call('HMGET', KEYS[1], 'ts', 'ver', 'sentVer', 'lastSentAt', 'flushUntil')
if not m[1] then return {'unposted', 0} end
local ver, sent, last = tonumber(m[2] or '0'), tonumber(m[3] or '0'), tonumber(m[4] or '0')
if ver <= sent then return {'clean', 0} end
local now, interval, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[4])
if ARGV[3] ~= '1' then
  local held = tonumber(m[5] or '0') - now
  if held > 0 then return {'wait', math.min(held, interval)} end
  if now - last < interval then return {'wait', last + interval - now} end
end
local claim = redis.call('HINCRBY', KEYS[1], 'flushes', 1)
redis.call('HSET', KEYS[1], 'lastSentAt', now, 'flushUntil', now + lease)
return {'go', claim}
`;

/**
 * Settle a claimed update. KEYS: meta. ARGV: claim, ver ('' when nothing was sent).
 * Still the latest claim: record `ver` as sent (kept monotonic) and end the lease; returns 1.
 * Someone claimed since (a forced flush, or the lease ran out): their write may have reached
 * Slack before this one, so Slack may show `ver`; sentVer drops to it and the next flush sends
 * the latest again; returns 0.
 */
export const SETTLE_FLUSH = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local sent = tonumber(redis.call('HGET', KEYS[1], 'sentVer') or '0')
local ver = tonumber(ARGV[2])
if tonumber(redis.call('HGET', KEYS[1], 'flushes') or '0') == tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'flushUntil', 0)
  if ver and sent < ver then redis.call('HSET', KEYS[1], 'sentVer', ver) end
  return 1
end
if ver and sent > ver then redis.call('HSET', KEYS[1], 'sentVer', ver) end
return 0
`;

/**
 * Record what Slack has: the rendered version (kept monotonic) and, after the first post,
 * the message ts and the channel id Slack answered with. KEYS: meta. ARGV: ver, ts|'', now, channel.
 */
export const MARK_SENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'sentVer') or '0') < tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'sentVer', ARGV[1])
end
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'ts', ARGV[2], 'lastSentAt', ARGV[3], 'postedChannel', ARGV[4]) end
return 1
`;

/** Delete a claim only if we still hold it. KEYS: claim. ARGV: token. */
export const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
