/** Stable error codes. Each maps to one HTTP status and one log level in errors/to-http.ts. */
export const ERROR_CODES = {
  config_invalid: 500,
  unauthorized: 401,
  forbidden: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_payload: 400,
  not_found: 404,
  conflict: 409,
  redis_unavailable: 503,
  slack_api: 502,
  slack_rate_limited: 429,
  datadog_api: 502,
  page_api: 502,
  timeout: 504,
  rules_invalid: 400,
  internal: 500,
} as const;

/** One stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Options for a HeraldError. */
export interface HeraldErrorOptions {
  /** Is trying again later worth it (network, 5xx, 429, timeouts)? */
  retryable?: boolean;
  /** For 429s: wait this long before retrying. */
  retryAfterMs?: number;
  /** Structured, non-secret details (e.g. the failing field). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A typed error with a stable code; messages never contain secrets. */
export class HeraldError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, opts: HeraldErrorOptions = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = 'HeraldError';
    this.code = code;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs;
    this.details = opts.details;
  }

  /** The HTTP status for this error's code. */
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** True when the value is a HeraldError (optionally with the given code). */
export function isHeraldError(e: unknown, code?: ErrorCode): e is HeraldError {
  return e instanceof HeraldError && (code === undefined || e.code === code);
}
