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
  const spans = scanner.spanHits ? [] : spanKeywords(scanner); // searched only for scanners without spanHits
  let text = ''; // the current window: absolute offsets [base, base + text.length)
  let base = 0;
  let outPos = 0; // absolute: redacted text written (or findings settled) up to here
  let read = 0;
  // Line cursor: absolute offset and 1-based line number of a line start at or before every future finding.
  let lineNo = 1;
  let lineStart = 0;
  let count = 0;
  let waitFor = 0; // no round runs before the window holds this many characters (see cutBeforeTail)

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

  /** The start of the window's line that holds `at`. */
  const lineAt = (at: number): number => (at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);

  /**
   * `cut`, or the start of an earlier line where a window of a multi-line detector starts whose
   * keyword lies within its reach of the text's end (`hits`: flat [window start, reach end] pairs,
   * Prefilter.spans): its value may run past the text read so far, so it is settled next round.
   * When that is the first line, no round runs until the text reaches past that window (`waitFor`):
   * every round before would end here again, and a scan per piece read would cost the square.
   */
  const cutBeforeTail = (hits: readonly number[], cut: number): number => {
    let c = cut;
    for (let i = 0; i < hits.length; i += 2) if (hits[i]! < c && hits[i + 1]! >= text.length) c = hits[i]!;
    if (c >= cut) return cut;
    cut = lineAt(c);
    if (cut === 0) {
      waitFor = Infinity;
      for (let i = 0; i < hits.length; i += 2) if (hits[i + 1]! >= text.length && lineAt(hits[i]!) === 0) waitFor = Math.min(waitFor, hits[i + 1]! + 1);
    }
    return cut;
  };

  /**
   * Where the next round must start so that it holds the keyword of every value it may find after
   * `cut`: the line of the first window of a multi-line detector that starts before the cut and
   * reaches past it (a CSV header and the rows under it, `BAI2` and its records), else the cut. The
   * text from there to the cut is scanned again as context; what it holds was settled already.
   */
  const contextFrom = (hits: readonly number[], cut: number): number => {
    let c = cut;
    for (let i = 0; i < hits.length; i += 2) if (hits[i]! < c && hits[i + 1]! > cut) c = hits[i]!;
    return c >= cut ? cut : lineAt(c);
  };

  /** The multi-line keywords' hits searched for (scanners without spanHits), as Prefilter.spans lists them. */
  const searchedHits = (): number[] => {
    const out: number[] = [];
    for (const { re, reach } of spans) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index, m.index + reach);
    }
    return out;
  };

  const round = async (final: boolean): Promise<void> => {
    waitFor = 0;
    let cut = text.length;
    if (!final) {
      cut = text.lastIndexOf('\n') + 1;
      if (cut === 0) {
        if (text.length < 4 * chunk) return; // one long line so far: wait for more
        cut = text.length - overlap; // a huge line: cut inside it (a value across the cut is found whole next round)
      }
    }
    const found = scanner.scan(text);
    // The scan's own pass found the multi-line keywords: no second search (it cost ~10 % of a file scan).
    const hits = final ? [] : (scanner.spanHits?.() ?? searchedHits());
    if (!final) {
      cut = cutBeforeTail(hits, cut);
      if (cut === 0) return; // a multi-line value may start in the first line: wait for more
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
    // Keep from the cut, or from the context the next round needs (contextFrom), or from what is
    // already written if a value ran past the cut.
    const keepFrom = Math.min(contextFrom(hits, cut), outPos - base);
    locate(base + keepFrom);
    text = text.slice(keepFrom);
    base += keepFrom;
  };

  for await (const piece of input) {
    text += piece;
    read += piece.length;
    sink.progress?.(read);
    if (text.length >= chunk && text.length >= waitFor) await round(false);
  }
  await round(true);
  return count;
}
