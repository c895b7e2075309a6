import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, expect } from 'vitest';

/**
 * A watchdog for test files whose event loop stops turning (vitest setup file).
 *
 * A test that loops synchronously cannot be stopped by vitest's timeout: the timer never fires, and
 * one such test once held CI for 25 minutes (a V8 slow path: see text-pass-wasm.test.ts). This file
 * starts a worker thread per test process that watches a heartbeat the main thread ticks every
 * second, and at the start and end of every test (tests that only await promises never let a timer
 * run: a file of them is one long turn of the loop); when the heartbeat has not moved for
 * HERALD_TEST_BLOCK_LIMIT_S seconds (600 by default, twenty times the test timeout), it names the
 * test that was running on stderr and kills the process, so the file fails within minutes and says
 * where, and the rest of the suite goes on.
 */
const LIMIT_S = Number(process.env['HERALD_TEST_BLOCK_LIMIT_S'] ?? 600);
const NAME_BYTES = 1024;
const installed = Symbol.for('herald.blockedLoopWatchdog');
const proc = process as unknown as Record<symbol, { beat: Int32Array; name: Uint8Array } | undefined>;

// The watchdog: reads the heartbeat every second; past the limit, reports and kills the process.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const beat = new Int32Array(workerData.beat);
const name = new Uint8Array(workerData.name);
let last = Atomics.load(beat, 0);
let still = 0;
setInterval(() => {
  const now = Atomics.load(beat, 0);
  if (now !== last) { last = now; still = 0; return; }
  if (++still < workerData.limit) return;
  const end = name.indexOf(0);
  const test = Buffer.from(name.subarray(0, end < 0 ? name.length : end)).toString('utf8');
  writeSync(2, '\\n[blocked-loop-watchdog] the event loop has not turned for ' + still + ' s, in ' + test + ': killing the test process\\n');
  process.kill(workerData.pid, 'SIGKILL');
}, 1000);
`;

if (LIMIT_S > 0 && !proc[installed]) {
  const beatBuffer = new SharedArrayBuffer(4);
  const nameBuffer = new SharedArrayBuffer(NAME_BYTES);
  const state = { beat: new Int32Array(beatBuffer), name: new Uint8Array(nameBuffer) };
  proc[installed] = state;
  setInterval(() => Atomics.add(state.beat, 0, 1), 1000).unref();
  try {
    new Worker(WATCHDOG, { eval: true, workerData: { beat: beatBuffer, name: nameBuffer, limit: LIMIT_S, pid: process.pid } }).unref();
  } catch (e) {
    writeSync(2, `[blocked-loop-watchdog] not started: ${(e as Error).message}\n`);
  }
}

beforeEach(() => {
  const state = proc[installed];
  if (!state) return;
  const { testPath, currentTestName } = expect.getState();
  const bytes = Buffer.from(`${testPath ?? 'a test file'} > "${currentTestName ?? ''}"`, 'utf8').subarray(0, NAME_BYTES - 1);
  state.name.fill(0);
  state.name.set(bytes);
  Atomics.add(state.beat, 0, 1);
});

afterEach(() => {
  const state = proc[installed];
  if (state) Atomics.add(state.beat, 0, 1);
});
