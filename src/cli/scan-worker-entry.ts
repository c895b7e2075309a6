/**
 * The script a `herald scan --jobs N` worker thread starts with: runs scan-worker.js from the scan
 * bundle when it is fresh (as the main thread does, see herald.ts), else from its module. Loading
 * 200-odd modules one by one was the larger part of a worker's start-up.
 */
import { loadBundle, WORKER_BUNDLE_CACHE } from './scan-bundle';

if (loadBundle(undefined, WORKER_BUNDLE_CACHE)?.require('src/cli/scan-worker.js') === undefined) require('./scan-worker');
