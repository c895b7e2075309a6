import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** dist/ (this file is dist/src/cli/scan-bundle.js once built). */
const DIST = path.join(__dirname, '..', '..');

/** The bundle `npm run build` writes: the modules `herald scan` runs, in one file (scripts/build-cli-bundle.mjs). */
export const BUNDLE_FILE = path.join(__dirname, 'herald-scan.bundle');
/** V8's code cache of BUNDLE_FILE, taken after a warm scan. */
export const BUNDLE_CACHE = path.join(__dirname, 'herald-scan.bundle-cache');
/**
 * The code cache for worker threads: V8 accepts a code cache only under the flags it was made
 * with, and a worker starts after the main thread has set the scan's flags (scan-command.ts).
 */
export const WORKER_BUNDLE_CACHE = path.join(__dirname, 'herald-scan.bundle-cache-scan-flags');

/** A module as the bundle holds it: the function tsc's CommonJS output runs in. */
type ModuleFn = (exports: object, require: (spec: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;
/** What the bundle's outer function returns: each module's key, size and whole-millisecond mtime when it was bundled. */
export type BundleStamp = [key: string, size: number, mtimeMs: number][];

/** A loaded bundle: require a module by its key (its path under the root, `src/cli/run-cli.js`). */
export interface LoadedBundle {
  require(key: string): unknown;
  /** The compiled bundle (its code cache can be taken from it after a run). */
  script: vm.Script;
  /** Whether V8 refused the code cache (another Node version or other flags): it compiled the source instead. */
  cacheRejected: boolean;
}

/** Where each bundled file is, as a key: its path under `root`, with forward slashes. */
export function bundleKey(file: string, root = DIST): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Loads a bundle written by scripts/build-cli-bundle.mjs, with its code cache when there is
 * one, and gives CommonJS semantics to its modules (each runs once, on first require, with its
 * real `__filename` and `__dirname` under `root`). Undefined when there is no bundle, or when
 * any bundled file changed since the bundle was written (size or mtime): a stale bundle is never
 * run, the caller loads the modules themselves. `HERALD_NO_BUNDLE=1` turns it off.
 */
export function loadBundle(file = BUNDLE_FILE, cacheFile = BUNDLE_CACHE, root = DIST): LoadedBundle | undefined {
  if (process.env['HERALD_NO_BUNDLE'] === '1') return undefined;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const defs = new Map<string, ModuleFn>();
  const outer = script.runInThisContext() as (define: (key: string, fn: ModuleFn) => void) => BundleStamp;
  const stamp = outer((key, fn) => defs.set(key, fn));
  for (const [key, size, mtimeMs] of stamp) {
    const st = statSync(path.join(root, key), { throwIfNoEntry: false });
    if (st === undefined || st.size !== size || Math.trunc(st.mtimeMs) !== mtimeMs) return undefined;
  }
  const loaded = new Map<string, { exports: unknown }>();
  const load = (key: string): unknown => {
    const done = loaded.get(key);
    if (done) return done.exports;
    const module = { exports: {} as unknown };
    loaded.set(key, module); // before it runs: a require cycle sees the exports so far, as in Node
    const filename = path.join(root, key);
    const dirname = path.dirname(filename);
    const req = (spec: string): unknown => {
      if (!spec.startsWith('./') && !spec.startsWith('../')) return require(spec);
      const abs = path.resolve(dirname, spec);
      const k = bundleKey(abs, root);
      for (const c of [k, `${k}.js`, `${k}/index.js`]) if (defs.has(c)) return load(c);
      return require(abs);
    };
    defs.get(key)!(module.exports as object, req, module, filename, dirname);
    return module.exports;
  };
  return {
    require: (key) => {
      if (!defs.has(key)) throw new Error(`scan bundle: no module ${key}`);
      return load(key);
    },
    script,
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
  };
}
