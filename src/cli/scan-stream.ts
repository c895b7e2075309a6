import type { Scanner } from '../scan/create-scanner';
import type { Finding } from '../scan/types';

/** A finding located in a stream: absolute offset, 1-based line and column (UTF-16 units). */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Start of the finding's line (absolute offset). */
  lineStart: number;
}

/** What `scanStream` reports to its caller as it goes. */
export interface ScanSink {
  /** Findings, in order, each once. */
  findings(f: LocatedFinding[]): void | Promise<void>;
  /** Redacted text, in order (only when `redact` is on). */
  text?(s: string): void | Promise<void>;
  /** Characters read so far. */
  progress?(chars: number): void;
}

/** Options of `scanStream`. */
export interface ScanStreamOptions {
  /** Characters scanned at once (default 1 Mi). */
  chunk?: number;
  /**
   * Characters kept from one round to the next (default 64 Ki): a value that starts in the
   * last `overlap` characters (a PEM block, a long token) is found whole in the next round.
   */
  overlap?: number;
  redact?: boolean;
}

/**
 * Scans a text stream as one text, in rounds of about `chunk` characters: each round scans
 * what is left of the last (from a line start at least `overlap` before its end) plus the new
 * input, settles the findings that start before that cut, and keeps the rest for the next
 * round, so that multi-line values (PEM blocks) are found across chunk boundaries and every
 * finding is reported once with its line and column. Memory stays about `chunk + overlap`.
 */
export async function scanStream(input: AsyncIterable<string>, scanner: Scanner, sink: ScanSink, o: ScanStreamOptions = {}): Promise<number> {
  const chunk = o.chunk ?? 1 << 20;
  const overlap = o.overlap ?? 1 << 16;
  let text = ''; // the current window: absolute offsets [base, base + text.length)
  let base = 0;
  let outPos = 0; // absolute: redacted text written (or findings settled) up to here
  let read = 0;
  // Line cursor: absolute offset and 1-based line number of a line start at or before every future finding.
  let lineNo = 1;
  let lineStart = 0;
  let count = 0;

  /** Advances the line cursor to `abs` (in the window) and returns [line, lineStart]. */
  const locate = (abs: number): [number, number] => {
    let i = lineStart - base;
    const end = abs - base;
    for (;;) {
      const nl = text.indexOf('\n', i);
      if (nl < 0 || nl >= end) break;
      lineNo++;
      i = nl + 1;
      lineStart = base + i;
    }
    return [lineNo, lineStart];
  };

  const round = async (final: boolean): Promise<void> => {
    let cut = text.length;
    if (!final) {
      const nl = text.lastIndexOf('\n', text.length - overlap);
      cut = nl < 0 ? 0 : nl + 1;
      if (cut === 0) {
        if (text.length < 4 * chunk) return; // one line longer than the overlap so far: wait for more
        cut = text.length - overlap; // a huge line: cut inside it (a value across the cut is found whole next round)
      }
    }
    const found = scanner.scan(text);
    const settled: LocatedFinding[] = [];
    let out = '';
    for (const f of found) {
      const start = base + f.start;
      if (start < outPos) continue; // the tail of a value settled in the last round
      if (f.start >= cut) break; // found again, whole, in the next round
      const end = base + f.end;
      const [line, ls] = locate(start);
      const [endLine, els] = locate(end); // findings do not overlap: the next one starts at or after `end`
      settled.push({ ...f, start, end, line, column: start - ls + 1, endLine, endColumn: end - els + 1, lineStart: ls });
      if (o.redact) out += text.slice(outPos - base, f.start) + `[REDACTED:${f.detector}]`;
      outPos = end;
    }
    const cutAbs = base + cut;
    if (outPos < cutAbs) {
      if (o.redact) out += text.slice(outPos - base, cut);
      outPos = cutAbs;
    }
    count += settled.length;
    if (settled.length) await sink.findings(settled);
    if (o.redact && out) await sink.text?.(out);
    // Keep from the cut (or from what is already written, if a value ran past the cut).
    const keepFrom = Math.min(cut, outPos - base);
    locate(base + keepFrom);
    text = text.slice(keepFrom);
    base += keepFrom;
  };

  for await (const piece of input) {
    text += piece;
    read += piece.length;
    sink.progress?.(read);
    if (text.length >= chunk + overlap) await round(false);
  }
  await round(true);
  return count;
}
