import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** The repo root. */
export const ROOT = path.resolve(__dirname, '../..');
/** The built CLI the child processes run. */
export const HERALD_BIN = path.join(ROOT, 'dist/src/cli/herald.js');
/** The shared webhook secret child processes are started with. */
export const CHILD_SECRET = 'test-webhook-secret-123';

/** Throw a clear message when dist/ is missing (CI runs `npm run build` before `npm test`). */
export function assertBuilt(): void {
  if (!existsSync(HERALD_BIN)) throw new Error(`${HERALD_BIN} is missing: run \`npm run build\` first`);
}

/** A free TCP port on 127.0.0.1 (bind port 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Yaml = Record<string, any>;
function merge(a: Yaml, b: Yaml): Yaml {
  const out: Yaml = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && a[k] && typeof a[k] === 'object' ? merge(a[k], v) : v;
  }
  return out;
}

/** Temp dirs made by this module (removed by `cleanupChildren`). */
const tempDirs: string[] = [];

/** A temp directory that `cleanupChildren` removes. */
export function tempDir(name: string): string {
  const d = mkdtempSync(path.join(os.tmpdir(), `herald-${name}-`));
  tempDirs.push(d);
  return d;
}

/**
 * Write a herald.yaml for a test: config/herald.yaml deep-merged with `overrides` (snake_case,
 * as in the file), rules/access files absolute, rules watching off. Returns its path.
 */
export function writeTempConfig(overrides: Yaml = {}): string {
  const base = parse(readFileSync(path.join(ROOT, 'config/herald.yaml'), 'utf8')) as Yaml;
  const fixed = merge(base, {
    rules: { file: path.join(ROOT, 'config/rules.yaml'), watch: false },
    access: { file: path.join(ROOT, 'config/access.yaml') },
  });
  const cfg = merge(fixed, overrides);
  const file = path.join(tempDir('cfg'), 'herald.yaml');
  writeFileSync(file, stringify(cfg));
  return file;
}

/** A Herald child process (`herald serve --role …`). */
export interface ChildHerald {
  readonly name: string;
  readonly proc: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** stdout + stderr lines. */
  readonly logs: string[];
  exited: boolean;
  /** POST a webhook (object → JSON) with the shared secret. */
  webhook(body: unknown, opts?: { contentType?: string; secret?: string | null; timeoutMs?: number }): Promise<{ status: number; json: any; headers: Headers }>;
  /** GET /metrics as text. */
  metrics(): Promise<string>;
  /** Send a signal (SIGKILL by default) and wait for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Options for `spawnHerald`. */
export interface SpawnOptions {
  role?: 'all' | 'web' | 'worker';
  /** HERALD_CONFIG path (see `writeTempConfig`). */
  config: string;
  prefix: string;
  redisUrl?: string;
  env?: Record<string, string | undefined>;
  name?: string;
  /** How long to wait for /healthz (default 30 s: the machine is shared). */
  readyTimeoutMs?: number;
  /** `--processes N`: a cluster primary with N children (ready when all of them listen). */
  processes?: number;
}

/** Start `node dist/src/cli/herald.js serve --role <role>` on a free port and wait for /healthz. */
export async function spawnHerald(o: SpawnOptions): Promise<ChildHerald> {
  assertBuilt();
  const role = o.role ?? 'all';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  Object.assign(env, {
    PORT: String(port),
    REDIS_URL: o.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    HERALD_CONFIG: o.config,
    HERALD_REDIS_PREFIX: o.prefix,
    HERALD_WEBHOOK_SECRET: CHILD_SECRET,
    LOG_LEVEL: 'info',
    ...o.env,
  });
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const extra = o.processes ? ['--processes', String(o.processes)] : [];
  const proc = spawn(process.execPath, [HERALD_BIN, 'serve', '--role', role, ...extra], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  const logs: string[] = [];
  const name = o.name ?? `${role}:${port}`;
  const onData = (b: Buffer) => {
    for (const l of b.toString('utf8').split('\n')) if (l) logs.push(l);
    if (logs.length > 5000) logs.splice(0, logs.length - 5000);
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const url = `http://127.0.0.1:${port}`;
  const child: ChildHerald = {
    name,
    proc,
    port,
    url,
    logs,
    exited: false,
    async webhook(body, wo = {}) {
      const headers: Record<string, string> = { 'content-type': wo.contentType ?? 'application/json' };
      const s = wo.secret === undefined ? CHILD_SECRET : wo.secret;
      if (s !== null) headers.authorization = `Bearer ${s}`;
      const res = await fetch(`${url}/webhooks/datadog`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(wo.timeoutMs ?? 30_000),
      });
      const text = await res.text();
      let json: any = text;
      try {
        json = JSON.parse(text);
      } catch {
        /* text */
      }
      return { status: res.status, json, headers: res.headers };
    },
    async metrics() {
      const r = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) });
      return r.text();
    },
    async kill(signal = 'SIGKILL') {
      if (child.exited) return;
      const gone = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill(signal);
      await gone;
    },
  };
  proc.once('exit', () => {
    child.exited = true;
    children.delete(proc);
  });
  const until = Date.now() + (o.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exited) throw new Error(`herald ${name} exited during startup:\n${logs.slice(-20).join('\n')}`);
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (r.status === 200 && (!o.processes || logs.some((l) => l.includes('processes listening')))) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) {
      await child.kill();
      throw new Error(`herald ${name} not healthy within ${o.readyTimeoutMs ?? 30_000} ms:\n${logs.slice(-20).join('\n')}`);
    }
    await sleep(100);
  }
  return child;
}

