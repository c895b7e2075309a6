import { Router } from 'express';
import { bearerMatches } from './bearer-token';
import type Redis from 'ioredis';
import type { Metrics } from './metrics';

/** Health, readiness and metrics endpoints. */
export function healthRouter(d: {
  redis: Redis;
  metrics: Metrics;
  refreshGauges?: () => Promise<void>;
  role: string;
  /** In a cluster child: every child's metrics, aggregated by the primary. */
  clusterMetrics?: () => Promise<string>;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>` (constant-time compare). */
  metricsToken?: string;
  /** Extra fields for /healthz (e.g. the state of reloaded files). */
  details?: () => Record<string, unknown>;
}): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', role: d.role, pid: process.pid, ...d.details?.() });
  });
  r.get('/readyz', async (_req, res) => {
    const ok = d.redis.status === 'ready' && (await ping(d.redis));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', redis: ok ? 'ok' : d.redis.status });
  });
  r.get('/metrics', async (req, res) => {
    if (d.metricsToken !== undefined && !bearerMatches(req.get('authorization'), d.metricsToken)) {
      res.set('WWW-Authenticate', 'Bearer');
      return void res.status(401).json({ error: { code: 'unauthorized', message: 'missing or bad metrics token (Authorization: Bearer <HERALD_METRICS_TOKEN>)' } });
    }
    if (d.refreshGauges) await d.refreshGauges().catch(() => undefined);
    res.setHeader('Content-Type', d.metrics.registry.contentType);
    if (!d.clusterMetrics) return void res.send(await d.metrics.registry.metrics());
    try {
      res.send((await d.clusterMetrics()) + (await d.metrics.clusterWideText()));
    } catch (e) {
      res.status(503).json({ error: { code: 'metrics_unavailable', message: (e as Error).message } });
    }
  });
  return r;
}

async function ping(redis: Redis): Promise<boolean> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      redis.ping().then((p) => p === 'PONG'),
      new Promise<boolean>((resolve) => {
        t = setTimeout(() => resolve(false), 1000);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(t);
  }
}
