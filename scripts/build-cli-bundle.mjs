#!/usr/bin/env node
/**
 * A step of `npm run build`, after tsc and the keyword tables: joins the modules that
 * `herald scan` runs (src/cli/run-cli.js, and everything src/cli/scan-command.js and
 * src/cli/scan-worker.js require: 200-odd files of dist/) into one file,
 * dist/src/cli/herald-scan.bundle, and writes V8's code cache for it, taken after a warm scan,
 * to dist/src/cli/herald-scan.bundle-cache. Resolving, reading and compiling 200 modules one by
 * one was about a third of the command's start-up. src/cli/scan-bundle.ts loads the bundle and
 * falls back to the modules whenever the bundle is stale.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);
const { BUNDLE_FILE } = require(path.join(dist, 'src/cli/scan-bundle.js'));
const { writeBundle } = require(path.join(dist, 'src/cli/scan-bundle-build.js'));
const { writeBundleCache } = require(path.join(dist, 'src/cli/scan-bundle-cache.js'));

const at = (f) => path.join(dist, f);
const modules = writeBundle(dist, [at('src/cli/scan-command.js'), at('src/cli/scan-worker.js')], [at('src/cli/run-cli.js')], BUNDLE_FILE);
const cache = await writeBundleCache();
// The worker threads' cache, made under the scan's V8 flags, in a process of its own (the flags stay set).
const made = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(dist, 'src/cli/scan-bundle-cache.js'))}).writeBundleCache(undefined, require(${JSON.stringify(path.join(dist, 'src/cli/scan-bundle.js'))}).WORKER_BUNDLE_CACHE, true).then((n) => console.log(n))`], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(`scan bundle: the workers' code cache failed: ${made.stderr}`);
console.log(`scan bundle: ${modules} modules, code cache ${(cache / 1024).toFixed(0)} KB (workers' ${(Number(made.stdout) / 1024).toFixed(0)} KB)`);
