/**
 * Load driver for bench/load.bench.ts, run as its own process so that generating load does
 * not steal the event loop of the bench (which also hosts the fake Slack):
 *
 *   node dist/bench/load-driver.js <spec.json>
 *
 * The spec (DriverSpec) holds body templates and the request sequence. `concurrency`
 * keep-alive connections each carry one request at a time (no pipelining), as wrk and hey
 * do; with `ratePerSec` each request waits for its slot (t0 + i/rate). Requests are written
 * as prepared bytes on raw sockets and answers are read with a minimal HTTP/1.1 parser
 * (Content-Length or chunked): Node's http client costs more CPU per request than a lean
 * server does, and the driver shares the 2 cores with the server it measures.
 * Prints one DriverResult as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DriverResult, DriverSpec } from './support/load-payloads';
import { HttpConnection } from './support/http-connection';

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as DriverSpec;
  const url = new URL(spec.path ?? '/webhooks/datadog', spec.url);
  const n = spec.sequence.length;
  const status = new Array<number>(n).fill(0);
  const latencyMs = new Array<number>(n).fill(0);
  const doneAt = new Array<number>(n).fill(0);
  const errors: string[] = [];
  const head = [
    `POST ${url.pathname} HTTP/1.1`,
    `Host: ${url.host}`,
    `Content-Type: ${spec.contentType ?? 'application/json'}`,
    ...(spec.noAuth ? [] : [`Authorization: Bearer ${spec.secret}`]),
    'Connection: keep-alive',
  ].join('\r\n');
  // Every `__ID__` in a template is the delivery's id (the `$ID`, and log lines of that delivery).
  const bodies = spec.templates.map((t) => t.split('__ID__'));
  const request = (i: number): Buffer => {
    const [tpl, id] = spec.sequence[i];
    const body = Buffer.from(bodies[tpl].join(id));
    return Buffer.concat([Buffer.from(`${head}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  };

  let next = 0;
  const startedAt = now();
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    let conn: HttpConnection | null = null;
    try {
      for (;;) {
        const i = next++;
        if (i >= n) return;
        if (spec.ratePerSec) {
          const due = t0 + (i * 1000) / spec.ratePerSec;
          const wait = due - performance.now();
          if (wait > 1) await sleep(wait);
        }
        const bytes = request(i);
        const s0 = performance.now();
        try {
          conn ??= await HttpConnection.open(Number(url.port), url.hostname);
          status[i] = await conn.send(bytes);
        } catch (e) {
          if (errors.length < 20) errors.push((e as Error).message);
          conn?.close();
          conn = null;
        }
        latencyMs[i] = performance.now() - s0;
        doneAt[i] = now();
        if (conn?.closed) conn = null;
      }
    } finally {
      conn?.close();
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const cpu = process.cpuUsage();
  const result: DriverResult = { startedAt, finishedAt: now(), status, latencyMs, doneAt, errors, cpuS: (cpu.user + cpu.system) / 1e6 };
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  process.stderr.write(`load-driver: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
