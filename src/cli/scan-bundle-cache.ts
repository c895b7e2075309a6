import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { runCli as RunCli } from './run-cli';
import { BUNDLE_CACHE, BUNDLE_FILE, loadBundle } from './scan-bundle';
import { warmUpText } from './warm-up';

/** The modules that set V8 flags for a scan, and their functions. */
const FLAG_SETTERS = [
  ['src/cli/eager-feedback.js', 'collectFeedbackEagerly'],
  ['src/cli/native-regexps.js', 'compileRegExpsNatively'],
  ['src/cli/optimizing-wasm.js', 'compileWasmOptimized'],
] as const;

/**
 * Writes the code cache of the scan bundle (a step of `npm run build`, after the bundle): loads
 * the bundle with no cache, runs `herald scan --format json` and `--redact` from it on the
 * warm-up log, then saves what V8 compiled, the functions the scan ran included, so that a
 * later `herald scan` neither parses nor compiles them. Returns the cache's size in bytes.
 * With `scanFlags`, the scan's V8 flags are set first and the cache is the one worker threads
 * read (they start under those flags); call it so in a process of its own, since the flags stay.
 */
export async function writeBundleCache(file = BUNDLE_FILE, cacheFile = BUNDLE_CACHE, scanFlags = false): Promise<number> {
  rmSync(cacheFile, { force: true });
  const bundle = loadBundle(file, cacheFile);
  if (bundle === undefined) throw new Error(`scan bundle ${file} is missing or stale`);
  // A scan sets V8 flags (eager-feedback.ts, native-regexps.ts, optimizing-wasm.ts), and V8 refuses a
  // cache made under other flags than its own (setting one back does not help): a new process checks
  // the cache before it sets them. So the main thread's warm run leaves the flags alone; the
  // workers' sets them before anything else runs.
  for (const [key, fn] of FLAG_SETTERS) {
    const mod = bundle.require(key) as Record<string, () => void>;
    if (scanFlags) mod[fn]!();
    else mod[fn] = () => undefined;
  }
  const { runCli } = bundle.require('src/cli/run-cli.js') as { runCli: typeof RunCli };
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-bundle-'));
  try {
    const log = path.join(dir, 'warm.log');
    writeFileSync(log, `${warmUpText()}\n`);
    const io = { stdin: process.stdin, stdout: () => true, stderr: () => true, readFile: async () => '' };
    for (const args of [['scan', '--format', 'json', log], ['scan', '--redact', log]]) {
      const code = await runCli(args, io);
      if (code !== 1) throw new Error(`warm scan for the code cache exited ${String(code)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const data = bundle.script.createCachedData();
  writeFileSync(cacheFile, data);
  return data.length;
}
