/**
 * A Datadog downtime equivalent to a mute: one monitor (`monitorId`) or every monitor of a
 * service (`monitorTags: ["service:<name>"]`), narrowed by the `scope` tags.
 */
export type DowntimePlan = { monitorId: string; scope: string[] } | { monitorTags: string[]; scope: string[] };

const TAG_FIELDS: Record<string, string> = { service: 'service', env: 'env', host: 'host', team: 'team' };
const SAFE_VALUE = /^[A-Za-z0-9_.:/@-]{1,200}$/;
const MONITOR_ID = /^\d{1,18}$/;

/**
 * The downtime that mirrors a mute, or why there is none. Only exact matchers Datadog can
 * express are translated (monitor_id, service, env, host, team, tags.<key>); anything else
 * (regexes, lists, title…) would make the downtime broader than the mute, so none is made.
 * A mute naming a monitor downs that monitor; a mute naming a service (and no monitor) downs
 * the service's monitors (monitor tag `service:<name>`), the other tags as scope; otherwise
 * `fallbackMonitorId` (the incident's monitor, for mutes made from a message) is downed.
 */
export function downtimePlan(matchers: Record<string, unknown>, fallbackMonitorId: string | null): DowntimePlan | { skip: string } {
  let monitorId: string | null = null;
  let service: string | null = null;
  const scope: string[] = [];
  for (const [key, value] of Object.entries(matchers)) {
    if (typeof value !== 'string' && typeof value !== 'number') return { skip: `matcher ${key} is not a plain value` };
    const v = String(value);
    if (key === 'monitor_id') {
      if (!MONITOR_ID.test(v)) return { skip: 'monitor_id is not numeric' };
      monitorId = v;
      continue;
    }
    const tag = TAG_FIELDS[key] ?? (key.startsWith('tags.') ? key.slice(5) : null);
    if (!tag) return { skip: `matcher ${key} has no Datadog downtime equivalent` };
    if (!SAFE_VALUE.test(v) || !/^[A-Za-z0-9_.:/-]{1,100}$/.test(tag)) return { skip: `matcher ${key} has characters a downtime scope cannot hold` };
    if (key === 'service') service = v;
    scope.push(`${tag}:${v}`);
  }
  if (monitorId) return { monitorId, scope: scope.sort() };
  if (service) return { monitorTags: [`service:${service}`], scope: scope.filter((t) => t !== `service:${service}`).sort() };
  if (fallbackMonitorId && MONITOR_ID.test(fallbackMonitorId)) return { monitorId: fallbackMonitorId, scope: scope.sort() };
  return { skip: 'no Datadog monitor or service to put in downtime' };
}
