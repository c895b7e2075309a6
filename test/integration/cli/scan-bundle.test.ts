import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';

// The built CLI (npm test builds first) runs `herald scan` from dist/src/cli/herald-scan.bundle: it
// must print what the modules themselves print, and a new process must take the build's code cache.
const DIST_CLI = path.resolve(__dirname, '../../../dist/src/cli');
const CLI = path.join(DIST_CLI, 'herald.js');
const dir = mkdtempSync(path.join(tmpdir(), 'herald-scan-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function herald(args: string[], bundle: boolean): Promise<{ code: number; out: string; err: string }> {
  const env = { ...process.env, HERALD_NO_BUNDLE: bundle ? '0' : '1' };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'scan', ...args], { env, maxBuffer: 64 << 20 }, (e, out, err) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 99) : 0, out, err }),
    );
  });
}

describe('herald scan from the bundle', () => {
  it('is fresh after the build, and a new process takes its code cache', () => {
    const probe = `const b = require(${JSON.stringify(path.join(DIST_CLI, 'scan-bundle.js'))}).loadBundle();
      console.log(JSON.stringify(b === undefined ? null : { rejected: b.cacheRejected, run: typeof b.require('src/cli/run-cli.js').runCli }));`;
    const got = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...process.env, HERALD_NO_BUNDLE: '' } })) as unknown;
    expect(got).toEqual({ rejected: false, run: 'function' });
  });

  it("gives worker threads their own code cache, made under the scan's V8 flags, which a worker takes", () => {
    // The main thread sets the scan's flags before it starts workers (scan-command.ts); V8 takes a
    // code cache only under the flags it was made with, so the workers read the second cache.
    const bundle = JSON.stringify(path.join(DIST_CLI, 'scan-bundle.js'));
    const probe = `const { Worker } = require('node:worker_threads');
      for (const [m, f] of [['eager-feedback', 'collectFeedbackEagerly'], ['native-regexps', 'compileRegExpsNatively'], ['optimizing-wasm', 'compileWasmOptimized']]) require(${JSON.stringify(DIST_CLI)} + '/' + m + '.js')[f]();
      const src = 'const sb = require(' + ${JSON.stringify(bundle)} + '); const r = {}; for (const k of ["WORKER_BUNDLE_CACHE", "BUNDLE_CACHE"]) r[k] = sb.loadBundle(undefined, sb[k]).cacheRejected; require("node:worker_threads").parentPort.postMessage(r);';
      const w = new Worker(src, { eval: true });
      w.on('message', (r) => { console.log(JSON.stringify(r)); w.terminate(); });`;
    const got = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...process.env, HERALD_NO_BUNDLE: '' } })) as unknown;
    // The main thread's cache is refused under those flags (which is why the second one exists).
    expect(got).toEqual({ WORKER_BUNDLE_CACHE: false, BUNDLE_CACHE: true });
  });

  it('is what `herald scan` runs: Node loads none of the scanner modules itself (NODE_DEBUG=module)', () => {
    const clean = path.join(dir, 'one-line.log');
    writeFileSync(clean, 'GET /healthz 200 3ms\n');
    const loads = (noBundle: string): number => {
      const r = spawnSync(process.execPath, [CLI, 'scan', clean], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module', HERALD_NO_BUNDLE: noBundle } });
      expect(r.status).toBe(0);
      return r.stderr.split('\n').filter((l) => /Module\._load REQUEST .*(scan-command|create-scanner)/.test(l)).length;
    };
    expect(loads('0')).toBe(0);
    expect(loads('1')).toBeGreaterThan(0); // the check can see a module load
  });

  it('is what its worker threads run too (`--jobs 2`): neither thread loads a scanner module itself', () => {
    const file = path.join(dir, 'two-pieces.log');
    writeFileSync(file, serviceLog(5 << 20, 3, 40).text);
    const loads = (noBundle: string): number => {
      const r = spawnSync(process.execPath, [CLI, 'scan', '--jobs', '2', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NODE_DEBUG: 'module', HERALD_NO_BUNDLE: noBundle } });
      expect(r.status, r.stderr.slice(-400)).toBe(1);
      return r.stderr.split('\n').filter((l) => /Module\._load REQUEST .*(scan-worker'|scan-worker\.js|create-scanner)/.test(l)).length;
    };
    expect(loads('0')).toBe(0);
    expect(loads('1')).toBeGreaterThan(0);
  }, 60_000);

  it('prints the same reports and redacted text as the modules, with the same exit codes', async () => {
    const file = path.join(dir, 'service.log');
    const { text } = serviceLog(2 << 20, 11, 300);
    writeFileSync(file, `${text}\n-----BEGIN EC PRIVATE KEY-----\n${'MHcCAQEEIBk7Qm9Zt2Lp4Xr8Vw1Ny6Hs3Jd5Fg0Ca9Xk2Mq7Pl4Rt8'.slice(0, 64)}\n-----END EC PRIVATE KEY-----\n`);
    const clean = path.join(dir, 'clean.log');
    writeFileSync(clean, 'GET /healthz 200 3ms\n');
    for (const args of [['--format', 'json', file], ['--format', 'sarif', file], ['--redact', file], ['--format', 'text', clean], ['--list-detectors'], ['--bogus', file]]) {
      const [a, b] = await Promise.all([herald(args, true), herald(args, false)]);
      expect(a.code, args.join(' ')).toBe(b.code);
      expect(a.out === b.out, args.join(' ')).toBe(true);
      expect(a.err).toBe(b.err);
    }
    expect((await herald(['--format', 'json', file], true)).out.split('\n').length).toBeGreaterThan(10);
  }, 120_000);
});
