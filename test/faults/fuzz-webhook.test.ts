/**
 * Fault: 1,000 malformed, truncated and fuzzed webhook bodies (seeded, reproducible). Herald
 * must answer only 4xx or 202 (never 5xx: Redis is up), stay up, keep its memory bounded, and
 * count every accepted (202) alert in `herald_alerts_processed_total` — nothing lost.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText } from '../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';
import { idle } from '../helpers/wait';
import { prng } from '../../bench/support/prng';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use after a full garbage collection (what is really retained). */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const SEED = 0xc0ffee;
const TOTAL = 1_000;

let h: TestHerald;

beforeAll(async () => {
  // Dry-run Slack (messages logged, at info, which LOG_LEVEL=warn drops): this test is about ingest.
  h = await startHerald({
    name: 'fuzz',
    env: { SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined, LOG_LEVEL: 'warn' },
    configure: (c) => {
      c.slack.storm.threshold = 100_000;
    },
  });
}, 60_000);
afterAll(async () => {
  await h?.stop();
});


interface Case {
  kind: string;
  body: Uint8Array | string;
  contentType?: string | null;
  secret?: string | null;
}

const BODY_LIMIT = 256 * 1024;

function makeCases(): Case[] {
  const rnd = prng(SEED);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const names = fixtureNames();
  const texts = names.map((n) => fixtureText(n));
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const withId = (t: string, i: number) => t.replace(/"id":\s*"(\d+)"/, `"id": "fz${i}-$1"`);
  const wrongValues = [null, 42, -1.5, true, [], [1, 'a'], {}, { a: { b: 'c' } }, '', 'x'.repeat(5000), '\u0000\uffff\ud800'];
  const gens: ((i: number) => Case)[] = [
    () => ({ kind: 'random-bytes', body: bytes(1 + int(4096)) }),
    (i) => {
      const t = withId(pick(texts), i);
      return { kind: 'truncated', body: t.slice(0, int(t.length)) };
    },
    (i) => {
      const o = JSON.parse(withId(pick(texts), i));
      const keys = Object.keys(o);
      for (let j = 0, n = 1 + int(4); j < n; j++) o[pick(keys)] = pick(wrongValues);
      if (rnd() < 0.3 && o.alert && typeof o.alert === 'object') o.alert[pick(Object.keys(o.alert))] = pick(wrongValues);
      return { kind: 'wrong-types', body: JSON.stringify(o) };
    },
    (i) => {
      const t = Buffer.from(withId(pick(texts), i));
      for (let j = 0, n = 1 + int(8); j < n; j++) t[int(t.length)] = pick([0xff, 0xfe, 0xc0, 0x80, 0xed]);
      return { kind: 'invalid-utf8', body: new Uint8Array(t) };
    },
    () => ({ kind: 'wrong-content-type', body: pick(texts), contentType: pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', null, 'application/jsonx']) }),
    () => ({ kind: 'bad-secret', body: pick(texts), secret: pick([null, 'wrong-secret-000', '', 'test-webhook-secret-12']) }),
    (i) => {
      const t = Buffer.from(withId(pick(texts), i));
      for (let j = 0, n = 1 + int(20); j < n; j++) t[int(t.length)] = 32 + int(95);
      return { kind: 'byte-flips', body: new Uint8Array(t) };
    },
    (i) => ({ kind: 'form-garbage', body: `payload=${encodeURIComponent(withId(pick(texts), i).slice(0, 200 + int(800)))}&x=%ZZ&${'a'.repeat(int(100))}`, contentType: 'application/x-www-form-urlencoded' }),
    (i) => ({ kind: 'valid', body: withId(pick(texts), i) }),
    (i) => {
      const t = withId(pick(texts), i);
      const cut = int(t.length);
      return { kind: 'spliced', body: t.slice(0, cut) + pick(['{', '}', ']', '"', '\\', ',,', ': }', '\u2028']) + t.slice(cut + int(10)) };
    },
  ];
  const cases: Case[] = [];
  // Fixed hard cases first: deep nesting 10,000 levels, and strings near and over the body cap.
  const deep = 10_000;
  cases.push({ kind: 'deep-array', body: '['.repeat(deep) + ']'.repeat(deep) });
  cases.push({ kind: 'deep-object', body: '{"a":'.repeat(deep) + '1' + '}'.repeat(deep) });
  cases.push({ kind: 'deep-unclosed', body: '{"title":'.repeat(deep) });
  cases.push({ kind: 'deep-in-field', body: `{"id":"deep-field","title":"[Triggered] deep","alert":${'{"x":'.repeat(deep)}1${'}'.repeat(deep)}}` });
  const pad = (n: number, i: number) => JSON.stringify({ id: `huge-${i}`, title: '[Triggered] huge body', body: 'x'.repeat(n) });
  cases.push({ kind: 'near-cap', body: pad(BODY_LIMIT - 200, 1) });
  cases.push({ kind: 'near-cap-secrets', body: pad(0, 2).replace('"body":""', `"body":"${'token=sk_live_abcdefghijklmnopqrstuvwx '.repeat(Math.floor((BODY_LIMIT - 300) / 40))}"`) });
  cases.push({ kind: 'over-cap', body: pad(BODY_LIMIT + 10, 3) });
  cases.push({ kind: 'way-over-cap', body: pad(4 * BODY_LIMIT, 4) });
  cases.push({ kind: 'near-cap-unparsable', body: `{"id": "huge-5", "title": ${'"'.repeat(1)}${'y'.repeat(BODY_LIMIT - 100)}` });
  while (cases.length < TOTAL) cases.push(pick(gens)(cases.length));
  return cases;
}

async function post(c: Case): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {};
  const ct = c.contentType === undefined ? 'application/json' : c.contentType;
  if (ct !== null) headers['content-type'] = ct;
  const s = c.secret === undefined ? h.secret : c.secret;
  if (s !== null) headers.authorization = `Bearer ${s}`;
  const res = await fetch(`${h.url}/webhooks/datadog`, { method: 'POST', headers, body: c.body, signal: AbortSignal.timeout(20_000) });
  const text = await res.text();
  let json: any = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* text */
  }
  return { status: res.status, json };
}

