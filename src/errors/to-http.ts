import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../ops/logger';
import { HeraldError, isHeraldError } from './herald-error';

/** The JSON error body every Herald endpoint answers with. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Map any thrown value to a HeraldError (unknown errors become `internal`, message hidden). */
export function toHeraldError(e: unknown): HeraldError {
  if (isHeraldError(e)) return e;
  const status = (e as { status?: number; statusCode?: number })?.status ?? (e as { statusCode?: number })?.statusCode;
  const type = (e as { type?: string })?.type;
  if (status === 413 || type === 'entity.too.large') return new HeraldError('payload_too_large', 'request body too large');
  if (status === 400 && type === 'entity.parse.failed') return new HeraldError('invalid_payload', 'request body is not valid JSON');
  if (status === 415) return new HeraldError('unsupported_media_type', 'unsupported content type');
  return new HeraldError('internal', 'internal error', { cause: e });
}

/** Send a HeraldError as HTTP: status from its code, a JSON body, Retry-After on 503/429. */
export function sendError(res: Response, err: HeraldError): void {
  if (res.headersSent) return;
  if (err.status === 503) res.setHeader('Retry-After', '5');
  if (err.retryAfterMs) res.setHeader('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
  const body: ErrorBody = { error: { code: err.code, message: err.message } };
  const field = err.details?.field;
  if (typeof field === 'string') body.error.field = field;
  res.status(err.status).json(body);
}

/** The one place errors become HTTP responses and log lines. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (e, req, res, _next) => {
    const err = toHeraldError(e);
    const meta = { code: err.code, status: err.status, method: req.method, path: req.path, ...(err.details ?? {}) };
    if (err.status >= 500) logger.error(err.message, { ...meta, cause: err.cause instanceof Error ? err.cause.message : undefined });
    else logger.warn(err.message, meta);
    sendError(res, err);
  };
}
