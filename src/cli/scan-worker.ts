/**
 * Worker thread of `herald scan --jobs N`: builds its scanner once, then takes jobs from the plan
 * the main thread sends (see scan-job.ts) until none is left, and answers each with its findings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../scan/create-scanner';
import { lineDecodingScanner } from './line-decoding-scanner';
import { takeJobs, type ScanPlan } from './scan-job';
import { warmUp } from './warm-up';

if (parentPort) {
  const port = parentPort;
  // The V8 flags of the file scan (native-regexps.ts, eager-feedback.ts) are process-wide: the
  // main thread sets them before it starts workers; setting them here, while other threads run
  // V8, would be a race.
  const scanner = lineDecodingScanner(createScanner({ cleanTexts: false, privateIps: (workerData as { privateIps: 'report' | 'ignore' }).privateIps }));
  warmUp(scanner);
  // One plan a run; the listener stays, so the thread lives until the main thread ends it.
  port.on('message', (plan: ScanPlan) => void takeJobs(plan, scanner, (r) => port.postMessage(r)));
}
