/** Load-bench figures and the printed table. */

import { type BenchSlackCall } from './bench-slack';
import { TOKEN_RE } from './load-payloads';

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
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
  /** Seconds from the last webhook's answer until every alert was processed (null: not within the wait). */
  drainAfterLastS: number | null;
  /** Alerts still unprocessed when the wait ended (0 once drained). */
  leftQueued: number;
  peakRssMb: string;
  heraldCpuS: string;
  loadAvg: string;
}

export function firstTokenCalls(calls: BenchSlackCall[]): Map<number, number> {
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

export function fmt(n: number | null, d = 0): string {
  return n === null || !Number.isFinite(n) ? '—' : n.toFixed(d);
}

export function printTable(fs: LoadFigures[]): void {
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
    ['drained s after last webhook', (f) => (f.drainAfterLastS === null && f.leftQueued > 0 ? `not drained (${f.leftQueued} left)` : fmt(f.drainAfterLastS, 1))],
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

