import { Router, type Request, type Response } from 'express';
import { CURSOR, type AuditLog } from './audit-log';
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

/** Entries per page when the request names no limit. */
export const DEFAULT_PAGE = 1000;

/**
 * `GET /api/audit?incident=H-1&since=24h&limit=1000&cursor=…` → `{ entries, next_cursor }`:
 * the entries of the window oldest first, one page at a time; `next_cursor` (null on the last
 * page) fetches the next one, so an export gets every entry however many. Behind
 * `Authorization: Bearer <admin token>`. Reads no body, so it can sit after Bolt.
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
    const q: { incident?: string; since?: number; limit: number; cursor?: string } = { limit: DEFAULT_PAGE };
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
    const cursor = one(req, 'cursor');
    if (cursor !== undefined) {
      if (!CURSOR.test(cursor)) return fail(res, 400, 'invalid_payload', 'cursor: the next_cursor of a previous page', 'cursor');
      q.cursor = cursor;
    }
    try {
      const page = await o.audit.page(q);
      res.json({ entries: page.entries, next_cursor: page.next });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
