#!/usr/bin/env node
/**
 * The last step of `npm run build`: writes the prefilter's keyword tables of the built-in
 * detector sets (with private IPv4 addresses ignored and reported) to
 * dist/src/scan/tables/, so that `herald scan` and the server read them at start-up
 * instead of building them (see src/scan/keyword-tables.ts), and the rewrites of the detectors'
 * case-insensitive patterns (src/scan/caseless.ts). Old tables are removed first:
 * the directory holds those of this build only. Run after tsc (it loads dist/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(root, 'dist/src/scan', p));
const { KEYWORD_TABLES_DIR, writeKeywordTables } = dist('keyword-tables.js');
const { DEFAULT_DETECTORS, DETECTORS_REPORTING_PRIVATE_IPS } = dist('detectors/index.js');
const { writeCaselessTable } = dist('caseless-table.js');

fs.rmSync(KEYWORD_TABLES_DIR, { recursive: true, force: true });
for (const detectors of [DEFAULT_DETECTORS, DETECTORS_REPORTING_PRIVATE_IPS]) writeKeywordTables(detectors);
// The case-insensitive patterns written out (src/scan/caseless.ts), as loading the detectors above rewrote them.
writeCaselessTable();
