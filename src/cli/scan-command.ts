import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { isAscii } from 'node:buffer';
import type { Scanner } from '../scan/create-scanner';
import type { Detector } from '../scan/detector';
import { isLeak } from '../scan/is-leak';
import { fileText } from './file-text';
import { packageRoot } from './package-root';
import { detectorList, jsonLine, sarifLog, textLine, type FileFinding, type ScanFormat } from './scan-output';
import { jobsFor } from './scan-jobs';
import { scanStream, type LocatedFinding } from './scan-stream';

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
  --jobs N|auto              threads for a large regular file (auto: one per idle CPU, up to 4, above 16 MB; else 1)
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
  jobs: number | 'auto';
}

/** Parses the arguments; a string is a usage error. */
function parseArgs(argv: string[]): ScanArgs | string {
  const a: ScanArgs = { format: 'text', redact: false, output: null, list: false, privateIps: 'ignore', files: [], jobs: 'auto' };
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
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const v = arg.includes('=') ? arg.slice(7) : value();
      if (v === 'auto') a.jobs = 'auto';
      else if (v && /^[1-9]\d{0,2}$/.test(v)) a.jobs = Number(v);
      else return '--jobs must be a positive number or auto';
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

/** Writes the text of `input` with each finding (sorted, absolute offsets) replaced by its marker. */
async function writeRedacted(input: AsyncIterable<string>, found: readonly LocatedFinding[], write: (s: string) => void | Promise<void>): Promise<void> {
  let base = 0; // absolute offset of the start of `buf`
  let buf = '';
  let k = 0;
  for await (const piece of input) {
    buf += piece;
    let out = '';
    let at = 0; // in buf
    while (k < found.length && found[k]!.end <= base + buf.length) {
      const f = found[k++]!;
      out += buf.slice(at, f.start - base) + `[REDACTED:${f.detector}]`;
      at = f.end - base;
    }
    const keep = k < found.length ? Math.max(at, Math.min(buf.length, found[k]!.start - base)) : buf.length;
    out += buf.slice(at, keep);
    if (out) await write(out);
    base += keep;
    buf = buf.slice(keep);
  }
  if (buf) await write(buf);
}

/**
 * The main thread's scanner. Its modules (the detectors, the automaton) are loaded here, not at
 * start-up: a run that stops at a usage error never loads them, and a run with threads loads
 * them after it has started its workers.
 */
async function fileScanner(privateIps: 'report' | 'ignore', warm: boolean): Promise<Scanner> {
  // The flags first (they decide how the text pass compiles), then its compilation, in the
  // background while the detectors load.
  await setScanFlags();
  const compiling = (await import('../scan/wasm/text-pass-module')).precompileTextPass(); // started here, before the imports below
  const [{ createScanner }, { lineDecodingScanner }, { warmUp }] = await Promise.all([
    import('../scan/create-scanner'),
    import('./line-decoding-scanner'),
    import('./warm-up'),
    compiling,
  ]);
  // Escaped values (`token%3D…`, `\u003d`, `\/`) are decoded line by line, as ingest decodes alert texts.
  const scanner = lineDecodingScanner(createScanner({ cleanTexts: false, privateIps }));
  if (warm) warmUp(scanner);
  return scanner;
}

/**
 * Sets the file scan's V8 flags (compileRegExpsNatively, collectFeedbackEagerly, compileWasmOptimized): process-wide,
 * so set once, by the main thread, before it starts any worker thread or builds its scanner
 * (flags changed while other threads run V8 are a race).
 */
async function setScanFlags(): Promise<void> {
  if (flagsSet) return;
  flagsSet = true;
  const [{ compileRegExpsNatively }, { collectFeedbackEagerly }, { compileWasmOptimized }] = await Promise.all([
    import('./native-regexps'),
    import('./eager-feedback'),
    import('./optimizing-wasm'),
  ]);
  compileRegExpsNatively();
  collectFeedbackEagerly();
  compileWasmOptimized();
}
let flagsSet = false;

/** Inputs smaller than this in all are scanned without a warm-up first. */
const WARM_UP_FROM = 4 << 20;

/** The total size of `files` when all are regular files, else Infinity (stdin, a pipe: of unknown size). */
function totalSize(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    if (f === '-') return Infinity;
    try {
      const st = statSync(f);
      if (!st.isFile()) return Infinity;
      total += st.size;
    } catch {
      return Infinity; // reported when the file is read
    }
  }
  return total;
}

