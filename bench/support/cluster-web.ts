/**
 * Bench-only stand-in for a clustered web role (the production version belongs in
 * src/main.ts / src/cli, see the load bench report): the primary forks
 * HERALD_BENCH_WEB_WORKERS (default 2) workers, each of which runs
 * `herald serve --role web` on the same PORT (Node's cluster module shares the listening
 * socket and hands connections out round-robin). The primary writes the workers' pids to
 * HERALD_BENCH_PIDS_FILE once all listen, forwards SIGTERM/SIGINT, and exits when they have.
 *
 *   node dist/bench/support/cluster-web.js
 */
import cluster from 'node:cluster';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const HERALD_JS = path.resolve(__dirname, '..', '..', 'src', 'cli', 'herald.js');

if (cluster.isPrimary) {
  const n = Number(process.env.HERALD_BENCH_WEB_WORKERS) || 2;
  cluster.setupPrimary({ exec: HERALD_JS, args: ['serve', '--role', 'web'] });
  let listening = 0;
  let stopping = false;
  cluster.on('listening', () => {
    if (++listening === n && process.env.HERALD_BENCH_PIDS_FILE) {
      writeFileSync(process.env.HERALD_BENCH_PIDS_FILE, JSON.stringify(Object.values(cluster.workers ?? {}).map((w) => w?.process.pid)));
    }
  });
  cluster.on('exit', (w, code, signal) => {
    if (!stopping) process.stderr.write(`cluster-web: worker ${w.process.pid} exited (${code ?? signal})\n`);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(stopping ? 0 : 1);
  });
  const stop = (sig: NodeJS.Signals) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < n; i++) cluster.fork();
}
