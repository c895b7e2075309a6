import { HeraldError } from '../errors/herald-error';

/** How a failed call is classified (for the breaker, metrics and problems). */
export type FailureKind = 'timeout' | 'not_found' | 'rate_limited' | 'unavailable' | 'rejected';

/** A failed Datadog call, as a HeraldError plus its kind. */
export interface MappedError {
  error: HeraldError;
  kind: FailureKind;
}

function firstErrorText(body: unknown): string {
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    const first = (body as { errors: unknown[] }).errors.find((x) => typeof x === 'string');
    if (typeof first === 'string') return first.replace(/\s+/g, ' ').slice(0, 160);
  }
  return '';
}

function isApiException(e: unknown): e is { code: number; body: unknown } {
  return !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'number' && 'body' in e;
}

/** Replace every occurrence of the given secrets by `[redacted]`. */
export function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

/**
 * Turn whatever the Datadog client threw into a HeraldError whose message starts with
 * `label` and never contains headers or keys (it is built here, never copied from the
 * underlying error, and `secrets` are scrubbed anyway). The raw error is not kept as cause.
 */
export function toHeraldError(e: unknown, label: string, timeoutMs: number, secrets: string[]): MappedError {
  const make = (kind: FailureKind, code: 'datadog_api' | 'timeout', msg: string, retryable: boolean, extra: Partial<{ retryAfterMs: number; details: Record<string, unknown> }> = {}) => ({
    kind,
    error: new HeraldError(code, scrub(`${label}: ${msg}`, secrets), { retryable, ...extra }),
  });
  if (e instanceof HeraldError) {
    const kind: FailureKind = e.code === 'timeout' ? 'timeout' : e.details?.status === 429 ? 'rate_limited' : e.retryable ? 'unavailable' : 'rejected';
    return make(kind, e.code === 'timeout' ? 'timeout' : 'datadog_api', e.message, e.retryable, {
      retryAfterMs: e.retryAfterMs,
      details: e.details,
    });
  }
  const name = e && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return make('timeout', 'timeout', `timed out after ${timeoutMs} ms`, true);
  }
  if (isApiException(e)) {
    const status = e.code;
    const why = firstErrorText(e.body);
    const suffix = why ? ` (${why})` : '';
    if (status === 404) return make('not_found', 'datadog_api', `not found (HTTP 404)${suffix}`, false, { details: { status } });
    if (status === 429) return make('rate_limited', 'datadog_api', 'rate limited by Datadog (HTTP 429)', true, { details: { status } });
    if (status >= 500 || status === 408) {
      return make('unavailable', 'datadog_api', `Datadog API error (HTTP ${status})`, true, { details: { status } });
    }
    const hint = status === 401 || status === 403 ? ' — check the API/application key and its permissions' : '';
    return make('rejected', 'datadog_api', `Datadog API refused the request (HTTP ${status})${suffix}${hint}`, false, {
      details: { status },
    });
  }
  const code = e && typeof e === 'object' ? (e as { cause?: { code?: unknown } }).cause?.code : undefined;
  if (e instanceof TypeError || typeof code === 'string') {
    const c = typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? ` (${code})` : '';
    return make('unavailable', 'datadog_api', `could not reach Datadog${c}`, true);
  }
  return make('rejected', 'datadog_api', 'unexpected response from Datadog', false);
}
