/**
 * Storm digest counting as the incident's fast repeat script does it. Lives here, not in
 * slack/storm, because incident code must not import slack code (slack imports incident);
 * the digest key layout is storm-scripts.ts's (`<base>:dg:<id>:meta|agg|alerts|info|ex`).
 */

/**
 * A Lua function for scripts that count a repeat elsewhere (the incident's fast repeat,
 * incident-scripts.ts) and the digest in the same step: re-count incident `inc` in digest
 * `k` (`<base>:dg:<id>`) as `count` alerts, exactly as the storm's ADD script (slack/storm/storm-scripts.ts) does for a digest that still
 * exists and already holds the incident. Returns 1 when counted, 0 when the digest is gone
 * or does not hold the incident (nothing changed: the caller falls back to ADD).
 */
export const RECOUNT_FN = `
local function recountDigest(k, inc, count, ttl)
  if redis.call('EXISTS', k .. ':meta') == 0 then return 0 end
  local prev = tonumber(redis.call('HGET', k .. ':alerts', inc) or '0')
  if prev == 0 then return 0 end
  local delta = math.max(1, count) - prev
  if delta > 0 then
    local member = cjson.decode(redis.call('HGET', k .. ':info', inc))
    redis.call('HSET', k .. ':alerts', inc, prev + delta)
    redis.call('HINCRBY', k .. ':agg', 'alerts', delta)
    redis.call('HINCRBY', k .. ':agg', 'sa:' .. member.severity, delta)
    redis.call('HINCRBY', k .. ':agg', 'va:' .. member.service, delta)
    if type(member.monitorId) == 'string' and member.monitorId ~= '' then
      redis.call('HINCRBY', k .. ':agg', 'ma:' .. member.monitorId, delta)
    end
    redis.call('HINCRBY', k .. ':meta', 'ver', 1)
  end
  for _, s in ipairs({':meta', ':agg', ':alerts', ':info', ':ex'}) do redis.call('PEXPIRE', k .. s, ttl) end
  return 1
end
`;
