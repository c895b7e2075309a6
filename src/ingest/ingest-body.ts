import type { Alert } from '../alert/alert';
import { boundAlert } from '../alert/bound-alert';
import { normalizeDatadog } from '../alert/normalize';
import { validatePayload } from '../alert/validate-payload';
import { HeraldError } from '../errors/herald-error';
import { invalidAlert } from './invalid-alert';
import { parseDatadogJson } from './repair-json';
import { unparsableAlert } from './unparsable-alert';

/** How a body became an alert. */
export type BodyOutcome = 'accepted' | 'unparsable' | 'invalid';

/** An alert made from a webhook body, scanned and bounded, and how it was read. */
export interface IngestedBody {
  /** Scanned, redacted and cut to what is kept (ready to queue or explain). */
  alert: Alert;
  outcome: BodyOutcome;
  /** The body was repaired before it parsed (an empty template variable, raw newlines, a bare 19-digit id…). */
  repaired: boolean;
  /** For `invalid`: what was wrong with the payload template. */
  problem?: string;
}

/** Options for ingestBody. */
export interface IngestBodyOptions {
  now: number;
  /** The body as received (before form decoding), for a stable id; default `text`. */
  rawBody?: string;
  bytes?: number;
  /** Scan and redact every string (decoded views too); identity when absent. */
  scanAlert?: (a: Alert) => Alert;
  /** Sees the scanned alert before it is cut (count every finding). */
  onScanned?: (a: Alert) => void;
  /** Told when a valid payload could not be normalized (it is kept as unparsable). */
  onNormalizeError?: (e: unknown) => void;
}

/**
 * The one path from a webhook body (form-decoded already) to an alert, shared by ingest and
 * `herald rules explain`: parse (repairing Datadog's known breakages), validate, normalize —
 * or keep it as an unparsable or invalid alert — then scan and redact, then cut. An empty
 * body throws a 400-coded HeraldError (there is nothing to lose).
 */
export function ingestBody(text: string, o: IngestBodyOptions): IngestedBody {
  if (text.trim() === '') {
    throw new HeraldError('invalid_payload', 'empty body: Datadog sent no payload (check the webhook\'s "Payload" field)', { details: { field: '(body)' } });
  }
  const bytes = o.bytes ?? Buffer.byteLength(o.rawBody ?? text);
  const parsed = parseDatadogJson(text);
  let alert: Alert;
  let outcome: BodyOutcome = 'accepted';
  let problem: string | undefined;
  if (!parsed) {
    alert = unparsableAlert(text, o.now, bytes);
    outcome = 'unparsable';
  } else {
    const check = validatePayload(parsed.value);
    if (!check.ok) {
      alert = invalidAlert(parsed.value, text, check, { now: o.now, rawBody: o.rawBody, bytes });
      outcome = 'invalid';
      problem = alert.extra.template_problem;
    } else {
      try {
        alert = normalizeDatadog(check.payload, { now: o.now, rawBody: o.rawBody ?? text });
      } catch (e) {
        // A valid payload normalization cannot read (e.g. a malformed monitor link): keep it
        // as an unparsable alert rather than answer 500 to every redelivery and lose it.
        o.onNormalizeError?.(e);
        alert = unparsableAlert(text, o.now, bytes);
        outcome = 'unparsable';
      }
    }
  }
  // Scan everything (decoded views included) first, and only then cut to what is kept: no
  // cut splits a secret before the scanner saw it whole.
  const scanned = o.scanAlert ? o.scanAlert(alert) : alert;
  o.onScanned?.(scanned);
  return { alert: boundAlert(scanned), outcome, repaired: parsed?.repaired ?? false, ...(problem ? { problem } : {}) };
}
