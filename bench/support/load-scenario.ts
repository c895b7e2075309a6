/** Load-bench scenarios: settings, constants and the seeded request sequence. */

import { existsSync } from 'node:fs';

import path from 'node:path';

import { CHANNELS } from './load-payloads';
import { prng } from './prng';

export const ROOT = path.resolve(__dirname, '..', '..', '..'); // dist/bench/support → repo root
/** Node flags Herald is shipped with (see the Dockerfile and `npm start`). */
export const HERALD_NODE_ARGS = '--max-old-space-size=192';
/** The Herald build under test (BENCH_HERALD_JS compares another build, e.g. the previous commit's). */
export const HERALD_JS = process.env.BENCH_HERALD_JS ?? path.join(ROOT, 'dist', 'src', 'cli', 'herald.js');
export const DRIVER_JS = path.join(ROOT, 'dist', 'bench', 'load-driver.js');
export const RULES = path.join(ROOT, 'bench', 'support', 'bench-rules.yaml');
export const SECRET = 'bench-webhook-secret-0123456789';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ALERTMANAGER_BIN = process.env.ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';

export const envInt = (k: string, d: number): number => {
  const v = Number(process.env[k]);
  return Number.isFinite(v) && v > 0 ? v : d;
};

/** One load scenario. */
export interface Scenario {
  name: string;
  title: string;
  /**
   * 'all': one `herald serve`; 'split': `serve --role web` + `serve --role worker`;
   * 'cluster': `serve --role web --processes 2` + a worker; 'web-cluster': the same without a worker;
   * 'web': `serve --role web` alone (ingest only: what the web role costs without a worker beside it).
   */
  topology: 'all' | 'split' | 'cluster' | 'web' | 'web-cluster' | 'alertmanager';
  webhooks: number;
  incidents: number;
  concurrency: number;
  ratePerSec?: number;
  /** Every n-th request is an exact redelivery of an earlier one (same $ID). */
  redeliverEvery?: number;
  /** How long to wait after the drive for Slack and the worker to catch up. */
  waitMs: number;
  /**
   * Webhooks sent first and not measured, so that the figures are the warmed-up server's (V8
   * compiles the hot paths in the first second). Only where no worker runs: a worker would
   * count the warm-up alerts among those it processed.
   */
  warmup?: number;
  /** Wait until every alert is processed (else: until every incident reached Slack). */
  waitForProcessed: boolean;
}


/** The warm-up requests of a scenario: distinct ids (seed 3) over 20 incidents of their own (templates `first`…`first + 19`). */
export function warmupSequence(s: Scenario, first: number): [number, string][] {
  return buildSequence({ ...s, webhooks: s.warmup ?? 0, incidents: 20, redeliverEvery: undefined }, 3).map(([i, id]) => [first + i, id]);
}

/** The scenario's requests: [incident template, $ID], with every n-th a redelivery if asked. */
export function buildSequence(s: Scenario, seed: number): [number, string][] {
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

export function scenarios(): Scenario[] {
  const conc = envInt('BENCH_CONCURRENCY', 64);
  const aN = envInt('BENCH_A_WEBHOOKS', 20_000);
  const aInc = envInt('BENCH_A_INCIDENTS', 100);
  const aWait = envInt('BENCH_A_WAIT_S', 20) * 1000;
  const bN = envInt('BENCH_B_ALERTS', 10_000);
  const bInc = envInt('BENCH_B_INCIDENTS', 1_000);
  const bS = envInt('BENCH_B_SECONDS', 10);
  // Ingest latency at a steady rate below saturation (at full speed, 64 connections make the
  // latency 64 / throughput whatever the server does).
  const wRate = envInt('BENCH_W_RATE', 2_000);
  const warmup = envInt('BENCH_WARMUP', 2_000);
  const all: Scenario[] = [
    { name: 'A', title: 'throughput, herald serve (web+worker in one process)', topology: 'all', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: true },
    { name: 'A-split', title: 'throughput, serve --role web + serve --role worker', topology: 'split', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: false },
    { name: 'A-cluster', title: 'throughput, serve --role web --processes 2 + serve --role worker (worker_nice 10)', topology: 'cluster', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: aWait, waitForProcessed: false },
    { name: 'W', title: 'ingest only, serve --role web without a worker', topology: 'web', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: 0, waitForProcessed: false, warmup },
    { name: 'W-paced', title: `ingest only, serve --role web, paced at ${wRate}/s`, topology: 'web', webhooks: aN, incidents: aInc, concurrency: conc, ratePerSec: wRate, waitMs: 0, waitForProcessed: false, warmup },
    { name: 'W-cluster', title: 'ingest only, serve --role web --processes 2 without a worker', topology: 'web-cluster', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: 0, waitForProcessed: false, warmup },
    { name: 'B', title: `storm: ${bN} alerts, ${bInc} incidents, ${CHANNELS} channels, in ${bS} s`, topology: process.env.BENCH_B_TOPOLOGY === 'split' ? 'split' : 'all', webhooks: bN, incidents: bInc, concurrency: conc, ratePerSec: bN / bS, redeliverEvery: 100, waitMs: envInt('BENCH_B_WAIT_S', 60) * 1000, waitForProcessed: true },
  ];
  all.push({ name: 'AM', title: 'Prometheus Alertmanager, same driver and load as A (for scale)', topology: 'alertmanager', webhooks: aN, incidents: aInc, concurrency: conc, waitMs: 0, waitForProcessed: false, warmup });
  const pick = (process.env.BENCH_SCENARIOS ?? `A,A-cluster,W,W-paced,W-cluster,B${existsSync(ALERTMANAGER_BIN) ? ',AM' : ''}`).split(',').map((x) => x.trim());
  return all.filter((s) => pick.includes(s.name));
}

