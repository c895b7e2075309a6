import { Router, type Request, type Response } from 'express';
import type { AuditLog } from './audit-log';
import { bearerMatches } from '../ops/bearer-token';
import { normalizeIncidentId, parseSince } from './parse-since';

/** Dependencies of the audit API. */
export interface AuditRouterOptions {
  audit: AuditLog;
  /** `HERALD_ADMIN_TOKEN`; without it the API answers 404 saying how to enable it. */
  adminToken?: string;
  clock: () => number;
}

function fail(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

function one(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * `GET /api/audit?incident=H-1&since=24h&limit=100` → `{ entries: [...] }` (oldest first),
 * behind `Authorization: Bearer <admin token>`. Reads no body, so it can sit after Bolt.
 */
export function auditRouter(o: AuditRouterOptions): Router {
  const r = Router();
  r.get('/api/audit', async (req, res, next) => {
    if (!o.adminToken) {
      return fail(res, 404, 'not_found', 'the audit API is disabled: set HERALD_ADMIN_TOKEN (or server.admin_token) to enable it');
    }
    if (!bearerMatches(req.headers.authorization, o.adminToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return fail(res, 401, 'unauthorized', 'missing or wrong admin token (Authorization: Bearer <token>)');
    }
    const q: { incident?: string; since?: number; limit?: number } = {};
    const inc = one(req, 'incident');
    if (inc !== undefined) {
      const id = normalizeIncidentId(inc);
      if (!id) return fail(res, 400, 'invalid_payload', 'incident: an incident id like H-1f', 'incident');
      q.incident = id;
    }
    const since = one(req, 'since');
    if (since !== undefined) {
      try {
        q.since = parseSince(since, o.clock());
      } catch (e) {
        return fail(res, 400, 'invalid_payload', `since: ${(e as Error).message}`, 'since');
      }
    }
    const limit = one(req, 'limit');
    if (limit !== undefined) {
      if (!/^\d{1,5}$/.test(limit) || Number(limit) < 1 || Number(limit) > 10_000) {
        return fail(res, 400, 'invalid_payload', 'limit: a whole number from 1 to 10000', 'limit');
      }
      q.limit = Number(limit);
    }
    try {
      res.json({ entries: await o.audit.query(q) });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
