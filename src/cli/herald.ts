#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli';

/** The `herald` command. */
void runCli(process.argv.slice(2), {
  // A getter: process.stdin builds its stream (and loads its modules) on first use, which only `scan -` needs.
  get stdin() {
    return process.stdin;
  },
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // node:fs is loaded at start-up anyway; node:fs/promises would cost a module load on every command.
  readFile: async (p) => readFileSync(p, 'utf8'),
}).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
