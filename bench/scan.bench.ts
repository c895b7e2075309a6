import type { Alert } from '../src/alert/alert';
// As `herald serve` runs the scanner: regexps compiled at first use (src/cli/regexp-tiering.ts).
import { compileRegexpsEagerly } from '../src/cli/regexp-tiering';
import { normalizeDatadog } from '../src/alert/normalize';
import { validatePayload } from '../src/alert/validate-payload';
import { parseDatadogJson } from '../src/ingest/repair-json';
import { incidentTemplate } from './support/load-payloads';
import { createScanner, scanAlert, type Scanner } from '../src/scan';
import { toFindings } from '../src/scan/create-scanner';
import { matchDetector, type RawMatch } from '../src/scan/match-detector';
import { resolveOverlaps } from '../src/scan/resolve-overlaps';
import { prng } from './support/prng';


const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** Generates realistic log lines: mostly clean, one in `secretEvery` with a secret. */
export function generateLogText(bytes: number, seed = 42, secretEvery = 100): string {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const str = (alpha: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(r() * alpha.length)];
    return s;
  };
  const num = (n: number): string => String(Math.floor(r() * 10 ** n)).padStart(n, '0');
  const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
  const ts = (): string => `2026-09-30T${num(2).replace(/^[3-9]/, '1')}:${num(2).replace(/^[6-9]/, '5')}:${num(2).replace(/^[6-9]/, '5')}.${num(3)}Z`;
  const svc = (): string => pick(['stripe_sync', 'hubspot_sync', 'salesforce_sync', 'netsuite_sync', 'billing_api', 'auth_api']);
  const clean = [
    () => `${ts()} INFO ${svc()}: synced ${num(3)} records in ${num(3)}ms request_id=req_${str(B62, 14)} trace_id=${num(19)} span_id=${num(18)} host=ip-10-20-${num(1)}-${num(2)} env=prod`,
    () => `${ts()} DEBUG worker: job ${uuid()} completed status=200 duration_ms=${num(2)} attempt=1/5 queue=herald-alerts`,
    () => `${ts()} INFO deploy: commit ${str(HEX, 40)} rolled out to ${num(2)} pods version=1.${num(2)}.${num(1)} build=${num(6)}`,
    () => `${ts()} ERROR ${svc()}: order ORD-2026-${num(8)} failed: upstream timeout after 30000ms order_id=${num(9)} ts=${1790762098000 + Math.floor(r() * 1e6)}`,
    () => `${ts()} WARN http: GET /api/v2/contacts?limit=100&page=${num(2)} -> 429 retry_after=${num(1)}s dd.trace_id=${num(19)} dd.span_id=${num(19)}`,
    () => `${ts()} INFO cache: hit ratio 0.${num(2)} for key=contacts:${num(6)} evicted=${num(3)} size_bytes=${num(7)}`,
    () => `${ts()} INFO ${svc()}: token refresh ok expires_in=3600 scope="read write" correlationId=${uuid()}`,
  ];
  const secret = [
    () => `${ts()} ERROR stripe_sync: 401 from api.stripe.com headers={"Authorization":"Bearer sk_live_${str(B62, 99)}"}`,
    () => `${ts()} ERROR billing_api: charge failed for ${str('abcdefghij', 6)}.${str('klmnop', 5)}@example.com card=4000 0566 5566 5556`,
    () => `${ts()} WARN hubspot_sync: GET https://api.hubapi.com/contacts?hapikey=${uuid()} -> 502`,
    () => `${ts()} ERROR s3: upload failed aws_access_key_id=AKIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} region=us-east-1`,
  ];
  const lines: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const line = ++i % secretEvery === 0 ? pick(secret)() : pick(clean)();
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Every detector's regex over the whole text, then the same validation and overlap rules. */
export function naiveScan(scanner: Scanner, text: string): number {
  const raw: RawMatch[] = [];
  for (const d of scanner.detectors) matchDetector(d, text, 0, text.length, raw);
  return toFindings(text, resolveOverlaps(raw), '').length;
}

