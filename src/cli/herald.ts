#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { compileRegexpsEagerly } from './regexp-tiering';
import { loadBundle } from './scan-bundle';

// Long-lived commands (`serve`, its workers): regexps compile to machine code at first use (see regexp-tiering.ts).
if (process.argv[2] !== 'scan') compileRegexpsEagerly();

/** The CLI's dispatcher: for `scan`, from the bundle `npm run build` writes when it is fresh (start-up), else from its modules. */
async function cli(): Promise<typeof import('./run-cli')> {
  const bundled = process.argv[2] === 'scan' ? loadBundle() : undefined;
  return (bundled?.require('src/cli/run-cli.js') as typeof import('./run-cli') | undefined) ?? (await import('./run-cli'));
}

// A reader that stops early (`herald scan --list-detectors | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of dying on an unhandled EPIPE with a stack trace. The exit code is the one the
// command has set by then (0 if none: the report could not be written whole in any case).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

/** The `herald` command. */
void cli()
  .then(({ runCli }) =>
    runCli(process.argv.slice(2), {
      // A getter: process.stdin builds its stream (and loads its modules) on first use, which only `scan -` needs.
      get stdin() {
        return process.stdin;
      },
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      // node:fs is loaded at start-up anyway; node:fs/promises would cost a module load on every command.
      readFile: async (p) => readFileSync(p, 'utf8'),
    }),
  )
  .then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
