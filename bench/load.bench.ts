/**
 * Load bench: Herald as a child process, a fake Slack that enforces Slack's per-channel
 * posting limit, and webhooks driven from a separate process (bench/load-driver.ts).
 *
 *   npm run build && node dist/bench/load.bench.js            # all scenarios
 *   BENCH_SCENARIOS=A,B node dist/bench/load.bench.js          # a subset (A, A-split, B)
 *
 * Knobs (env): BENCH_A_WEBHOOKS (20000), BENCH_A_INCIDENTS (100), BENCH_CONCURRENCY (64),
 * BENCH_B_ALERTS (10000), BENCH_B_INCIDENTS (1000), BENCH_B_SECONDS (10), BENCH_B_WAIT_S (60),
 * BENCH_B_TOPOLOGY (all | split), BENCH_A_WAIT_S (20), BENCH_LOG_LEVEL (info), BENCH_KEEP_LOGS=1 (keep Herald's log files), BENCH_HERALD_ARGS
 * (extra node flags for Herald, e.g. --cpu-prof).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import Redis from 'ioredis';
import YAML from 'yaml';
import { BenchSlack, type BenchSlackCall } from './support/bench-slack';
import { CHANNELS, TOKEN_RE, alertmanagerTemplate, channelOf, incidentTemplate, type DriverResult, type DriverSpec } from './support/load-payloads';

const ROOT = path.resolve(__dirname, '..', '..'); // dist/bench → repo root
const HERALD_JS = path.join(ROOT, 'dist', 'src', 'cli', 'herald.js');
const DRIVER_JS = path.join(__dirname, 'load-driver.js');
const CLUSTER_JS = path.join(__dirname, 'support', 'cluster-web.js');
const RULES = path.join(ROOT, 'bench', 'support', 'bench-rules.yaml');
const SECRET = 'bench-webhook-secret-0123456789';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ALERTMANAGER_BIN = process.env.ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';

const envInt = (k: string, d: number): number => {
  const v = Number(process.env[k]);
  return Number.isFinite(v) && v > 0 ? v : d;
};

/** One load scenario. */
interface Scenario {
  name: string;
  title: string;
  /**
   * 'all': one `herald serve`; 'split': `serve --role web` + `serve --role worker`;
   * 'cluster': 2 × `serve --role web` under node:cluster (bench/support/cluster-web.ts) + a worker.
   */
  topology: 'all' | 'split' | 'cluster' | 'alertmanager';
  webhooks: number;
  incidents: number;
  concurrency: number;
  ratePerSec?: number;
  /** Every n-th request is an exact redelivery of an earlier one (same $ID). */
  redeliverEvery?: number;
  /** How long to wait after the drive for Slack and the worker to catch up. */
  waitMs: number;
  /** Wait until every alert is processed (else: until every incident reached Slack). */
  waitForProcessed: boolean;
}

/** Seeded PRNG (mulberry32): every run sends the same sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildSequence(s: Scenario, seed: number): [number, string][] {
  const r = prng(seed);
  const seq: [number, string][] = [];
  for (let k = 0; k < s.webhooks; k++) {
    if (s.redeliverEvery && k > 0 && k % s.redeliverEvery === 0) {
      seq.push(seq[Math.floor(r() * k)]); // a redelivery: same incident, same $ID
      continue;
    }
    seq.push([Math.floor(r() * s.incidents), `${seed}${String(k).padStart(9, '0')}`]);
  }
  return seq;
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
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
function parseMetrics(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    m.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return m;
}

function sumMetric(ms: Map<string, number>[], name: string, filter?: (key: string) => boolean): number {
  let n = 0;
  for (const m of ms) for (const [k, v] of m) if ((k === name || k.startsWith(`${name}{`)) && (!filter || filter(k))) n += v;
  return n;
}

/** Herald processes of one scenario. */
interface Herald {
  webUrl: string;
  procs: { role: string; child: ChildProcess; url: string; log: string; pids?: () => number[] }[];
  prefix: string;
  dir: string;
}

