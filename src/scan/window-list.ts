/** One line (or span) of text and the detectors that must run on it. */
export interface ScanWindow {
  start: number;
  end: number;
  detectors: number[];
  /**
   * Where the anchors (Detector.anchors) of the detectors listed start in the window, ascending,
   * relative to `start`: set on a line window that lists a detector with anchors.
   */
  anchors?: number[];
}

/**
 * The prefilter's windows, flat: typed arrays reused from one text to the next, so that a scan of
 * a log with tens of thousands of lines with keywords allocates no object and no array per window
 * (a ScanWindow and its detector list were most of a scan's allocations, and so of its garbage
 * collection). Prefilter.windows() turns a list into ScanWindow objects; the scanner reads it as it is.
 */
export class WindowList {
  /** Span windows (one detector each, Detector.span): [spanStart[k], spanEnd[k]) runs detector spanId[k]. */
  spans = 0;
  spanStart = new Int32Array(64);
  spanEnd = new Int32Array(64);
  spanId = new Int32Array(64);
  /** Line windows: [lineStart[k], lineEnd[k]) runs detectors ids[idFrom[k], idFrom[k + 1]). */
  lines = 0;
  lineStart = new Int32Array(256);
  lineEnd = new Int32Array(256);
  idFrom = new Int32Array(257);
  /** Line k's anchor starts (relative to its start, ascending): anchors[anchorFrom[k], anchorTo[k]); anchorFrom[k] < 0 for none. */
  anchorFrom = new Int32Array(256);
  anchorTo = new Int32Array(256);
  ids = new Int32Array(1024);
  nIds = 0;
  anchors = new Int32Array(256);
  nAnchors = 0;
  /** Detectors that run on the whole text (after the windows above), or an empty list. */
  all: readonly number[] = [];

  /** Empties the list for a new text. */
  clear(): void {
    // A huge text grew the arrays: do not keep megabytes for the next, small one (as TextPass does with its hits).
    if (this.ids.length > 65536 || this.lineStart.length > 16384 || this.spanStart.length > 16384 || this.anchors.length > 16384) {
      Object.assign(this, new WindowList());
    }
    this.spans = 0;
    this.lines = 0;
    this.nIds = 0;
    this.nAnchors = 0;
    this.idFrom[0] = 0;
    this.all = [];
  }

  /** Adds a span window; returns its index. */
  addSpan(start: number, end: number, id: number): number {
    const k = this.spans;
    if (k === this.spanStart.length) {
      this.spanStart = grown(this.spanStart, 2 * k);
      this.spanEnd = grown(this.spanEnd, 2 * k);
      this.spanId = grown(this.spanId, 2 * k);
    }
    this.spanStart[k] = start;
    this.spanEnd[k] = end;
    this.spanId[k] = id;
    this.spans = k + 1;
    return k;
  }

  /** Appends detector `id` to the line being built (closed by endLine). */
  pushId(id: number): void {
    if (this.nIds === this.ids.length) this.ids = grown(this.ids, 2 * this.nIds);
    this.ids[this.nIds++] = id;
  }

  /** Appends an anchor start to the line being built. */
  pushAnchor(at: number): void {
    if (this.nAnchors === this.anchors.length) this.anchors = grown(this.anchors, 2 * this.nAnchors);
    this.anchors[this.nAnchors++] = at;
  }

  /**
   * Closes the line [start, end) whose detectors were pushed since the last line closed, with the
   * anchors pushed from `anchorMark` on when `withAnchors` (sorted), else none (and those dropped).
   */
  endLine(start: number, end: number, withAnchors: boolean, anchorMark: number): void {
    const k = this.lines;
    if (k === this.lineStart.length) {
      this.lineStart = grown(this.lineStart, 2 * k);
      this.lineEnd = grown(this.lineEnd, 2 * k);
      this.anchorFrom = grown(this.anchorFrom, 2 * k);
      this.anchorTo = grown(this.anchorTo, 2 * k);
      this.idFrom = grown(this.idFrom, 2 * k + 1);
    }
    this.lineStart[k] = start;
    this.lineEnd[k] = end;
    this.idFrom[k + 1] = this.nIds;
    if (withAnchors) {
      const a = this.anchors;
      let sorted = true;
      for (let i = anchorMark + 1; i < this.nAnchors && sorted; i++) if (a[i]! < a[i - 1]!) sorted = false;
      if (!sorted) a.subarray(anchorMark, this.nAnchors).sort();
      this.anchorFrom[k] = anchorMark;
      this.anchorTo[k] = this.nAnchors;
    } else {
      this.anchorFrom[k] = -1;
      this.nAnchors = anchorMark;
    }
    this.lines = k + 1;
  }

  /** The list as ScanWindow objects (of a text `n` long): spans, lines, then the whole-text window. */
  toWindows(n: number): ScanWindow[] {
    const out: ScanWindow[] = [];
    for (let k = 0; k < this.spans; k++) out.push({ start: this.spanStart[k]!, end: this.spanEnd[k]!, detectors: [this.spanId[k]!] });
    for (let k = 0; k < this.lines; k++) {
      const w: ScanWindow = { start: this.lineStart[k]!, end: this.lineEnd[k]!, detectors: Array.from(this.ids.subarray(this.idFrom[k]!, this.idFrom[k + 1]!)) };
      const anchors = this.anchorsOf(k, []);
      if (anchors !== undefined) w.anchors = anchors;
      out.push(w);
    }
    if (this.all.length > 0) out.push({ start: 0, end: n, detectors: this.all.slice() });
    return out;
  }

  /** Line k's anchors copied into `into` (its length set), or undefined when the line has none. */
  anchorsOf(k: number, into: number[]): number[] | undefined {
    const from = this.anchorFrom[k]!;
    if (from < 0) return undefined;
    const to = this.anchorTo[k]!;
    into.length = 0;
    for (let i = from; i < to; i++) into.push(this.anchors[i]!);
    return into;
  }
}

/** A copy of `a`, `size` long. */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(size, 16));
  b.set(a);
  return b;
}
