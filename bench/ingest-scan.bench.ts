/**
 * `node dist/bench/ingest-scan.bench.js`: what the decode-then-scan step costs at ingest.
 * scanAlert + boundAlert on the scan bench's 16 KB alert, with the plain scanner and with
 * the decoding one (the one Herald uses), once as is and once with percent-escapes in
 * every log line (each such text is scanned again, decoded). CPU p50/p99 in ms.
 */
import { boundAlert } from '../src/alert/bound-alert';
import { decodingScanner } from '../src/ingest/decoding-scanner';
import { createScanner, scanAlert, type Scanner } from '../src/scan';
import type { Alert } from '../src/alert/alert';
import { sixteenKbAlert } from './scan.bench';

function cpuQuantiles(fn: () => void, reps: number): { p50: number; p99: number } {
  for (let i = 0; i < 200; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    xs.push((c.user + c.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return { p50: xs[Math.floor(reps / 2)]!, p99: xs[Math.floor(reps * 0.99)]! };
}

/** Prints the table. */
export async function run(): Promise<void> {
  const plain = createScanner({ cleanTexts: false });
  const decoding = decodingScanner(createScanner({ cleanTexts: false }));
  const base = sixteenKbAlert();
  const encoded: Alert = { ...base, logs: base.logs.map((l) => ({ ...l, message: `${l.message} q=a%3Db%20c` })) };
  const cases: [string, Scanner, Alert][] = [
    ['plain scanner, 16 KB alert', plain, base],
    ['decoding scanner, 16 KB alert', decoding, base],
    ['plain scanner, escapes in every log line', plain, encoded],
    ['decoding scanner, escapes in every log line', decoding, encoded],
  ];
  for (const [name, scanner, alert] of cases) {
    const q = cpuQuantiles(() => boundAlert(scanAlert(scanner, alert)), 2000);
    console.log(`${name.padEnd(46)} CPU p50 ${q.p50.toFixed(3)} ms, p99 ${q.p99.toFixed(3)} ms`);
  }
}

if (require.main === module) void run();
