import type { Alert } from '../alert/alert';
import { computeFingerprint, shortHash } from '../alert/fingerprint';
import { NO_LEAK } from '../scan/types';

/** Longest excerpt of an unparsable body that is kept (after redaction). */
export const UNPARSABLE_EXCERPT = 1500;

/**
 * An authenticated body that did not parse, kept as an alert so it is never lost: salvages
 * the title and id when they can be read, keeps an excerpt (redacted later by the scanner).
 */
export function unparsableAlert(raw: string, now: number): Alert {
  const grab = (key: string) => new RegExp(`"${key}"\\s*:\\s*"([^"\\\\]{1,300})"`).exec(raw.slice(0, 20_000))?.[1] ?? '';
  const id = /^\d{5,25}$/.test(grab('id')) ? grab('id') : `h-${shortHash(raw)}`;
  const salvaged = grab('title');
  const title = salvaged ? `Unparsable webhook: ${salvaged}` : 'Unparsable Datadog webhook';
  return {
    id,
    source: 'unparsable',
    eventType: 'unparsable',
    title,
    rawTitle: salvaged,
    message: raw.slice(0, UNPARSABLE_EXCERPT) + (raw.length > UNPARSABLE_EXCERPT ? ' …' : ''),
    transition: 'Unknown',
    alertType: 'error',
    priority: null,
    status: '',
    monitorId: null,
    scope: [],
    query: '',
    metric: '',
    service: '',
    env: '',
    team: '',
    host: '',
    tags: {},
    links: {},
    logs: [],
    date: now,
    cycleKey: '',
    aggregKey: '',
    org: { id: '', name: '' },
    fingerprint: computeFingerprint({ monitorId: null, scope: [], cycleKey: '', aggregKey: '', title: `unparsable:${id}`, source: 'unparsable' }),
    receivedAt: now,
    extra: { body_bytes: String(Buffer.byteLength(raw)) },
    findings: [],
    leak: { ...NO_LEAK, categories: [], detectors: [] },
  };
}
