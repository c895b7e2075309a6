/**
 * `npm run bench`: the scan, scan corpus, scan file (CLI), rules, worker, escalation and load benches in sequence. A bench whose module is
 * missing (not written yet) or fails is reported and skipped; the others still run.
 */
import path from 'node:path';

const BENCHES = ['scan', 'scan-corpus', 'scan-file', 'ingest-scan', 'rules', 'worker', 'escalation', 'load'] as const;

/** Run every bench in turn. */
export async function run(): Promise<void> {
  let failed = 0;
  for (const name of BENCHES) {
    const file = path.join(__dirname, `${name}.bench.js`);
    let mod: { run?: () => Promise<void> };
    try {
      mod = require(file) as { run?: () => Promise<void> };
    } catch (e) {
      const code = (e as { code?: string }).code;
      console.log(`\n== ${name} bench: skipped (${code === 'MODULE_NOT_FOUND' ? `${path.relative(process.cwd(), file)} not built` : (e as Error).message})`);
      continue;
    }
    if (typeof mod.run !== 'function') {
      console.log(`\n== ${name} bench: skipped (no exported run())`);
      continue;
    }
    console.log(`\n== ${name} bench`);
    const t0 = Date.now();
    try {
      await mod.run();
      console.log(`== ${name} bench done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed++;
      console.log(`== ${name} bench failed: ${(e as Error).stack ?? e}`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  run().then(
    () => process.exit(process.exitCode ?? 0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
