import { createReadStream, createWriteStream, readFileSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { isAscii } from 'node:buffer';
import { createScanner, type Scanner } from '../scan/create-scanner';
import { isLeak } from '../scan/is-leak';
import { lineDecodingScanner } from './line-decoding-scanner';
import { packageRoot } from './package-root';
import { detectorList, jsonLine, sarifLog, textLine, type FileFinding, type ScanFormat } from './scan-output';
import { scanStream } from './scan-stream';

/** What `runScanCommand` needs from the outside world. */
export interface ScanCommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Opens a file as a stream (default: fs.createReadStream). */
  openFile?: (p: string) => NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress is shown only then; default: process.stderr.isTTY). */
  stderrIsTTY?: boolean;
}

const USAGE = `usage: herald scan [options] <file|->...
  --format text|json|sarif   report format (default text; --json = --format json)
  --redact                   write the redacted text (to stdout, or to -o FILE); the report goes to stderr unless -o is given
  -o, --output FILE          where --redact writes
  --private-ips report       also report private, loopback and link-local IPv4 addresses
  --list-detectors           print the detectors (id, category, severity, description)
exit: 0 nothing found, 1 something found (a leak: public keys and example data do not count), 2 error
`;

interface ScanArgs {
  format: ScanFormat;
  redact: boolean;
  output: string | null;
  list: boolean;
  privateIps: 'report' | 'ignore';
  files: string[];
}

/** Parses the arguments; a string is a usage error. */
function parseArgs(argv: string[]): ScanArgs | string {
  const a: ScanArgs = { format: 'text', redact: false, output: null, list: false, privateIps: 'ignore', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--json') a.format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const v = arg.includes('=') ? arg.slice(9) : value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return `--format must be text, json or sarif`;
      a.format = v;
    } else if (arg === '--redact') a.redact = true;
    else if (arg === '-o' || arg === '--output') {
      const v = value();
      if (!v) return `${arg} needs a file`;
      a.output = v;
    } else if (arg === '--private-ips') {
      const v = value();
      if (v !== 'report' && v !== 'ignore') return '--private-ips must be report or ignore';
      a.privateIps = v;
    } else if (arg === '--list-detectors') a.list = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else a.files.push(arg);
  }
  if (a.output && !a.redact) return '-o needs --redact';
  if (!a.list && a.files.length === 0) return 'expected a file (or - for stdin)';
  if (a.redact && a.files.length > 1) return '--redact takes one file';
  return a;
}

/**
 * Decodes a byte stream as UTF-8 text, multi-byte characters split between chunks included.
 * An all-ASCII chunk (most logs) is copied as Latin-1, several times faster than decoding.
 */
async function* utf8(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  let pending: Buffer | null = null; // the incomplete character at the end of the last chunk
  for await (const raw of stream) {
    if (typeof raw === 'string') {
      yield raw;
      continue;
    }
    let buf: Buffer = pending ? Buffer.concat([pending, raw as Buffer]) : (raw as Buffer);
    pending = null;
    if (isAscii(buf)) {
      yield buf.toString('latin1');
      continue;
    }
    // Keep back an incomplete trailing UTF-8 sequence (a lead byte without all its continuation bytes).
    let i = buf.length - 1;
    while (i > 0 && i > buf.length - 4 && (buf[i]! & 0xc0) === 0x80) i--;
    const lead = buf[i]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (need > buf.length - i) {
      pending = buf.subarray(i);
      buf = buf.subarray(0, i);
    }
    yield buf.toString('utf8');
  }
  if (pending) yield pending.toString('utf8');
}

/** Awaits the drain of a write stream when its buffer is full. */
function writeTo(ws: WriteStream): (s: string) => Promise<void> {
  return (s) => (ws.write(s) ? Promise.resolve() : new Promise((resolve) => ws.once('drain', () => resolve())));
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * `herald scan [options] <file|->...`: scans each file as one stream (see scanStream: chunks
 * with an overlap, so PEM blocks are found whole) and reports every finding with its line and
 * column as text, JSON lines or SARIF 2.1.0; `--redact` writes the redacted text. Never prints a
 * raw value. Exit 0 when no leak is found, 1 when one is, 2 on a usage error or an unreadable file.
 */
export async function runScanCommand(argv: string[], io: ScanCommandIo, scanner?: Scanner): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`herald scan: ${args}\n${USAGE}`);
    return 2;
  }
  // Escaped values (`token%3D…`, `\u003d`, `\/`) are decoded line by line, as ingest decodes alert texts.
  const sc = scanner ?? lineDecodingScanner(createScanner({ cleanTexts: false, privateIps: args.privateIps }));
  if (args.list) {
    io.stdout(detectorList(sc.detectors, args.format));
    return 0;
  }
  const report = args.redact && !args.output ? io.stderr : io.stdout;
  const tty = io.stderrIsTTY ?? process.stderr.isTTY === true;
  const all: FileFinding[] = [];
  let leaks = 0;
  for (const file of args.files) {
    let stream: NodeJS.ReadableStream;
    let size = 0;
    try {
      if (file === '-') stream = io.stdin;
      else {
        size = statSync(file).size;
        stream = (io.openFile ?? ((p: string) => createReadStream(p, { highWaterMark: 1 << 20 })))(file);
      }
    } catch (err) {
      io.stderr(`herald scan: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    }
    let out: WriteStream | null = null;
    let lastProgress = 0;
    try {
      if (args.output) out = createWriteStream(args.output);
      const write = out ? writeTo(out) : (s: string) => io.stdout(s);
      await scanStream(utf8(stream), sc, {
        findings: (fs) => {
          for (const f of fs) {
            const x = { file, f };
            if (isLeak(f)) leaks++;
            if (args.format === 'sarif') all.push(x);
            else report(args.format === 'json' ? jsonLine(x) : textLine(x));
          }
        },
        text: args.redact ? write : undefined,
        progress: tty && size > 8 << 20
          ? (chars) => {
              const now = Date.now();
              if (now - lastProgress < 250) return;
              lastProgress = now;
              io.stderr(`\rscanning ${file}: ${(chars / 1048576).toFixed(0)} of ${(size / 1048576).toFixed(0)} MB`);
            }
          : undefined,
      }, { redact: args.redact });
      if (lastProgress) io.stderr('\r\x1b[K');
    } catch (err) {
      io.stderr(`herald scan: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    } finally {
      if (out) await new Promise<void>((resolve) => out!.end(() => resolve()));
    }
  }
  if (args.format === 'sarif') report(sarifLog(sc.detectors, all, version()));
  else if (args.format === 'text' && leaks === 0 && !args.redact) report('No leaks found.\n');
  return leaks > 0 ? 1 : 0;
}
