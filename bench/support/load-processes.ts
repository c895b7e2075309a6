/** Load-bench processes: Herald children, the driver, metrics scraping and /proc figures. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import Redis from 'ioredis';
import YAML from 'yaml';

import { type DriverResult, type DriverSpec } from './load-payloads';
import { HERALD_NODE_ARGS, ROOT, HERALD_JS, DRIVER_JS, RULES, SECRET, REDIS_URL, Scenario } from './load-scenario';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const p = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(p));
    });
  });
}

/** Parse the Prometheus text format into `name{labels}` → value. */
export function parseMetrics(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    m.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return m;
}

export function sumMetric(ms: Map<string, number>[], name: string, filter?: (key: string) => boolean): number {
  let n = 0;
  for (const m of ms) for (const [k, v] of m) if ((k === name || k.startsWith(`${name}{`)) && (!filter || filter(k))) n += v;
  return n;
}

/** Herald processes of one scenario. */
export interface Herald {
  webUrl: string;
  procs: { role: string; child: ChildProcess; url: string; log: string; pids?: () => number[] }[];
  prefix: string;
  dir: string;
}

export async function startHerald(s: Scenario, slackUrl: string): Promise<Herald> {
  const dir = mkdtempSync(path.join(tmpdir(), `herald-load-${s.name}-`));
  const cfg = YAML.parse(readFileSync(path.join(ROOT, 'config', 'herald.yaml'), 'utf8')) as Record<string, any>;
  cfg.rules = { ...(cfg.rules ?? {}), file: RULES, watch: false };
  cfg.server = { ...(cfg.server ?? {}), shutdown_timeout: '2s' };
  if (cfg.access?.file) cfg.access.file = path.resolve(ROOT, cfg.access.file);
  const cfgFile = path.join(dir, 'herald.yaml');
  writeFileSync(cfgFile, YAML.stringify(cfg));
  const prefix = `herald-bench-${s.name}-${process.pid}-${Date.now()}`;
  const roles =
    s.topology === 'all'
      ? [['all', []]]
      : s.topology === 'web'
        ? [['web', ['--role', 'web']]]
        : s.topology === 'web-cluster'
          ? [['web×2', ['--role', 'web']]]
        : [[s.topology === 'cluster' ? 'web×2' : 'web', ['--role', 'web']], ['worker', ['--role', 'worker']]];
  const procs: Herald['procs'] = [];
  // Herald runs with the heap cap it ships with (Dockerfile, npm start) unless told otherwise.
  const nodeArgs = (process.env.BENCH_HERALD_ARGS ?? HERALD_NODE_ARGS).split(' ').filter(Boolean);
  for (const [role, args] of roles as [string, string[]][]) {
    const port = await freePort();
    const log = path.join(dir, `${role}.log`);
    const fd = openSync(log, 'w');
    const clustered = role === 'web×2';
    const child = spawn(process.execPath, [...nodeArgs, HERALD_JS, 'serve', ...args, ...(clustered ? ['--processes', '2'] : [])], {
      cwd: dir,
      stdio: ['ignore', fd, fd],
      env: {
        ...process.env,
        PORT: String(port),
        REDIS_URL,
        HERALD_CONFIG: cfgFile,
        HERALD_REDIS_PREFIX: prefix,
        HERALD_WEBHOOK_SECRET: SECRET,
        SLACK_BOT_TOKEN: 'xoxb-bench-0000',
        SLACK_SIGNING_SECRET: 'bench-signing-secret',
        SLACK_API_URL: slackUrl,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        DD_API_KEY: '',
        DD_APP_KEY: '',
        // In the clustered topology the worker yields the CPU to ingest (queue.worker_nice).
        HERALD_WORKER_NICE: s.topology === 'cluster' && role === 'worker' ? (process.env.BENCH_WORKER_NICE ?? '10') : '0',
      },
    });
    closeSync(fd);
    // A clustered role: the primary and the children it forked (they do the work).
    const pids = clustered ? () => (child.pid ? [child.pid, ...childPids(child.pid)] : []) : () => (child.pid ? [child.pid] : []);
    procs.push({ role, child, url: `http://127.0.0.1:${port}`, log, pids });
  }
  const h: Herald = { webUrl: procs[0].url, procs, prefix, dir };
  for (const p of procs) {
    const until = Date.now() + 30_000;
    for (;;) {
      if (p.child.exitCode !== null) throw new Error(`herald (${p.role}) exited at startup: ${tail(p.log)}`);
      const ok = (await fetch(`${p.url}/readyz`).then((r) => r.ok, () => false)) && (p.role !== 'web×2' || readFileSync(p.log, 'utf8').includes('processes listening'));
      if (ok) break;
      if (Date.now() > until) throw new Error(`herald (${p.role}) not ready after 30 s: ${tail(p.log)}`);
      await sleep(100);
    }
  }
  return h;
}

/** Pids of a process's children (from /proc). */
export function childPids(ppid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-8).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function stopHerald(h: Herald): Promise<void> {
  await Promise.all(
    h.procs.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 6_000);
      await exited;
      clearTimeout(t);
    }),
  );
}

export async function deletePrefix(prefix: string): Promise<number> {
  const r = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) n += await r.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return n;
}

export async function scrape(h: Herald): Promise<Map<string, number>[]> {
  return Promise.all(h.procs.map((p) => fetch(`${p.url}/metrics`).then((r) => r.text()).then(parseMetrics, () => new Map<string, number>())));
}

/** Peak RSS (VmHWM) and CPU seconds of processes (summed), from /proc. */
export function procStats(pids: number[]): { hwmMb: number; cpuS: number } {
  const xs = pids.map(procStats1);
  return { hwmMb: Math.max(...xs.map((x) => x.hwmMb)), cpuS: xs.reduce((a, x) => a + x.cpuS, 0) };
}

export function procStats1(pid: number | undefined): { hwmMb: number; cpuS: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { hwmMb: hwm, cpuS: (Number(f[11]) + Number(f[12])) / 100 };
  } catch {
    return { hwmMb: NaN, cpuS: NaN };
  }
}

export async function drive(spec: DriverSpec, dir: string): Promise<DriverResult> {
  const file = path.join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DRIVER_JS, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load driver exited with ${code}`));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as DriverResult);
      } catch (e) {
        reject(e);
      }
    });
  });
}

