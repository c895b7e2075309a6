import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
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

/** Write a small JSON answer directly (no ETag hashing or freshness checks: these are POST answers). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** Send a HeraldError as HTTP: status from its code, a JSON body, Retry-After on 503/429. */
export function sendError(res: ServerResponse, err: HeraldError): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = {};
  if (err.status === 503) headers['retry-after'] = '5';
  if (err.retryAfterMs) headers['retry-after'] = String(Math.ceil(err.retryAfterMs / 1000));
  const body: ErrorBody = { error: { code: err.code, message: err.message } };
  const field = err.details?.field;
  if (typeof field === 'string') body.error.field = field;
  sendJson(res, err.status, body, headers);
}

/** Log an error once: 5xx at error level (with the cause's message), 4xx at warn. */
export function logError(logger: Logger, err: HeraldError, method: string | undefined, path: string): void {
  const meta = { code: err.code, status: err.status, method, path, ...(err.details ?? {}) };
  if (err.status >= 500) logger.error(err.message, { ...meta, cause: err.cause instanceof Error ? err.cause.message : undefined });
  else logger.warn(err.message, meta);
}

/** The one place errors become HTTP responses and log lines (express routes and plain handlers). */
export function answerError(logger: Logger, e: unknown, req: { method?: string; url?: string }, res: ServerResponse): HeraldError {
  const err = toHeraldError(e);
  logError(logger, err, req.method, (req.url ?? '').split('?')[0]);
  sendError(res, err);
  return err;
}

/** Express error middleware over answerError. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (e, req, res, _next) => {
    answerError(logger, e, { method: req.method, url: req.originalUrl }, res);
  };
}
