import { markCompanySignatures } from './business-records';
import { markExampleRecords } from './example-records';
import { dropSealedCiphertext } from './sealed-secrets';
import { CleanTexts } from './clean-texts';
import type { Detector } from './detector';
import { DEFAULT_DETECTORS, DETECTORS_REPORTING_PRIVATE_IPS } from './detectors';
import { echoesOf } from './echoes';
import { splitNameEchoes } from './name-echoes';
import { setEncodedRunScanner } from './detectors/encoded-runs';
import { isLeak } from './is-leak';
import { maskValue } from './mask-value';
import { matchInSlice, type RawMatch } from './match-detector';
import { createPrefilter } from './prefilter';
import { resolveOverlaps } from './resolve-overlaps';
import { WindowList } from './window-list';
import { plainness, PLAIN, QUIET } from './plain-text';
import { unwrapInvisible } from './unwrap-invisible';
import { unwrapText } from './unwrap-text';
import type { Finding } from './types';

/** Scans text for sensitive values and redacts them. */
export interface Scanner {
  readonly detectors: readonly Detector[];
  /** Findings with offsets into `text`: sorted, non-overlapping, masked only. */
  scan(text: string, path?: string): Finding[];
  /** `text` with each finding replaced by `[REDACTED:<detector>]`, and the findings. */
  redact(text: string, path?: string): { text: string; findings: Finding[] };
  /**
   * After scan(text): Prefilter.spans of `text` (each multi-line keyword hit as [window start,
   * reach end], flat, in offsets of `text`), for scanStream's cut. Absent on scanners that do not
   * know them (those that remember clean texts, custom ones).
   */
  spanHits?(): readonly number[];
}

/** An offset of a rewritten text mapped back through `from` (an offset at or past its end keeps its distance past the original's end). */
function mapOffset(from: ArrayLike<number>, at: number, length: number): number {
  return at < from.length ? from[at]! : length + (at - from.length);
}

/** Options for `createScanner`. */
export interface ScannerOptions {
  /** Detectors to use (default: every built-in detector). */
  detectors?: readonly Detector[];
  /**
   * Where texts found clean are remembered so that a repeat is not scanned again (default: a
   * CleanTexts of its own; `false`: scan every text, as benchmarks of the scan itself do).
   */
  cleanTexts?: CleanTexts | false;
  /**
   * Private (10/8, 172.16/12, 192.168/16), loopback, link-local and CGNAT IPv4 addresses:
   * `ignore` (default: they identify no one) or `report` (as info findings). Config `scan.private_ips`.
   */
  privateIps?: 'report' | 'ignore';
}

/** Turns resolved raw matches into findings (masked preview, remediation). */
export function toFindings(text: string, matches: readonly RawMatch[], path: string): Finding[] {
  return matches.map((m) => {
    const d = m.detector;
    const f: Finding = {
      detector: d.id,
      category: d.category,
      severity: m.verdict.severity ?? d.severity,
      confidence: m.verdict.confidence ?? d.confidence,
      path,
      start: m.start,
      end: m.end,
      masked: maskValue(d, text.slice(m.start, m.end)),
      remediation: d.remediation + '.',
    };
    if (m.verdict.test) f.test = true;
    if (m.verdict.public) f.public = true;
    return f;
  });
}

/** Replaces each finding's span by `[REDACTED:<detector>]` (findings sorted, non-overlapping). */
export function applyRedaction(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const f of findings) {
    out += text.slice(pos, f.start) + `[REDACTED:${f.detector}]`;
    pos = f.end;
  }
  return out + text.slice(pos);
}

/**
 * Creates a scanner. The prefilter finds the lines where a detector's keyword or shape
 * occurs; only those detectors run, only on those lines. A text already found clean is not
 * scanned again (see CleanTexts).
 */