async function startHerald(s: Scenario, slackUrl: string): Promise<Herald> {
  const dir = mkdtempSync(path.join(tmpdir(), `herald-load-${s.name}-`));
  const cfg = YAML.parse(readFileSync(path.join(ROOT, 'config', 'herald.yaml'), 'utf8')) as Record<string, any>;
  cfg.rules = { ...(cfg.rules ?? {}), file: RULES, watch: false };
  cfg.server = { ...(cfg.server ?? {}), shutdown_timeout: '2s' };
  if (cfg.access?.file) cfg.access.file = path.resolve(ROOT, cfg.access.file);
  const cfgFile = path.join(dir, 'herald.yaml');
  writeFileSync(cfgFile, YAML.stringify(cfg));
  const prefix = `herald-bench-${s.name}-${process.pid}-${Date.now()}`;
  const roles = s.topology === 'all' ? [['all', []]] : [[s.topology === 'cluster' ? 'web×2' : 'web', ['--role', 'web']], ['worker', ['--role', 'worker']]];
  const procs: Herald['procs'] = [];
  const nodeArgs = (process.env.BENCH_HERALD_ARGS ?? '').split(' ').filter(Boolean);
  for (const [role, args] of roles as [string, string[]][]) {
    const port = await freePort();
    const log = path.join(dir, `${role}.log`);
    const fd = openSync(log, 'w');
    const clustered = role === 'web×2';
    const pidsFile = path.join(dir, 'web-pids.json');
    const child = spawn(process.execPath, clustered ? [CLUSTER_JS] : [...nodeArgs, HERALD_JS, 'serve', ...args], {
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
        HERALD_BENCH_PIDS_FILE: pidsFile,
      },
    });
    closeSync(fd);
    const pids = clustered ? () => (existsSync(pidsFile) ? (JSON.parse(readFileSync(pidsFile, 'utf8')) as number[]) : []) : () => (child.pid ? [child.pid] : []);
    procs.push({ role, child, url: `http://127.0.0.1:${port}`, log, pids });
  }
  const h: Herald = { webUrl: procs[0].url, procs, prefix, dir };
  for (const p of procs) {
    const until = Date.now() + 30_000;
    for (;;) {
      if (p.child.exitCode !== null) throw new Error(`herald (${p.role}) exited at startup: ${tail(p.log)}`);
      const ok = (await fetch(`${p.url}/readyz`).then((r) => r.ok, () => false)) && (p.role !== 'web×2' || p.pids!().length > 0);
      if (ok) break;
      if (Date.now() > until) throw new Error(`herald (${p.role}) not ready after 30 s: ${tail(p.log)}`);
      await sleep(100);
    }
  }
  return h;
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-8).join('\n');
  } catch {
    return '(no log)';
  }
}

