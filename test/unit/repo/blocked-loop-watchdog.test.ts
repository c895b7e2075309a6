/**
 * The suite's watchdog (test/setup/blocked-loop-watchdog.ts) ends a test process whose event loop
 * stopped, naming the test, and the run goes on: a fixture test that spins for a minute, run with a
 * 2-second limit beside a file that passes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

describe('blocked-loop watchdog', () => {
  it('kills a test file whose loop has not turned for the limit, and names the test', async () => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', path.join(ROOT, 'test/fixtures/watchdog/vitest.config.mts')],
      { cwd: ROOT, env: { ...process.env, HERALD_TEST_BLOCK_LIMIT_S: '2', NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    expect(out).toMatch(/\[blocked-loop-watchdog\] the event loop has not turned for \d+ s, in .*blocks-the-loop\.fixture\.ts > "spins without yielding for a minute"/);
    expect(code).not.toBe(0);
    // The other file of the run (z-passes.fixture.ts) still ran and passed.
    expect(out).toMatch(/Tests\s+1 passed \(3\)/);
    // The fixture spins for 60 s: killed after about 2, the run ends well before that.
    expect(seconds).toBeLessThan(50);
  }, 90_000);
});