/** The detectors a scanner built by fileScanner has, without building one (no automaton). */
async function fileDetectors(privateIps: 'report' | 'ignore'): Promise<readonly Detector[]> {
  const { DEFAULT_DETECTORS, DETECTORS_REPORTING_PRIVATE_IPS } = await import('../scan/detectors');
  return privateIps === 'report' ? DETECTORS_REPORTING_PRIVATE_IPS : DEFAULT_DETECTORS;
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
  let built: Scanner | undefined = scanner; // built on first use
  // The warm-up pays off over megabytes (see warm-up.ts); a few small files are scanned before it would (~40 ms a start).
  const sc = async (): Promise<Scanner> => (built ??= await fileScanner(args.privateIps, !(totalSize(args.files) < WARM_UP_FROM)));
  const detectors = async (): Promise<readonly Detector[]> => (built ?? scanner)?.detectors ?? fileDetectors(args.privateIps);
  if (args.list) {
    io.stdout(detectorList(await detectors(), args.format));
    return 0;
  }
  const report = args.redact && !args.output ? io.stderr : io.stdout;
  const tty = io.stderrIsTTY ?? process.stderr.isTTY === true;
  const all: FileFinding[] = [];
  let leaks = 0;
  for (const file of args.files) {
    let stream: NodeJS.ReadableStream | null = null;
    let size = 0;
    let regular = false;
    try {
      if (file === '-') stream = io.stdin;
      else {
        const st = statSync(file);
        size = st.size;
        regular = st.isFile() && !scanner && !io.openFile;
        // A regular file is read by fileText (synchronous 64 KiB reads into one buffer); anything else as a stream.
        if (io.openFile || !st.isFile()) stream = (io.openFile ?? ((p: string) => createReadStream(p, { highWaterMark: 1 << 16 })))(file);
        else closeSync(openSync(file, 'r')); // unreadable: fail here, as opening a stream would
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
      const onFindings = (fs: LocatedFinding[]): void => {
        for (const f of fs) {
          const x = { file, f };
          if (isLeak(f)) leaks++;
          if (args.format === 'sarif') all.push(x);
          else report(args.format === 'json' ? jsonLine(x) : textLine(x));
        }
      };
      const progress = tty && size > 8 << 20
        ? (chars: number) => {
            const now = Date.now();
            if (now - lastProgress < 250) return;
            lastProgress = now;
            io.stderr(`\rscanning ${file}: ${(chars / 1048576).toFixed(0)} of ${(size / 1048576).toFixed(0)} MB`);
          }
        : undefined;
      const jobs = jobsFor(args.jobs, size, regular);
      if (jobs > 1) {
        stream?.removeAllListeners();
        (stream as (NodeJS.ReadableStream & { destroy?: () => void }) | null)?.destroy?.();
        const found: LocatedFinding[] = [];
        const { scanFileParallel } = await import('./scan-parallel');
        await setScanFlags(); // before the workers start: they inherit the flags
        try {
          // The main thread scans too (one worker fewer): it builds its scanner while the workers start.
          await scanFileParallel(file, size, { jobs, privateIps: args.privateIps, progress, scanner: sc }, (fs) => {
            onFindings(fs);
            if (args.redact) found.push(...fs);
          });
        } catch (err) {
          io.stderr(`herald scan: ${file}: ${(err as Error).message}\n`);
          return 2;
        }
        if (args.redact) await writeRedacted(fileText(file), found, write);
      } else {
        await scanStream(stream ? utf8(stream) : fileText(file), await sc(), { findings: onFindings, text: args.redact ? write : undefined, progress }, { redact: args.redact });
      }
      if (lastProgress) io.stderr('\r\x1b[K');
    } catch (err) {
      io.stderr(`herald scan: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    } finally {
      if (out) await new Promise<void>((resolve) => out!.end(() => resolve()));
    }
  }
  if (args.format === 'sarif') report(sarifLog(await detectors(), all, version()));
  else if (args.format === 'text' && leaks === 0 && !args.redact) report('No leaks found.\n');
  return leaks > 0 ? 1 : 0;
}
