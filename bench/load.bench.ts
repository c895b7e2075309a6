/**
 * Load bench: Herald as a child process, a fake Slack that enforces Slack's per-channel
 * posting limit, and webhooks driven from a separate process (bench/load-driver.ts).
 *
 *   npm run build && node dist/bench/load.bench.js            # all scenarios
 *   BENCH_SCENARIOS=A,B node dist/bench/load.bench.js          # a subset (A, A-split, A-cluster, W, W-cluster, B, AM)
 *
 * Knobs (env): BENCH_A_WEBHOOKS (20000), BENCH_A_INCIDENTS (100), BENCH_CONCURRENCY (64),
 * BENCH_B_ALERTS (10000), BENCH_B_INCIDENTS (1000), BENCH_B_SECONDS (10), BENCH_B_WAIT_S (60),
 * BENCH_B_TOPOLOGY (all | split), BENCH_WORKER_NICE (10, A-cluster), BENCH_A_WAIT_S (20), BENCH_LOG_LEVEL (info), BENCH_KEEP_LOGS=1 (keep Herald's log files), BENCH_HERALD_ARGS
 * (extra node flags for Herald, e.g. --cpu-prof).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, closeSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';


import { BenchSlack } from './support/bench-slack';
import { alertmanagerTemplate, channelOf, incidentTemplate } from './support/load-payloads';
import { HERALD_JS, DRIVER_JS, SECRET, ALERTMANAGER_BIN, Scenario, buildSequence, scenarios, warmupSequence } from './support/load-scenario';
import { sleep, freePort, sumMetric, Herald, startHerald, tail, stopHerald, deletePrefix, scrape, procStats, drive } from './support/load-processes';
import { percentile, LoadFigures, firstTokenCalls, printTable } from './support/load-report';

async function runScenario(s: Scenario): Promise<LoadFigures> {
  const slack = await new BenchSlack({ rateLimit: { perChannelPerSec: 1, burst: 3, retryAfterSec: 1 } }).start();
  const load0 = loadavg()[0];
  let h: Herald | undefined;
  try {
    h = await startHerald(s, slack.apiUrl);
    const templates = Array.from({ length: s.incidents + 20 }, (_, i) => incidentTemplate(i));
    const sequence = buildSequence(s, 7 + s.webhooks);
    if (s.warmup) {
      await drive({ url: h.webUrl, secret: SECRET, concurrency: s.concurrency, templates, sequence: warmupSequence(s, s.incidents) }, h.dir);
      console.log(`  [${s.name}] warmed up with ${s.warmup} webhooks (not measured)`);
    }
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
    let lastProcessed = 0;
    let metrics = await scrape(h);
    const until = Date.now() + s.waitMs;
    for (;;) {
      metrics = await scrape(h);
      const processed = sumMetric(metrics, 'herald_alerts_processed_total');
      if (processed >= expected && drainS === null) drainS = (Date.now() - res.startedAt) / 1000;
      lastProcessed = processed;
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
    const perChannel: number[] = [];
    for (const [ch, t] of chFirst202) {
      perChannel.push((chFirstPost.get(ch) ?? Infinity) - t);
      firstPerChannelMax = Math.max(firstPerChannelMax, perChannel.at(-1)!);
    }
    if (process.env.BENCH_DEBUG) {
      for (const [ch, t] of chFirst202) {
        const d = (chFirstPost.get(ch) ?? Infinity) - t;
        if (d < 700) continue;
        const calls = slack.calls.filter((c) => c.channel === ch && c.at <= t + d).map((c) => `${c.method}:${c.status}@${c.at - t}`);
        console.log(`  [${s.name}] slow first message in ${ch} (${d.toFixed(0)} ms): first 202 at ${t - res.startedAt} ms into the drive; calls ${calls.join(' ')}`);
      }
    }
    if (process.env.BENCH_DEBUG) console.log(`  [${s.name}] first message per channel, ms: ${perChannel.sort((a, b) => a - b).map((x) => x.toFixed(0)).join(' ')}`);

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
      queueDepth: sumMetric(metrics.slice(-1), 'herald_queue_depth') - (s.warmup ?? 0), // the warm-up's jobs wait too (no worker)
      drainS,
      drainAfterLastS: drainS === null ? null : Math.max(0, drainS - (driveEnd - res.startedAt) / 1000),
      leftQueued: expected - lastProcessed,
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
    const templates = Array.from({ length: s.incidents + 20 }, (_, i) => alertmanagerTemplate(i));
    const sequence = buildSequence(s, 7 + s.webhooks);
    if (s.warmup) await drive({ url, secret: '', noAuth: true, path: '/api/v2/alerts', concurrency: s.concurrency, templates, sequence: warmupSequence(s, s.incidents) }, dir);
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
      processed: NaN, processedExpected: NaN, outcomes: '', deadLetters: NaN, queueDepth: NaN, drainS: null, drainAfterLastS: null, leftQueued: NaN,
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

