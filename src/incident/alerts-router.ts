import { Router, type Request, type Response } from 'express';
import { bearerMatches } from '../ops/bearer-token';
import { JOURNAL_CURSOR, type AlertJournal } from './alert-journal';
import { journalJson, parseOutcomes } from './journal-view';

/** Dependencies of the alerts API. */
export interface AlertsRouterOptions {
  journal: Pick<AlertJournal, 'page'>;
  /** `HERALD_ADMIN_TOKEN`; without it the API answers 404 saying how to enable it. */
  adminToken?: string;
  /** Scans text on the way out (it was scanned on the way in too). */
  redact: (t: string) => string;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

function values(req: Request, name: string): string[] {
  const v = req.query[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/**
 * `GET /api/alerts?outcome=muted|suppressed|inhibited|digested[,…]&service=&limit=50&cursor=`
 * → `{ alerts: [...], next_cursor }`, newest first: the alerts Herald counted but did not post
 * on their own, from the alert journal (default outcomes muted, suppressed, inhibited). Pass
 * `next_cursor` back as `cursor` for older ones; null: none left. Behind the admin token.
 */
export function alertsRouter(o: AlertsRouterOptions): Router {
  const r = Router();
  r.get('/api/alerts', async (req, res, next) => {
    if (!o.adminToken) return fail(res, 404, 'not_found', 'the alerts API is disabled: set HERALD_ADMIN_TOKEN (or server.admin_token) to enable it');
    if (!bearerMatches(req.headers.authorization, o.adminToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return fail(res, 401, 'unauthorized', 'missing or wrong admin token (Authorization: Bearer <token>)');
    }
    const kinds = parseOutcomes(values(req, 'outcome'));
    if (typeof kinds === 'string') return fail(res, 400, 'invalid_payload', kinds);
    const [limitText] = values(req, 'limit');
    if (limitText !== undefined && (!/^\d{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 1000)) return fail(res, 400, 'invalid_payload', 'limit: a whole number from 1 to 1000');
    const [cursor] = values(req, 'cursor');
    if (cursor !== undefined && !JOURNAL_CURSOR.test(cursor)) return fail(res, 400, 'invalid_payload', 'cursor: pass back a next_cursor this API gave');
    const [service] = values(req, 'service');
    if (service !== undefined && service.length > 200) return fail(res, 400, 'invalid_payload', 'service: at most 200 characters');
    try {
      const page = await o.journal.page({ kinds, service, cursor, limit: limitText === undefined ? 50 : Number(limitText) });
      res.json({ alerts: page.entries.map((e) => journalJson(e, o.redact)), next_cursor: page.next });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
