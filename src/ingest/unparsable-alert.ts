import type { Alert } from '../alert/alert';
import { computeFingerprint, shortHash } from '../alert/fingerprint';
import { NO_LEAK } from '../scan/types';

/**
 * An authenticated body that did not parse, kept as an alert so it is never lost: salvages
 * the title and id when they can be read. `raw` is the body after form decoding (a
 * `payload=` field is its value); it is kept whole here: the scanner reads it, its
 * decoded views included (percent-escapes, `\/`, `\u00xx`), and only then is it cut to
 * an excerpt (boundAlert), so no cut splits a secret the scanner has not seen whole.
 */
export function unparsableAlert(raw: string, now: number, bodyBytes = Buffer.byteLength(raw)): Alert {
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
    message: raw,
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
    extra: { body_bytes: String(bodyBytes) },
    findings: [],
    leak: { ...NO_LEAK, categories: [], detectors: [] },
  };
}
