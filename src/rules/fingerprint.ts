import { createHash } from 'node:crypto';
import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import { defaultSeverity } from './default-severity';
import { fieldString, lookupField, MatchContext } from './fields';

/**
 * A stable incident fingerprint from the given fields (matcher field names, e.g. `service`,
 * `tags.integration`); an empty `groupBy` keeps `alert.fingerprint`. Throws on an unknown field.
 */
export function fingerprintFor(alert: Alert, groupBy: readonly string[], severity?: Severity): string {
  if (groupBy.length === 0) return alert.fingerprint;
  const c = new MatchContext(alert, severity ?? defaultSeverity(alert));
  const h = createHash('sha256');
  for (const name of groupBy) {
    const spec = lookupField(name);
    if (!spec) throw new Error(`fingerprintFor: unknown field ${JSON.stringify(name)}`);
    h.update(`${name}=${fieldString(spec, c)}\n`);
  }
  return `g-${h.digest('hex').slice(0, 32)}`;
}