describe('1,000 fuzzed webhook bodies', () => {
  it('only 4xx or 202, the process stays up, memory bounded, every 202 counted', async () => {
    const cases = makeCases();
    expect(cases).toHaveLength(TOTAL);
    // Warm-up (JIT, connection pool, heap sizing) with 20 valid alerts, then the baseline.
    for (let i = 0; i < 20; i++) expect((await post({ kind: 'warm-up', body: fixtureText(fixtureNames()[i % fixtureNames().length]).replace(/"id":\s*"(\d+)"/, `"id": "warm${i}-$1"`) })).status).toBe(202);
    const heapBefore = heapAfterGc();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const byStatus: Record<string, number> = {};
    const byKind: Record<string, Record<number, number>> = {};
    const bad: { kind: string; status: number; json: unknown }[] = [];
    let accepted = 20; // the warm-up alerts
    let next = 0;
    const t0 = Date.now();
    const workers = Array.from({ length: 8 }, async () => {
      while (next < cases.length) {
        const c = cases[next++];
        const r = await post(c);
        byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
        (byKind[c.kind] ??= {})[r.status] = (byKind[c.kind][r.status] ?? 0) + 1;
        if (r.status === 202) accepted++;
        else if (r.status >= 500 || r.status < 400) bad.push({ kind: c.kind, status: r.status, json: r.json });
        if (next % 50 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      }
    });
    await Promise.all(workers);
    const sendMs = Date.now() - t0;
    if (bad.length) console.info(h.logs.filter((l) => /"level":"error"/.test(l)).slice(0, 5).join("\n"));
    expect(bad).toEqual([]);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    // The hard cases answer what the contract says.
    expect(byKind['over-cap']).toEqual({ 413: 1 });
    expect(byKind['way-over-cap']).toEqual({ 413: 1 });
    expect(Object.keys(byKind['bad-secret'] ?? {})).toEqual(['401']);
    expect(Object.keys(byKind['wrong-content-type'] ?? {}).every((s) => s === '415' || s === '401')).toBe(true);

    const processed = async () => (await h.app.metrics.alertsProcessed.get()).values.reduce((s, v) => s + v.value, 0);
    await eventually(async () => (await processed()) >= accepted, 60_000, `all ${accepted} accepted alerts processed`);
    await idle(h.app, 60_000);
    expect(await processed()).toBe(accepted);
    expect(await h.app.queue.deadLetterCount()).toBe(0);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const growthMb = (rssPeak - rssBefore) / 1024 / 1024;
    // Bounded: nothing of the 1,000 bodies is retained (the heap after a full GC), and the
    // peak stays far below what holding them (hundreds of MB of huge strings) would take.
    // The peak is only a coarse check: RSS also holds memory freed but not yet returned, and
    // other test files share this worker process.
    const retainedMb = (heapAfterGc() - heapBefore) / 1024 / 1024;
    expect(retainedMb).toBeLessThan(30);
    expect(growthMb).toBeLessThan(200);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    console.info(`fuzz: ${TOTAL} bodies in ${sendMs} ms, answers ${JSON.stringify(byStatus)}, ${accepted} accepted and counted, RSS growth ${growthMb.toFixed(1)} MB, heap retained ${retainedMb.toFixed(1)} MB; by kind ${JSON.stringify(byKind)}`);
  }, 120_000);
});
