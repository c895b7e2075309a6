import { createScanner, type Scanner } from '../scan';
import type { Finding } from '../scan/types';

/** What `runScanCommand` needs from the outside world. */
export interface ScanCommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

const USAGE = 'usage: herald scan [--json] <file|->\n';

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `herald scan [--json] <file|->`: scans the text one log line per line. `--json` prints
 * one JSON object per finding per line (`line` 1-based, `start`/`end` within the line,
 * `detector`, `category`, `severity`, `masked`, `confidence`, `test`); otherwise a report
 * and then the redacted text. Exit 0 when nothing is found, 1 when something is, 2 on a
 * usage error or an unreadable file.
 */
export async function runScanCommand(argv: string[], io: ScanCommandIo, scanner: Scanner = createScanner()): Promise<number> {
  let json = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      io.stdout(USAGE);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.stderr(`herald scan: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.stderr(`herald scan: expected exactly one file (or - for stdin)\n${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = file === '-' ? await readStream(io.stdin) : await io.readFile(file);
  } catch (err) {
    io.stderr(`herald scan: cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const all: { line: number; f: Finding }[] = [];
  const redacted: string[] = [];
  lines.forEach((line, i) => {
    const r = scanner.redact(line);
    redacted.push(r.text);
    for (const f of r.findings) all.push({ line: i + 1, f });
  });
  if (json) {
    for (const { line, f } of all) {
      const row: Record<string, unknown> = {
        line, start: f.start, end: f.end, detector: f.detector, category: f.category,
        severity: f.severity, masked: f.masked, confidence: f.confidence,
      };
      if (f.test) row['test'] = true;
      if (f.public) row['public'] = true;
      io.stdout(JSON.stringify(row) + '\n');
    }
  } else {
    io.stdout(all.length === 0 ? 'No sensitive data found.\n' : `${all.length} finding${all.length === 1 ? '' : 's'}:\n`);
    for (const { line, f } of all) {
      const flags = [f.test ? 'test' : '', f.public ? 'public' : ''].filter(Boolean).join(',');
      io.stdout(`  line ${line}:${f.start}-${f.end}  ${f.severity.padEnd(8)} ${f.category.padEnd(14)} ${f.detector}  ${f.masked}${flags ? `  (${flags})` : ''}\n`);
    }
    io.stdout('\nRedacted text:\n' + redacted.join('\n') + '\n');
  }
  return all.length > 0 ? 1 : 0;
}
