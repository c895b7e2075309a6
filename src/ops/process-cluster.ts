import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { CLUSTER_METRICS_REQ, CLUSTER_METRICS_RES, type ClusterMetricsRequest } from './cluster-metrics';

/** How the primary runs its children. */
export interface ClusterOptions {
  /** Children to run (each one `herald serve` with the same arguments). */
  processes: number;
  /** How long children get to stop after SIGTERM before they are killed. */
  shutdownTimeoutMs: number;
  /** Where the primary's own lines go (children log as usual). */
  log: (line: string) => void;
  /** Restarts allowed within a minute before the primary gives up and stops (default 5). */
  maxRestartsPerMinute?: number;
}

/**
 * The primary of `herald serve` with `server.processes` > 1: forks that many children that
 * each run the role on the same port (node:cluster hands connections out round-robin), so
 * one machine's cores all take webhooks. The primary does no Herald work itself. It
 * restarts a child that dies (a few times a minute at most), forwards SIGTERM/SIGINT
 * (graceful stop) and SIGHUP (rules and access reload), and serves the children's metrics requests:
 * `/metrics` on any child answers with every child's counters summed.
 *
 * Resolves with the exit code once every child has exited: 0 after a stop signal, 1 when a
 * child failed at startup (its own message says why) or kept dying.
 */
export function runCluster(o: ClusterOptions): Promise<number> {
  const aggregator = new AggregatorRegistry();
  const maxRestarts = o.maxRestartsPerMinute ?? 5;
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;
  let started = 0;
  return new Promise<number>((resolve) => {
    const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const stopAll = (signal: NodeJS.Signals, code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const w of alive()) w.process.kill(signal);
      setTimeout(() => {
        for (const w of alive()) w.process.kill('SIGKILL');
      }, o.shutdownTimeoutMs + 5_000).unref();
    };
    cluster.on('listening', (w) => {
      (w as Worker & { heraldListening?: boolean }).heraldListening = true;
      if (++started === o.processes) o.log(`herald: ${o.processes} processes listening (cluster primary pid ${process.pid})`);
    });
    cluster.on('exit', (w, code, signal) => {
      if (alive().length === 0 && stopping) return resolve(exitCode);
      if (stopping) return;
      const listened = (w as Worker & { heraldListening?: boolean }).heraldListening === true;
      if (!listened) {
        // Failed at startup (bad config, Redis away…): every child would; say so once and stop.
        o.log(`herald: a process exited at startup (${signal ?? `code ${code}`}); stopping`);
        stopAll('SIGTERM', 1);
        if (alive().length === 0) resolve(exitCode);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > maxRestarts) {
        o.log(`herald: processes exited ${restarts.length} times within a minute; stopping`);
        stopAll('SIGTERM', 1);
        return;
      }
      o.log(`herald: process ${w.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
      cluster.fork();
    });
    cluster.on('message', (w, m: ClusterMetricsRequest) => {
      if (m?.type !== CLUSTER_METRICS_REQ) return;
      aggregator.clusterMetrics().then(
        (text) => w.isConnected() && w.send({ type: CLUSTER_METRICS_RES, id: m.id, text }),
        (e: unknown) => w.isConnected() && w.send({ type: CLUSTER_METRICS_RES, id: m.id, error: e instanceof Error ? e.message : String(e) }),
      );
    });
    process.on('SIGTERM', () => stopAll('SIGTERM', 0));
    process.on('SIGINT', () => stopAll('SIGTERM', 0));
    process.on('SIGHUP', () => {
      for (const w of alive()) w.process.kill('SIGHUP');
    });
    for (let i = 0; i < o.processes; i++) cluster.fork();
  });
}
