import type { IncomingMessage, ServerResponse } from 'node:http';
import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';
import { HeraldError } from '../errors/herald-error';
import { answerError, sendJson } from '../errors/to-http';
import type { Logger } from '../ops/logger';
import type { Metrics } from '../ops/metrics';
import type { HeraldJob } from '../queue/job-types';
import { checkSecret } from './check-secret';
import { bodyKind, decodeForm, readRawBody } from './read-body';
import { arrivalStamp } from './arrival-stamp';
import { ingestBody } from './ingest-body';

/** What the webhook route needs. */
export interface WebhookDeps {
  secret: string | undefined;
  bodyLimitBytes: number;
  redis: Redis;
  /**
   * Enqueue the alert's job unless its `$ID` was already queued within the idempotency TTL
   * ('duplicate'); one atomic step. Throws (503-coded) when Redis is away.
   */
  admit: (job: HeraldJob, jobId: string, alertId: string) => Promise<'queued' | 'duplicate'>;
  /** Scan and redact every string of the alert (decoded views too); runs before anything is stored or cut. */
  scanAlert: (a: Alert) => Alert;
  metrics: Metrics;
  logger: Logger;
  clock: () => number;
}

/** True for the request the webhook handler answers. */
export function isWebhookRequest(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url) return false;
  const path = req.url.split('?')[0];
  return path === '/webhooks/datadog' || path === '/webhooks/datadog/';
}

/**
 * `POST /webhooks/datadog`: authenticate, cap, parse (repairing Datadog's known breakages),
 * validate, normalize (a body that fails validation is kept as an invalid alert, an empty
 * one gets 400), scan + redact, drop redeliveries, enqueue, answer 202 `{id}`.
 * Nothing slow here: the worker does the rest. A plain Node handler that the HTTP server
 * calls ahead of express (express's layers cost more CPU per webhook than the scanner).
 */
export function webhookHandler(d: WebhookDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const counters = bindCounters(d.metrics);
  return (req, res) => {
    accept(req, d, counters)
      .then(
        (body) => sendJson(res, 202, body),
        (e: unknown) => {
          const code = e instanceof HeraldError ? e.code : 'internal';
          d.metrics.webhooksReceived.inc({ outcome: OUTCOME[code] ?? 'error' });
          answerError(d.logger, e, req, res);
        },
      )
      .catch((e: unknown) => {
        d.logger.error('webhook answer failed', { error: e instanceof Error ? e.message : String(e) });
        res.destroy();
      });
  };
}

/** Label-bound counters for the per-request outcomes (no label hashing per webhook). */
interface HotCounters {
  accepted: { inc(): void };
  unparsable: { inc(): void };
  invalid: { inc(): void };
  duplicate: { inc(): void };
}

function bindCounters(m: Metrics): HotCounters {
  return {
    accepted: m.webhooksReceived.labels({ outcome: 'accepted' }),
    unparsable: m.webhooksReceived.labels({ outcome: 'unparsable' }),
    invalid: m.webhooksReceived.labels({ outcome: 'invalid' }),
    duplicate: m.webhooksReceived.labels({ outcome: 'duplicate' }),
  };
}

/** Every finding counted by category (the alert itself keeps at most MAX_FINDINGS). */
function countFindings(m: Metrics, a: Alert): void {
  if (a.findings.length === 0) return;
  const by = new Map<string, number>();
  for (const f of a.findings) by.set(f.category, (by.get(f.category) ?? 0) + 1);
  for (const [category, n] of by) m.leaksDetected.inc({ category }, n);
}

const OUTCOME: Record<string, string> = {
  unauthorized: 'unauthorized',
  payload_too_large: 'too_large',
  unsupported_media_type: 'unsupported',
  invalid_payload: 'invalid',
  redis_unavailable: 'unavailable',
};

async function accept(req: IncomingMessage, d: WebhookDeps, c: HotCounters): Promise<{ id: string; duplicate?: boolean; unparsable?: boolean; invalid?: boolean; problem?: string }> {
  if (d.secret !== undefined && !checkSecret(req.headers, d.secret)) {
    req.resume();
    throw new HeraldError('unauthorized', 'missing or wrong webhook secret (send Authorization: Bearer <secret>, X-Herald-Token, or basic auth)');
  }
  const kind = bodyKind(req.headers['content-type']);
  if (d.redis.status !== 'ready') {
    req.resume();
    throw new HeraldError('redis_unavailable', 'Redis is unavailable; retry later', { retryable: true });
  }
  const raw = await readRawBody(req, d.bodyLimitBytes);
  const text = kind === 'form' ? decodeForm(raw) : raw;
  // The same path `herald rules explain` takes: parse + repair, validate, normalize (or keep
  // as unparsable / invalid), scan + redact, cut.
  const body = ingestBody(text, {
    now: d.clock(),
    rawBody: raw,
    bytes: Buffer.byteLength(raw),
    scanAlert: d.scanAlert,
    onScanned: (a) => countFindings(d.metrics, a),
    onNormalizeError: (e) => d.logger.warn('payload could not be normalized; accepted as unparsable', { error: e instanceof Error ? e.message : String(e) }),
  });
  // The order ingest took it in: the tie-break between alerts whose Datadog event times are equal.
  const clean = { ...body.alert, arrival: arrivalStamp() };
  let admitted: 'queued' | 'duplicate';
  try {
    admitted = await d.admit({ kind: 'alert', alert: clean }, `alert:${clean.id}`, clean.id);
  } catch (e) {
    throw e instanceof HeraldError ? e : new HeraldError('redis_unavailable', 'could not enqueue; retry later', { retryable: true, cause: e });
  }
  if (admitted === 'duplicate') {
    c.duplicate.inc();
    d.metrics.alertProcessed('duplicate');
    if (d.logger.isDebugEnabled()) d.logger.debug('webhook redelivery dropped', { alertId: clean.id });
    return { id: clean.id, duplicate: true };
  }
  // One line per accepted webhook costs more than the rest of ingest's bookkeeping (winston
  // plus a redaction pass over the line), and the worker logs every alert's outcome anyway
  // (`alert processed`, with the same id and fingerprint): so accepted webhooks log at debug.
  // Unparsable ones stay at info: rare, and someone should look at them.
  // Unparsable and invalid ones stay at info: rare, and someone should look at them (an
  // invalid one means the webhook's payload template is broken).
  const odd = body.outcome !== 'accepted';
  c[body.outcome].inc();
  if (odd || d.logger.isDebugEnabled()) {
    d.logger.log(odd ? 'info' : 'debug', body.outcome === 'invalid' ? 'webhook accepted, but its payload does not match the template' : 'webhook accepted', {
      alertId: clean.id,
      fingerprint: clean.fingerprint,
      transition: clean.transition,
      source: clean.source,
      findings: clean.findings.length,
      ...(body.problem ? { problem: body.problem } : {}),
    });
  }
  if (body.outcome === 'invalid') return { id: clean.id, invalid: true, problem: body.problem };
  return body.outcome === 'unparsable' ? { id: clean.id, unparsable: true } : { id: clean.id };
}
