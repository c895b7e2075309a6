import { bearerMatches } from '../ops/bearer-token';
import express, { type NextFunction, type Request, type Response } from 'express';
import { HeraldError, isHeraldError } from '../errors/herald-error';
import { durationToMs } from './duration';
import type { MuteDowntimes } from './mute-downtimes';
import { plainRedact } from './mute-input';
import type { Mute, MuteStore } from './mute-store';
import { formatProblem, isPlainObject, RulesValidationError } from './problems';

/** An audit entry for a mute change. */
export interface MuteAuditEvent {
  action: string;
  actor: string;
  muteId: string;
  note?: string;
}

/** What the mute admin API needs. */
export interface MuteRouterOptions {
  store: MuteStore;
  /** `server.admin_token`; unset = the API answers 404 "admin API disabled". */
  adminToken: string | undefined;
  /** Who holds the admin token (`server.admin_token_name`): the actor of every API change. Default `admin-api`. */
  adminTokenName?: string;
  audit?: (e: MuteAuditEvent) => Promise<void> | void;
  /** Datadog downtimes mirroring mutes, as for Slack mutes (absent: none). */
  downtimes?: MuteDowntimes;
  /** Reports a downtime that could not be created or cancelled (the mute change stands). */
  onDowntimeError?: (muteId: string, what: string, e: unknown) => void;
  /** Scans what callers type (a claimed `created_by`); MuteStore scans the rest. */
  redact?: (text: string) => string;
}


/**
 * The mutes admin API: `GET /api/mutes[?include_expired=1]`, `GET /api/mutes/:id`,
 * `POST /api/mutes` `{ matchers, duration, reason }`, `DELETE /api/mutes/:id`.
 * Bearer-token protected (constant-time compare); parses its own JSON (16 KB limit). The
 * actor is the token's holder (`adminTokenName`); a `created_by` (or `?by=`) the caller
 * writes is kept only as a claimed note. A mute gets the Datadog downtime a Slack mute gets
 * (`downtime_id` in the answer; none when its matchers have no Datadog equivalent), and
 * deleting the mute cancels it.
 */
export function createMuteRouter(opts: MuteRouterOptions): express.Router {
  const { store, adminToken, audit, downtimes } = opts;
  const actor = opts.adminTokenName ?? 'admin-api';
  const redact = opts.redact ?? ((t: string) => plainRedact()(t).text);
  const claimed = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? redact(v.trim().slice(0, 200)) : null);
  const router = express.Router();
  const expected = adminToken ?? null;

  router.use('/api/mutes', (req: Request, res: Response, next: NextFunction) => {
    if (!expected) return sendError(res, 404, 'not_found', 'admin API disabled: set server.admin_token');
    if (!bearerMatches(req.get('authorization'), expected)) {
      res.set('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'missing or bad admin token (Authorization: Bearer <server.admin_token>)');
    }
    next();
  });
  router.use('/api/mutes', express.json({ limit: '16kb' }));

  router.get('/api/mutes', async (req: Request, res: Response) => {
    const includeExpired = ['1', 'true', 'yes'].includes(String(req.query.include_expired ?? ''));
    res.json({ mutes: (await store.list({ includeExpired })).map(toJson) });
  });

  router.get('/api/mutes/:id', async (req: Request, res: Response) => {
    const mute = await store.get(String(req.params.id));
    if (!mute) return sendError(res, 404, 'not_found', `no mute ${JSON.stringify(String(req.params.id).slice(0, 40))}`);
    res.json({ mute: toJson(mute) });
  });

  router.post('/api/mutes', async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (!isPlainObject(body)) return sendError(res, 400, 'invalid_payload', 'expected a JSON object { matchers, duration, reason, created_by }');
    let durationMs: number;
    try {
      durationMs = durationToMs(body.duration);
    } catch (e) {
      return sendError(res, 400, 'invalid_payload', `duration: ${(e as Error).message}`);
    }
    const claim = claimed(body.created_by);
    const mute = await store.create({ matchers: body.matchers, durationMs, reason: body.reason as string, createdBy: actor, ...(claim && claim !== actor ? { claimedBy: claim } : {}) });
    await audit?.({ action: 'mute.create', actor, muteId: mute.id, note: `${mute.describe} until ${new Date(mute.endsAt).toISOString()}: ${mute.reason}${mute.claimedBy ? ` (created_by claimed: ${mute.claimedBy})` : ''}` });
    let downtimeId: string | null = null;
    if (downtimes?.enabled) {
      const message = `Muted via the Herald API by ${actor} (${mute.id}): ${mute.reason}`;
      downtimeId = await downtimes.create(mute, null, message).catch((e: unknown) => (opts.onDowntimeError?.(mute.id, 'create', e), null));
    }
    res.status(201).json({ mute: toJson(mute), downtime_id: downtimeId });
  });

  router.delete('/api/mutes/:id', async (req: Request, res: Response) => {
    const claim = claimed((typeof req.query.by === 'string' && req.query.by) || req.get('x-herald-actor'));
    const mute = await store.delete(String(req.params.id), actor);
    if (!mute) return sendError(res, 404, 'not_found', `no mute ${JSON.stringify(String(req.params.id).slice(0, 40))}`);
    await audit?.({ action: 'mute.delete', actor, muteId: mute.id, ...(claim && claim !== actor ? { note: `deleted_by claimed: ${claim}` } : {}) });
    let cancelled: string | null = null;
    if (downtimes?.enabled) cancelled = await downtimes.cancel(mute.id).catch((e: unknown) => (opts.onDowntimeError?.(mute.id, 'cancel', e), null));
    res.json({ mute: toJson(mute), downtime_cancelled: cancelled });
  });

  router.use('/api/mutes', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof RulesValidationError) {
      return sendError(res, 400, err.code, err.problems.map((p) => formatProblem(null, p)).join('; '));
    }
    if (isHeraldError(err) && err.status < 500) return sendError(res, err.status, err.code, err.message);
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed') return sendError(res, 400, 'invalid_payload', 'body is not valid JSON');
    if (e.type === 'entity.too.large') return sendError(res, 413, 'payload_too_large', 'body larger than 16 KB');
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return sendError(res, e.status, 'invalid_payload', 'bad request');
    const wrapped = err instanceof HeraldError ? err : new HeraldError('internal', 'mute API failed', { cause: err });
    return sendError(res, wrapped.status, wrapped.code, wrapped.code === 'internal' ? 'internal error' : wrapped.message);
  });

  return router;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function toJson(m: Mute): Record<string, unknown> {
  return {
    id: m.id,
    matchers: m.matchers,
    describe: m.describe,
    reason: m.reason,
    created_by: m.createdBy,
    claimed_by: m.claimedBy ?? null,
    created_at: new Date(m.createdAt).toISOString(),
    ends_at: new Date(m.endsAt).toISOString(),
    deleted_at: m.deletedAt !== undefined ? new Date(m.deletedAt).toISOString() : null,
    deleted_by: m.deletedBy ?? null,
    muted_count: m.mutedCount,
  };
}
