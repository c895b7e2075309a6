#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli';

/** The `herald` command. */
void runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (p) => readFile(p, 'utf8'),
}).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