/** A ~16 KB alert with a few secrets among ordinary log lines. */
export function sixteenKbAlert(): Alert {
  const logs = generateLogText(8_000, 7, 8).split('\n').map((message, i) => ({ time: `10:04:${String(i % 60).padStart(2, '0')} UTC`, host: `i-0a1b2c3d4e5f6078${i % 10}`, message }));
  const message = generateLogText(3_000, 9, 1000);
  return {
    id: '8790400011122233344', source: 'datadog', eventType: 'log_alert',
    title: 'Stripe sync errors spiking', rawTitle: '[P2] [Triggered on {service:stripe-sync}] Stripe sync errors spiking',
    message, transition: 'Triggered', alertType: 'error', priority: 2, status: '', monitorId: '51022018',
    scope: ['service:stripe-sync'], query: 'logs("service:stripe-sync env:prod status:error").index("*").rollup("count").last("5m") > 10',
    metric: '', service: 'stripe-sync', env: 'prod', team: 'payments', host: '',
    tags: { env: 'prod', monitor: '', service: 'stripe-sync', team: 'payments', integration: 'stripe' },
    links: { event: 'https://app.datadoghq.com/event/event?id=8790400011122233344', monitor: 'https://app.datadoghq.com/monitors/51022018' },
    logs, date: 1790762698000, cycleKey: '8790400011122233344', aggregKey: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    org: { id: '1200345', name: 'Acme Payments' }, fingerprint: '51022018:service:stripe-sync', receivedAt: 1790762698000,
    extra: {}, findings: [], leak: { detected: false, categories: [], detectors: [], maxSeverity: null, count: 0 },
  };
}