/** A test-owned redis-server on a spare port, persisting with AOF (fsync always) so data survives a kill. */
export interface TestRedis {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  /** SIGKILL the server (data up to the last write survives in the AOF). */
  stop(): Promise<void>;
  /** Start it again on the same port and directory; resolves when it answers PING. */
  start(): Promise<void>;
}

/** Start a redis-server for one test. */
export async function startTestRedis(name = 'redis'): Promise<TestRedis> {
  const port = await freePort();
  const dir = tempDir(name);
  mkdirSync(dir, { recursive: true });
  let proc: ChildProcess | undefined;
  const r: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async start() {
      proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--dir', dir], { stdio: 'ignore' });
      children.add(proc);
      const p = proc;
      p.once('exit', () => children.delete(p));
      const until = Date.now() + 15_000;
      while (!(await ping(port))) {
        if (p.exitCode !== null) throw new Error(`redis-server on ${port} exited (${p.exitCode})`);
        if (Date.now() > until) throw new Error(`redis-server on ${port} did not start`);
        await sleep(50);
      }
    },
    async stop() {
      const p = proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      const gone = new Promise<void>((res) => p.once('exit', () => res()));
      p.kill('SIGKILL');
      await gone;
    },
  };
  await r.start();
  return r;
}

/** PING a Redis port over a raw socket (no client library: no reconnect logic to clean up). */
export function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1_000, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

/** Kill every child process this module started (Herald and redis-server) and remove temp dirs. */
export async function cleanupChildren(): Promise<void> {
  await killChildren();
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Kill every child process this module started (Herald and redis-server); keep temp dirs. */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...children].map(
      (p) =>
        new Promise<void>((res) => {
          if (p.exitCode !== null || p.signalCode !== null) return res();
          p.once('exit', () => res());
          p.kill('SIGKILL');
          setTimeout(res, 5_000).unref();
        }),
    ),
  );
  children.clear();
}

/** Run the built CLI once (e.g. `replay --all`) with env; resolves with its exit code and output. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  assertBuilt();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [HERALD_BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(p);
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (b) => (stdout += b));
    p.stderr!.on('data', (b) => (stderr += b));
    p.once('exit', (code) => {
      children.delete(p);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Sum of a Prometheus metric's samples (optionally only those whose labels include `match`). */
export function metricSum(text: string, name: string, match: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels = Object.fromEntries([...(m[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(match).every(([k, v]) => labels[k] === v)) sum += Number(m[4]);
  }
  return sum;
}
