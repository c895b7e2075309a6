/** A Datadog downtime equivalent to a mute: one monitor, scoped by tags. */
export interface DowntimePlan {
  monitorId: string;
  scope: string[];
}

const TAG_FIELDS: Record<string, string> = { service: 'service', env: 'env', host: 'host', team: 'team' };
const SAFE_VALUE = /^[A-Za-z0-9_.:/@-]{1,200}$/;

/**
 * The downtime that mirrors a mute, or why there is none. Only exact matchers Datadog can
 * express are translated (monitor_id, service, env, host, team, tags.<key>); anything else
 * (regexes, lists, title…) would make the downtime broader than the mute, so none is made.
 * `fallbackMonitorId` is the incident's monitor (mutes made from a message).
 */
export function downtimePlan(matchers: Record<string, unknown>, fallbackMonitorId: string | null): DowntimePlan | { skip: string } {
  let monitorId = fallbackMonitorId;
  const scope: string[] = [];
  for (const [key, value] of Object.entries(matchers)) {
    if (typeof value !== 'string' && typeof value !== 'number') return { skip: `matcher ${key} is not a plain value` };
    const v = String(value);
    if (key === 'monitor_id') {
      if (!/^\d{1,18}$/.test(v)) return { skip: 'monitor_id is not numeric' };
      monitorId = v;
      continue;
    }
    const tag = TAG_FIELDS[key] ?? (key.startsWith('tags.') ? key.slice(5) : null);
    if (!tag) return { skip: `matcher ${key} has no Datadog downtime equivalent` };
    if (!SAFE_VALUE.test(v) || !/^[A-Za-z0-9_.:/-]{1,100}$/.test(tag)) return { skip: `matcher ${key} has characters a downtime scope cannot hold` };
    scope.push(`${tag}:${v}`);
  }
  if (!monitorId || !/^\d{1,18}$/.test(monitorId)) return { skip: 'no Datadog monitor to put in downtime' };
  return { monitorId, scope: scope.sort() };
}
