/**
 * Load driver for bench/load.bench.ts, run as its own process so that generating load does
 * not steal the event loop of the bench (which also hosts the fake Slack):
 *
 *   node dist/bench/load-driver.js <spec.json>
 *
 * The spec (DriverSpec) holds body templates and the request sequence. N workers share a
 * keep-alive agent (N sockets); with `ratePerSec` each request waits for its slot
 * (t0 + i/rate). Prints one DriverResult as JSON on stdout.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DriverResult, DriverSpec } from './support/load-payloads';

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as DriverSpec;
  const url = new URL(spec.path ?? '/webhooks/datadog', spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency, maxFreeSockets: spec.concurrency });
  const n = spec.sequence.length;
  const status = new Array<number>(n).fill(0);
  const latencyMs = new Array<number>(n).fill(0);
  const doneAt = new Array<number>(n).fill(0);
  const errors: string[] = [];
  const baseHeaders: http.OutgoingHttpHeaders = { 'content-type': spec.contentType ?? 'application/json' };
  if (!spec.noAuth) baseHeaders.authorization = `Bearer ${spec.secret}`;
  const bodies = spec.templates.map((t) => {
    const i = t.indexOf('__ID__');
    return i < 0 ? [t, ''] : [t.slice(0, i), t.slice(i + '__ID__'.length)];
  });

  const send = (i: number): Promise<void> =>
    new Promise((resolve) => {
      const [tpl, id] = spec.sequence[i];
      const [a, b] = bodies[tpl];
      const body = b === '' && a === spec.templates[tpl] ? a : a + id + b;
      const t0 = performance.now();
      const req = http.request(
        { agent, method: 'POST', host: url.hostname, port: url.port, path: url.pathname, headers: { ...baseHeaders, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            latencyMs[i] = performance.now() - t0;
            doneAt[i] = now();
            status[i] = res.statusCode ?? 0;
            resolve();
          });
        },
      );
      req.on('error', (e) => {
        latencyMs[i] = performance.now() - t0;
        doneAt[i] = now();
        if (errors.length < 20) errors.push(e.message);
        resolve();
      });
      req.end(body);
    });

  let next = 0;
  const startedAt = now();
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= n) return;
      if (spec.ratePerSec) {
        const due = t0 + (i * 1000) / spec.ratePerSec;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
      }
      await send(i);
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const cpu = process.cpuUsage();
  const result: DriverResult = { startedAt, finishedAt: now(), status, latencyMs, doneAt, errors, cpuS: (cpu.user + cpu.system) / 1e6 };
  agent.destroy();
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  process.stderr.write(`load-driver: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
