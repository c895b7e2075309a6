import cluster from 'node:cluster';
import { getPriority, setPriority } from 'node:os';
import type { HeraldApp, Role } from './app';
import { loadConfig } from './config/load-config';
import { isHeraldError } from './errors/herald-error';

/**
 * Entry for `herald serve`: read config once, build the app, start the role, and handle
 * signals (SIGTERM/SIGINT: graceful stop; SIGHUP: reload rules and access). Exits 1 with one clear line
 * when startup fails. With several processes (`--processes`, `server.processes`) this
 * process becomes the cluster primary and its children run the role (see process-cluster.ts).
 */
export async function serve(role: Role, opts: { processes?: number } = {}): Promise<HeraldApp | undefined> {
  let app: HeraldApp;
  try {
    const config = loadConfig();
    const processes = opts.processes ?? config.server.processes;
    if (processes > 1 && cluster.isPrimary) {
      const { runCluster } = await import('./ops/process-cluster');
      const code = await runCluster({ processes, shutdownTimeoutMs: config.server.shutdownTimeoutMs, log: (l) => process.stderr.write(`${l}\n`) });
      process.exit(code);
    }
    // Imported here, not at the top: a cluster primary never loads the app's modules.
    const { buildApp } = await import('./app');
    app = await buildApp({ config, role, clustered: cluster.isWorker });
    if (config.queue.workerNice > 0) lowerPriority(app, role, config.queue.workerNice);
    await app.start();
  } catch (e) {
    const msg = isHeraldError(e) ? e.message : e instanceof Error ? e.message : String(e);
    process.stderr.write(`herald: cannot start: ${msg}\n`);
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
    return undefined;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      app.logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, app.config.server.shutdownTimeoutMs + 5_000);
    force.unref();
    await app.stop().catch((e) => app.logger.error('shutdown error', { error: (e as Error).message }));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => {
    const r = app.reload();
    if (r.rules) app.logger.info('rules reloaded on SIGHUP');
    if (r.access) app.logger.info('access reloaded on SIGHUP');
  });
  process.on('unhandledRejection', (e) => app.logger.error('unhandled rejection', { error: e instanceof Error ? e.message : String(e) }));
  return app;
}

/** `queue.worker_nice`: a worker process yields the CPU to the web processes beside it. */
function lowerPriority(app: HeraldApp, role: Role, nice: number): void {
  if (role !== 'worker') {
    app.logger.warn('queue.worker_nice applies to `serve --role worker` only; ignored', { role });
    return;
  }
  try {
    setPriority(Math.max(getPriority(), nice));
    app.logger.info('worker runs at lower CPU priority', { nice: getPriority() });
  } catch (e) {
    app.logger.warn('cannot lower the worker priority', { error: (e as Error).message });
  }
}