async function stopHerald(h: Herald): Promise<void> {
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

async function deletePrefix(prefix: string): Promise<number> {
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

async function scrape(h: Herald): Promise<Map<string, number>[]> {
  return Promise.all(h.procs.map((p) => fetch(`${p.url}/metrics`).then((r) => r.text()).then(parseMetrics, () => new Map<string, number>())));
}

/** Peak RSS (VmHWM) and CPU seconds of processes (summed), from /proc. */
function procStats(pids: number[]): { hwmMb: number; cpuS: number } {
  const xs = pids.map(procStats1);
  return { hwmMb: Math.max(...xs.map((x) => x.hwmMb)), cpuS: xs.reduce((a, x) => a + x.cpuS, 0) };
}

function procStats1(pid: number | undefined): { hwmMb: number; cpuS: number } {
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

async function drive(spec: DriverSpec, dir: string): Promise<DriverResult> {
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

/** Figures of one scenario. */
export interface LoadFigures {
  scenario: string;
  topology: string;
  sent: number;
  accepted: number;
  rejected: number;
  acceptedPerSec: number;
  ingestP50: number;
  ingestP99: number;
  ingestMax: number;
  toSlackP50: number;
  toSlackP99: number;
  incidentsOnSlack: string;
  firstPerChannelMaxMs: number;
  slackCalls: number;
  slackByMethod: string;
  slack429: number;
  processed: number;
  processedExpected: number;
  outcomes: string;
  deadLetters: number;
  queueDepth: number;
  drainS: number | null;
  peakRssMb: string;
  heraldCpuS: string;
  loadAvg: string;
}

function firstTokenCalls(calls: BenchSlackCall[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const c of calls) {
    if (c.status !== 200) continue;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(c.raw); m; m = TOKEN_RE.exec(c.raw)) {
      const inc = Number(m[1]);
      if (!first.has(inc)) first.set(inc, c.at);
    }
  }
  return first;
}

async function runScenario(s: Scenario): Promise<LoadFigures> {
  const slack = await new BenchSlack({ rateLimit: { perChannelPerSec: 1, burst: 3, retryAfterSec: 1 } }).start();
  const load0 = loadavg()[0];
  let h: Herald | undefined;
  try {
    h = await startHerald(s, slack.apiUrl);
    const templates = Array.from({ length: s.incidents }, (_, i) => incidentTemplate(i));
    const sequence = buildSequence(s, 7 + s.webhooks);
    const cpu0 = h.procs.map((p) => procStats(p.pids!()).cpuS);
    const res = await drive({ url: h.webUrl, secret: SECRET, concurrency: s.concurrency, ratePerSec: s.ratePerSec, templates, sequence }, h.dir);
    const driveEnd = Date.now();
    const cpuDrive = h.procs.map((p, i) => procStats(p.pids!()).cpuS - cpu0[i]);
    const accepted = res.status.filter((x) => x === 202).length;
    const distinctIds = new Set(sequence.map(([, id]) => id)).size;
    const expected = s.webhooks; // every delivery is counted once (redeliveries as `duplicate`)

    // First 202 per incident and per channel.
    const first202 = new Map<number, number>();
    sequence.forEach(([inc], k) => {
      if (res.status[k] !== 202) return;
      const t = res.doneAt[k];
      const cur = first202.get(inc);
      if (cur === undefined || t < cur) first202.set(inc, t);
    });

    // Wait for Slack (and the worker) to catch up.
    let drainS: number | null = null;
    let metrics = await scrape(h);
    const until = Date.now() + s.waitMs;
    for (;;) {
      metrics = await scrape(h);
      const processed = sumMetric(metrics, 'herald_alerts_processed_total');
      if (processed >= expected && drainS === null) drainS = (Date.now() - res.startedAt) / 1000;
      const seen = firstTokenCalls(slack.calls);
      const allSeen = [...first202.keys()].every((i) => seen.has(i));
      if ((s.waitForProcessed ? drainS !== null : allSeen) || Date.now() > until) break;
      await sleep(500);
    }
    const waitEnd = Date.now();
    const stats = h.procs.map((p) => ({ role: p.role, ...procStats(p.pids!()) }));

    const firstSlack = firstTokenCalls(slack.calls);
    const toSlack: number[] = [];
    for (const [inc, t] of first202) {
      const at = firstSlack.get(inc);
      if (at !== undefined) toSlack.push(Math.max(0, at - t));
    }
    // First message in each channel: from the first 202 routed there to its first post.
    const chFirst202 = new Map<string, number>();
    for (const [inc, t] of first202) {
      const ch = channelOf(inc);
      chFirst202.set(ch, Math.min(chFirst202.get(ch) ?? Infinity, t));
    }
    const chFirstPost = new Map<string, number>();
    for (const c of slack.calls) if (c.method === 'chat.postMessage' && c.status === 200 && !chFirstPost.has(c.channel)) chFirstPost.set(c.channel, c.at);
    let firstPerChannelMax = 0;
    for (const [ch, t] of chFirst202) firstPerChannelMax = Math.max(firstPerChannelMax, (chFirstPost.get(ch) ?? Infinity) - t);

    const byMethod = new Map<string, number>();
    for (const c of slack.calls) byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1);
    const outcomes = metrics.flatMap((m) => [...m].filter(([k, v]) => k.startsWith('herald_alerts_processed_total{') && v > 0).map(([k, v]) => `${/outcome="([^"]+)"/.exec(k)?.[1]}=${v}`));
    const lat = res.latencyMs;
    const f: LoadFigures = {
      scenario: s.name,
      topology: s.topology,
      sent: s.webhooks,
      accepted,
      rejected: s.webhooks - accepted,
      acceptedPerSec: accepted / ((res.finishedAt - res.startedAt) / 1000),
      ingestP50: percentile(lat, 50),
      ingestP99: percentile(lat, 99),
      ingestMax: Math.max(...lat),
      toSlackP50: percentile(toSlack, 50),
      toSlackP99: percentile(toSlack, 99),
      incidentsOnSlack: `${firstSlack.size}/${first202.size}`,
      firstPerChannelMaxMs: firstPerChannelMax,
      slackCalls: slack.calls.length,
      slackByMethod: [...byMethod].map(([k, v]) => `${k}=${v}`).join(' '),
      slack429: slack.rateLimitedCount,
      processed: sumMetric(metrics, 'herald_alerts_processed_total'),
      processedExpected: expected,
      outcomes: outcomes.join(' '),
      deadLetters: sumMetric(metrics.slice(-1), 'herald_dead_letters'),
      queueDepth: sumMetric(metrics.slice(-1), 'herald_queue_depth'),
      drainS,
      peakRssMb: stats.map((x) => `${x.role}:${x.hwmMb.toFixed(0)}`).join(' '),
      heraldCpuS: stats.map((x, i) => `${x.role}:${cpuDrive[i].toFixed(1)}/${x.cpuS.toFixed(1)}`).join(' '),
      loadAvg: `${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
    };
    if (res.errors.length) console.log(`  [${s.name}] transport errors: ${res.errors.slice(0, 3).join('; ')}`);
    const bad = new Map<number, number>();
    for (const st of res.status) if (st !== 202) bad.set(st, (bad.get(st) ?? 0) + 1);
    if (bad.size) console.log(`  [${s.name}] non-202 answers: ${[...bad].map(([k, v]) => `${k}×${v}`).join(' ')}`);
    console.log(`  [${s.name}] distinct $IDs ${distinctIds}, drive ${((res.finishedAt - res.startedAt) / 1000).toFixed(1)} s (driver CPU ${res.cpuS?.toFixed(1) ?? '?'} s), waited ${((waitEnd - driveEnd) / 1000).toFixed(1)} s after`);
    return f;
  } finally {
    if (h) {
      await stopHerald(h);
      const n = await deletePrefix(h.prefix).catch(() => -1);
      if (process.env.BENCH_KEEP_LOGS) console.log(`  [${s.name}] logs kept in ${h.dir} (deleted ${n} Redis keys)`);
      else rmSync(h.dir, { recursive: true, force: true });
    }
    await slack.stop();
  }
}

/** Alertmanager beside Herald, for scale: the same driver, the same incidents, POST /api/v2/alerts. */
async function runAlertmanager(s: Scenario): Promise<LoadFigures> {
  if (!existsSync(ALERTMANAGER_BIN)) throw new Error(`${ALERTMANAGER_BIN} not found (apt-get install -y prometheus-alertmanager, or set ALERTMANAGER_BIN)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-load-am-'));
  const cfg = path.join(dir, 'alertmanager.yml');
  writeFileSync(cfg, "route:\n  receiver: 'null'\n  group_by: ['alertname']\nreceivers:\n  - name: 'null'\n");
  const port = await freePort();
  const fd = openSync(path.join(dir, 'am.log'), 'w');
  const child = spawn(ALERTMANAGER_BIN, [`--config.file=${cfg}`, `--storage.path=${dir}`, `--web.listen-address=127.0.0.1:${port}`, '--cluster.listen-address=', '--log.level=warn'], { cwd: dir, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const load0 = loadavg()[0];
  try {
    const url = `http://127.0.0.1:${port}`;
    const until = Date.now() + 20_000;
    while (!(await fetch(`${url}/-/ready`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null || Date.now() > until) throw new Error(`alertmanager did not start: ${tail(path.join(dir, 'am.log'))}`);
      await sleep(100);
    }
    const templates = Array.from({ length: s.incidents }, (_, i) => alertmanagerTemplate(i));
    const sequence = buildSequence(s, 7 + s.webhooks);
    const cpu0 = procStats([child.pid!]).cpuS;
    const res = await drive({ url, secret: '', noAuth: true, path: '/api/v2/alerts', concurrency: s.concurrency, ratePerSec: s.ratePerSec, templates, sequence }, dir);
    const st = procStats([child.pid!]);
    const ok = res.status.filter((x) => x >= 200 && x < 300).length;
    console.log(`  [${s.name}] drive ${((res.finishedAt - res.startedAt) / 1000).toFixed(1)} s (driver CPU ${res.cpuS?.toFixed(1) ?? '?'} s), ${ok} answered 2xx`);
    const lat = res.latencyMs;
    return {
      scenario: s.name, topology: 'alertmanager', sent: s.webhooks, accepted: ok, rejected: s.webhooks - ok,
      acceptedPerSec: ok / ((res.finishedAt - res.startedAt) / 1000),
      ingestP50: percentile(lat, 50), ingestP99: percentile(lat, 99), ingestMax: Math.max(...lat),
      toSlackP50: NaN, toSlackP99: NaN, incidentsOnSlack: '—', firstPerChannelMaxMs: NaN, slackCalls: 0, slackByMethod: '', slack429: 0,
      processed: NaN, processedExpected: NaN, outcomes: '', deadLetters: NaN, queueDepth: NaN, drainS: null,
      peakRssMb: `am:${st.hwmMb.toFixed(0)}`, heraldCpuS: `am:${(st.cpuS - cpu0).toFixed(1)}/${st.cpuS.toFixed(1)}`,
      loadAvg: `${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
    };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function scenarios(): Scenario[] {
  const conc = envInt('BENCH_CONCURRENCY', 64);
  const aN = envInt('BENCH_A_WEBHOOKS', 20_000);
  const aInc = envInt('BENCH_A_INCIDENTS', 100);
  const aWait = envInt('BENCH_A_WAIT_S', 20) * 1000;
  const bN = envInt('BENCH_B_ALERTS', 10_000);
  const bInc = envInt('BENCH_B_INCIDENTS', 1_000);
  const bS = envInt('BENCH_B_SECONDS', 10);
  const all: Scenario[] = [
    { name: 'A', title: 'throughput, herald serve (web+worker in one process)', topology: 'all', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: false },
    { name: 'A-split', title: 'throughput, serve --role web + serve --role worker', topology: 'split', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: false },
    { name: 'A-cluster', title: 'throughput, 2 × serve --role web (node:cluster) + serve --role worker', topology: 'cluster', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: false },
    { name: 'B', title: `storm: ${bN} alerts, ${bInc} incidents, ${CHANNELS} channels, in ${bS} s`, topology: process.env.BENCH_B_TOPOLOGY === 'split' ? 'split' : 'all', webhooks: bN, incidents: bInc, concurrency: conc, ratePerSec: bN / bS, redeliverEvery: 100, waitMs: envInt('BENCH_B_WAIT_S', 60) * 1000, waitForProcessed: true },
  ];
  all.push({ name: 'AM', title: 'Prometheus Alertmanager, same driver and load as A (for scale)', topology: 'alertmanager', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: 0, waitForProcessed: false });
  const pick = (process.env.BENCH_SCENARIOS ?? `A,A-cluster,B${existsSync(ALERTMANAGER_BIN) ? ',AM' : ''}`).split(',').map((x) => x.trim());
  return all.filter((s) => pick.includes(s.name));
}

function fmt(n: number | null, d = 0): string {
  return n === null || !Number.isFinite(n) ? '—' : n.toFixed(d);
}

function printTable(fs: LoadFigures[]): void {
  const rows: [string, (f: LoadFigures) => string][] = [
    ['topology', (f) => f.topology],
    ['sent / accepted (2xx)', (f) => `${f.sent} / ${f.accepted}`],
    ['accepted webhooks/s', (f) => fmt(f.acceptedPerSec)],
    ['ingest p50 / p99 / max ms', (f) => `${fmt(f.ingestP50, 1)} / ${fmt(f.ingestP99, 1)} / ${fmt(f.ingestMax, 0)}`],
    ['202→Slack p50 / p99 ms', (f) => `${fmt(f.toSlackP50)} / ${fmt(f.toSlackP99)}`],
    ['incidents on Slack', (f) => f.incidentsOnSlack],
    ['first msg per channel, max ms', (f) => fmt(f.firstPerChannelMaxMs)],
    ['Slack calls (incl. 429s)', (f) => (f.topology === 'alertmanager' ? '—' : String(f.slackCalls))],
    ['Slack 429s', (f) => (f.topology === 'alertmanager' ? '—' : String(f.slack429))],
    ['processed / expected', (f) => `${fmt(f.processed)} / ${fmt(f.processedExpected)}`],
    ['drained after s', (f) => fmt(f.drainS, 1)],
    ['dead letters / queue depth', (f) => `${fmt(f.deadLetters)} / ${fmt(f.queueDepth)}`],
    ['peak RSS MB', (f) => f.peakRssMb],
    ['server CPU s (drive/total)', (f) => f.heraldCpuS],
    ['load avg (1 min)', (f) => f.loadAvg],
  ];
  const w0 = Math.max(...rows.map(([k]) => k.length));
  const cols = fs.map((f) => Math.max(f.scenario.length, ...rows.map(([, g]) => g(f).length)));
  console.log(`${''.padEnd(w0)} | ${fs.map((f, i) => f.scenario.padEnd(cols[i])).join(' | ')}`);
  console.log(`${'-'.repeat(w0)}-+-${cols.map((c) => '-'.repeat(c)).join('-+-')}`);
  for (const [k, g] of rows) console.log(`${k.padEnd(w0)} | ${fs.map((f, i) => g(f).padEnd(cols[i])).join(' | ')}`);
  for (const f of fs) {
    if (f.topology === 'alertmanager') continue;
    console.log(`${f.scenario} Slack calls: ${f.slackByMethod}`);
    console.log(`${f.scenario} outcomes: ${f.outcomes || '(none)'}`);
  }
}

/** Run the load scenarios and print a table of figures. */
export async function run(): Promise<void> {
  if (!existsSync(HERALD_JS) || !existsSync(DRIVER_JS)) {
    console.log('load bench: build first (npm run build)');
    return;
  }
  console.log(`load bench — node ${process.version}, load avg ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const out: LoadFigures[] = [];
  for (const s of scenarios()) {
    console.log(`scenario ${s.name}: ${s.title} (${s.webhooks} webhooks, ${s.incidents} incidents, concurrency ${s.concurrency}${s.ratePerSec ? `, paced ${s.ratePerSec}/s` : ''})`);
    try {
      out.push(s.topology === 'alertmanager' ? await runAlertmanager(s) : await runScenario(s));
    } catch (e) {
      console.log(`  [${s.name}] failed: ${(e as Error).message}`);
    }
  }
  if (out.length) printTable(out);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(out, null, 2));
}

if (require.main === module) {
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
