import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/run-cli';

/** A CliIo that records stdout and stderr (for running CLI commands in-process). */
export function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdin: Readable.from([]),
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    readFile: (p: string) => readFile(p, 'utf8'),
  };
  return io;
}