export function createScanner(opts: ScannerOptions = {}): Scanner {
  const detectors = opts.detectors ?? (opts.privateIps === 'report' ? DETECTORS_REPORTING_PRIVATE_IPS : DEFAULT_DETECTORS);
  // With the built-in detectors and private addresses ignored, private dotted quads are not even candidates.
  const prefilter = createPrefilter(detectors, { skipPrivateIpv4: !opts.detectors && opts.privateIps !== 'report' });
  const clean = opts.cleanTexts === false ? null : (opts.cleanTexts ?? new CleanTexts());
  const rank = new Map(detectors.map((d, i) => [d, i]));
  let hits: number[] = [];
  /** Every detector the prefilter wakes, on the windows where it wakes them (sets `prefilter.spans`). */
  const list = new WindowList();
  const where: number[] = []; // the current line window's anchors
  const matchAll = (read: string): RawMatch[] => {
    const raw: RawMatch[] = [];
    prefilter.collect(read, list);
    const n = read.length;
    // In windows()'s order: spans, lines, then the whole text.
    for (let k = 0; k < list.spans; k++) {
      const start = list.spanStart[k]!;
      const end = list.spanEnd[k]!;
      matchInSlice(detectors[list.spanId[k]!]!, start === 0 && end === n ? read : read.slice(start, end), start, raw);
    }
    for (let k = 0; k < list.lines; k++) {
      const start = list.lineStart[k]!;
      const end = list.lineEnd[k]!;
      const slice = start === 0 && end === n ? read : read.slice(start, end);
      const anchors = list.anchorsOf(k, where);
      for (let i = list.idFrom[k]!, to = list.idFrom[k + 1]!; i < to; i++) matchInSlice(detectors[list.ids[i]!]!, slice, start, raw, anchors);
    }
    for (const d of list.all) matchInSlice(detectors[d]!, read, 0, raw);
    return raw;
  };
  const scan = (text: string, path = ''): Finding[] => {
    hits = [];
    if (text.length === 0 || clean?.has(text)) return [];
    const original = text;
    const plain = plainness(text); // a short field: the steps its characters rule out are skipped
    if ((plain & PLAIN) === 0) text = foldFullWidth(text);
    // Characters that print as nothing are not read at all (a person reads `512\u200B-48-9173` as an
    // SSN); the detectors read `visible`, and what they find is mapped back over them.
    const inv = (plain & PLAIN) === 0 ? unwrapInvisible(text) : null;
    const visible = inv ? inv.text : text;
    // The detectors read the text as a log pipeline wrapped it and, when something was taken off, as
    // written before (unwrapText): a detector may need either form (a `\n"` closing an Expect line,
    // a syslog tag naming the program), so a wrapped text is read both ways and the findings joined.
    const u = (plain & QUIET) === 0 ? unwrapText(visible) : null;
    let raw = matchAll(visible);
    const nVisible = raw.length; // raw[0, nVisible): found in the text as written; after it: in its unwrapped reading
    hits = prefilter.spans.slice();
    if (u) {
      const unwrapped = matchAll(u.text);
      for (const at of prefilter.spans) hits.push(mapOffset(u.from, at, visible.length));
      for (const m of unwrapped) raw.push({ ...m, start: u.from[m.start]!, end: u.to[Math.max(m.start, m.end - 1)]! });
    }
    if (inv) {
      hits = hits.map((at) => mapOffset(inv.from, at, text.length));
      raw = raw.map((m) => ({ ...m, start: inv.from[m.start]!, end: inv.to[Math.max(m.start, m.end - 1)]! }));
    }
    if (raw.length === 0) {
      clean?.add(original);
      return [];
    }
    // Matches at one start in detector order, those found in the text as written before those of its unwrapped reading:
    // two detectors of one priority on one span are then named as a scan of every detector over each reading names them
    // (the first listed, the text as written first), not by the order the windows found them in. The reading matters:
    // a `%20`-grouped IBAN is `iban-url-encoded` as written and `iban` once a `%3d` elsewhere on the line has the line
    // URL-decoded, both of one priority and mapped back onto one span.
    const byStartThenRank = (a: RawMatch, b: RawMatch): number => a.start - b.start || rank.get(a.detector)! - rank.get(b.detector)!;
    raw = raw.length === nVisible ? raw.sort(byStartThenRank) : mergeByStart(raw.slice(0, nVisible).sort(byStartThenRank), raw.slice(nVisible).sort(byStartThenRank));
    raw = dropSealedCiphertext(text, raw);
    const resolved = markExampleRecords(text, markCompanySignatures(text, resolveOverlaps(raw)));
    // A leaked value quoted again nearby without the context that found it is redacted there too.
    const echoes = echoesOf(text, resolved);
    // Round r78: a name a record splits into first and last name members, written whole elsewhere in the log (name-echoes.ts).
    for (const m of splitNameEchoes(text, resolved)) echoes.push(m);
    return toFindings(text, echoes.length === 0 ? resolved : resolveOverlaps([...resolved, ...echoes]), path);
  };
  return {
    detectors,
    scan,
    redact(text: string, path = '') {
      const findings = scan(text, path);
      return { text: applyRedaction(text, findings), findings };
    },
    // Known only when every text is scanned (a text remembered clean is not run through the prefilter).
    ...(clean === null ? { spanHits: () => hits } : {}),
  };
}

// Encoded runs (base64, hex, escapes) are decoded and scanned with the built-in detectors: each depth its own scanner.
setEncodedRunScanner(() => {
  const scanner = createScanner({ cleanTexts: false });
  return (text) => scanner.scan(text).filter(isLeak).map((f) => f.category);
});

/** `a` and `b` (each sorted by start) merged by start, `a`'s matches first at a start both hold. */
function mergeByStart(a: readonly RawMatch[], b: readonly RawMatch[]): RawMatch[] {
  const out: RawMatch[] = new Array<RawMatch>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Full-width ASCII forms (U+FF01-FF5E) and the ideographic space: one UTF-16 unit each, as their ASCII forms are. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/**
 * `text` with full-width forms read as ASCII (`Ｐａｓｓ１２３` as `Pass123`, `０９０－１２３４` as `090-1234`, the
 * ideographic space as a space), as Japanese, Chinese and Korean forms type them. Each character stays one
 * UTF-16 unit, so every offset into the folded text is the same in `text`; a text without them (a test that
 * fails at once on a Latin-1 string) is returned as it is.
 */
export function foldFullWidth(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A scanner with `base`'s detectors whose scan is `scan` (and whose redact follows from it). */
export function withScan(base: Scanner, scan: Scanner['scan']): Scanner {
  return {
    detectors: base.detectors,
    scan,
    redact(text: string, path = '') {
      const findings = scan(text, path);
      return { text: applyRedaction(text, findings), findings };
    },
  };
}