/** Best wall-clock and CPU time (user+system, immune to waiting for a busy core) in ms. */
function time(fn: () => void, reps: number): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const rate = (mb: number, ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;

/** Prints scanner throughput (MB/s), the naive baseline, the speed-up and scanAlert latency. */
export async function run(): Promise<void> {
  // The scan itself: without the memory of clean texts, which would answer the repeats below.
  const scanner = createScanner({ cleanTexts: false });
  // Latency first: the naive baseline below leaves a large heap behind, and the young-generation
  // collections it causes would be charged to scanAlert.
  const alert = sixteenKbAlert();
  const size = JSON.stringify(alert).length;
  for (let i = 0; i < 300; i++) scanAlert(scanner, alert);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    scanAlert(scanner, alert);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuSamples.push((c.user + c.system) / 1000);
  }
  const q = (xs: number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(3);
  const n = scanAlert(scanner, alert).findings.length;
  console.log(`scanAlert (${(size / 1024).toFixed(1)} KB alert, ${n} findings): wall p50 ${q(samples, 0.5)} ms, p99 ${q(samples, 0.99)} ms; CPU p50 ${q(cpuSamples, 0.5)} ms, p99 ${q(cpuSamples, 0.99)} ms`);

  const text = generateLogText(4 * 1024 * 1024);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  let found = 0;
  const fast = time(() => (found = scanner.scan(text).length), 7);
  let naiveFound = 0;
  const naive = time(() => (naiveFound = naiveScan(scanner, text)), 3);
  console.log(`scan: ${scanner.detectors.length} detectors over ${mb.toFixed(1)} MB of generated log text (1 line in 100 has a secret)`);
  console.log(`scan (prefilter): ${rate(mb, fast.wall)} wall, ${rate(mb, fast.cpu)} CPU time (${found} findings)`);
  console.log(`scan (naive, every regex over the whole text): ${rate(mb, naive.wall)} wall, ${rate(mb, naive.cpu)} CPU time (${naiveFound} findings)`);
  console.log(`scan speed-up vs naive: ${(naive.wall / fast.wall).toFixed(1)}x wall, ${(naive.cpu / fast.cpu).toFixed(1)}x CPU time`);

  // The load test's alerts: every delivery has new log lines; message, title, query, tags and
  // links repeat per incident, as Datadog's do. Each alert is scanned once (a delivery is not
  // seen twice), with and without the memory of clean texts.
  const remembering = createScanner();
  const bareUs: number[] = [];
  const rememberingUs: number[] = [];
  const cpuPerAlert = (sc: Scanner, alerts: Alert[]): number => {
    const c0 = process.cpuUsage();
    for (const a of alerts) scanAlert(sc, a);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / alerts.length;
  };
  // Interleaved, medians of 15 batches of 400 (the first batch warms up): this machine's speed drifts.
  for (let batch = 0; batch < 16; batch++) {
    const b = cpuPerAlert(scanner, loadAlerts(400, 2 * batch));
    const r = cpuPerAlert(remembering, loadAlerts(400, 2 * batch + 1));
    if (batch === 0) continue;
    bareUs.push(b);
    rememberingUs.push(r);
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const [bare, rem] = [median(bareUs), median(rememberingUs)];
  console.log(`scanAlert on load-test alerts (3.4 KB, each delivery's log lines new): ${rem.toFixed(1)} µs CPU each; ${bare.toFixed(1)} µs without the memory of clean texts`);

  // Worst cases: a 256 KB body (the default limit) that repeats one value or keyword, on one
  // line and as lines. Every step of the scan must stay linear in the text.
  let worst = { ms: 0, name: '' };
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    for (const sep of [' ', '\n']) {
      const text = (unit + sep).repeat(Math.floor(262_144 / (unit.length + 1)));
      const t0 = performance.now();
      scanner.scan(text);
      const ms = performance.now() - t0;
      if (ms > worst.ms) worst = { ms, name: `${name}${sep === ' ' ? ' (one line)' : ' (lines)'}` };
    }
  }
  console.log(`scan of 256 KB adversarial bodies (${Object.keys(ADVERSARIAL).length} repeated values, one line and as lines): worst ${worst.ms.toFixed(0)} ms (${worst.name})`);
}

/** Values and keywords that, repeated, once made parts of the scan quadratic or could. */
compileRegexpsEagerly();

const ADVERSARIAL: Record<string, string> = {
  emails: 'a1@example.com', cards: '4000 0566 5566 5556', ipv4: '10.1.2.3', password: 'password=Hunter2xyz',
  token: 'token=abcdef123456', bearer: 'Authorization: Bearer abc.def.ghi', aws: 'AKIAABCDEFGHIJKLMNOP',
  stripe: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', url: 'https://u:p@h.com/', phone: '+1 415 555 2671',
  iban: 'DE89370400440532013000', hex32: '0123456789abcdef0123456789abcdef', mac: '00:1a:2b:3c:4d:5e',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', keywords: 'key secret token pass auth code sig',
  digits: '1234 5678', colons: 'a:b:c:d:e', privateKey: 'private key', ssn: '123-45-6789',
  // 2026-12-07: repeated on one line, these made validators that read the whole line per candidate quadratic (seconds).
  greeting: 'Dear Anna,', nameMailbox: 'Anna Smith (anna@x.io)', dashRule: '--- ---=', firstName: 'first_name=Anna&',
  vaultField: '$ vault kv get -field=db_password kv/pay', jpStreet: 'address: 3-10-17 Sakura', geo: 'geo 12.345678,-45.123456',
};

/** `n` alerts as ingest sees them: the load bench's bodies with distinct ids (batch `batch`), parsed and normalized. */
function loadAlerts(n: number, batch: number): Alert[] {
  const parts = Array.from({ length: 100 }, (_, i) => incidentTemplate(i).split('__ID__'));
  return Array.from({ length: n }, (_, k) => {
    const raw = parts[k % 100]!.join(String(7_000_000_000_000_000_000n + BigInt(batch * n + k)));
    const parsed = parseDatadogJson(raw);
    const check = validatePayload(parsed?.value);
    if (!check.ok) throw new Error(`load alert ${k}: ${check.field}: ${check.message}`);
    return normalizeDatadog(check.payload, { now: 1_790_000_000_000, rawBody: raw });
  });
}

if (require.main === module) void run();
