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
  /**
   * Characters gathered before a round is scanned (default 60 000: with the partial line carried
   * over, a round's text stays below V8's large-object size of 128 KiB, so that no round allocates
   * fresh memory: on a virtual machine, page faults made 1 MiB rounds cost more than the scan).
   */
  chunk?: number;
  /**
   * Characters kept from one round to the next inside a line longer than `4 * chunk` (default
   * 64 Ki), cut there: a value that starts in the last `overlap` characters is found whole next round.
   */
  overlap?: number;
  redact?: boolean;
}

/**
 * Global, case-insensitive searches for the keywords of the scanner's multi-line (span)
 * detectors, one per span length, each with how far back from a text's end its keywords'
 * windows can reach past it: a PEM key's 16 K characters are searched for `private key`
 * alone, not for the keywords of every span detector (a YAML block's reach is 600).
 */
function spanKeywords(scanner: Scanner): { re: RegExp; reach: number }[] {
  const dets = scanner.detectors.filter((d) => d.span > 0 && d.keywords.length > 0);
  const bySpan = new Map<number, Set<string>>();
  for (const d of dets) for (const k of d.keywords) bySpan.set(d.span, (bySpan.get(d.span) ?? new Set()).add(k));
  // A keyword of several detectors is searched with the longest span (the others' reach is shorter).
  const longest = new Map<string, number>();
  for (const [span, words] of bySpan) for (const k of words) longest.set(k, Math.max(longest.get(k) ?? 0, span));
  const groups = new Map<number, string[]>();
  for (const [k, span] of longest) groups.set(span, [...(groups.get(span) ?? []), k]);
  // A detector's window runs to `span` after the keyword's end: a keyword that starts up to `reach` before the text's end may need more text.
  return [...groups].map(([span, words]) => ({
    re: new RegExp(words.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi'),
    reach: span + Math.max(...words.map((k) => k.length)),
  }));
}

/**
 * Scans a text stream as one text, in rounds of about `chunk` characters: each round scans
 * the incomplete last line of the previous round plus the new input and settles what it found
 * up to the last line start (a finding of a one-line detector lies inside its line). Only a
 * multi-line detector (a PEM block) can run past that cut: when one of its keywords occurs so
 * close to the end that its span reaches past it, the round is cut at the keyword's line
 * instead, and that line is scanned again, with more input, in the next round. So every
 * finding is reported once, whole, with its line and column, as a scan of the whole text
 * reports it; memory stays about `chunk` plus the longest span.
 */
export async function scanStream(input: AsyncIterable<string>, scanner: Scanner, sink: ScanSink, o: ScanStreamOptions = {}): Promise<number> {
  const chunk = o.chunk ?? 60_000;
  const overlap = o.overlap ?? 1 << 16;
  const spans = scanner.spanTail ? [] : spanKeywords(scanner); // searched only for scanners without spanTail
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

  /**
   * `cut`, or the start of an earlier line where a keyword of a multi-line detector starts
   * (`first`: the first, or -1) whose span may reach past the text's end.
   */
  const cutBefore = (first: number, cut: number): number => {
    if (first < 0 || first >= cut) return cut;
    return first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
  };

  /** cutBefore with the first such keyword searched for (scanners without spanTail). */
  const spanCut = (cut: number): number => {
    let first = -1;
    for (const { re, reach } of spans) {
      re.lastIndex = Math.max(0, text.length - reach);
      const m = re.exec(text);
      if (m !== null && (first < 0 || m.index < first)) first = m.index;
    }
    return cutBefore(first, cut);
  };

  const round = async (final: boolean): Promise<void> => {
    let cut = text.length;
    if (!final) {
      cut = text.lastIndexOf('\n') + 1;
      if (cut === 0) {
        if (text.length < 4 * chunk) return; // one long line so far: wait for more
        cut = text.length - overlap; // a huge line: cut inside it (a value across the cut is found whole next round)
      }
      if (!scanner.spanTail) {
        cut = spanCut(cut);
        if (cut === 0) return; // a multi-line value may start in the first line: wait for more
      }
    }
    const found = scanner.scan(text);
    if (!final && scanner.spanTail) {
      // The scan's own pass found the keywords: no second search (it cost ~10 % of a file scan).
      cut = cutBefore(scanner.spanTail(), cut);
      if (cut === 0) return; // as above (the scan is done again, with more text, next round)
    }
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
    if (text.length >= chunk) await round(false);
  }
  await round(true);
  return count;
}
