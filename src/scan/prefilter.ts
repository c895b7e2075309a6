import type { Detector } from './detector';
import { SHAPE } from './find-shapes';
import { firstOf, literalsOf, type StartFinder } from './match-starts';
import { encodedCardRun } from './encoded-text';
import { keywordTables } from './keyword-tables';
import { extraKeywords, keywordLength } from './prefilter-keywords';
import { openTextPass } from './text-pass';
import { WindowList, type ScanWindow } from './window-list';

/* eslint-disable-next-line no-control-regex -- a negated Latin-1 class, which V8 answers at once on a one-byte string */
const WIDE = /[^\x00-\xff]/;

/** Lines up to this long are searched for a detector's literals themselves (see noStart in createPrefilter). */
const SHORT_LINE = 4096;

export type { ScanWindow } from './window-list';

/** Finds, in one pass, the windows where detectors can possibly match. */
export interface Prefilter {
  windows(text: string): ScanWindow[];
  /** The windows of `text` written into `list` (emptied first), in windows()'s order: spans, lines, then `list.all` on the whole text. */
  collect(text: string, list: WindowList): void;
  /**
   * After windows(text): every hit of a multi-line detector's keyword, as flat pairs [where its
   * windows can start (the keyword, or Detector.spanBack lines before it), the keyword's start plus
   * its reach], in text order. A stream that cuts a piece must cut before every such window that
   * reaches past the cut: its detector's value may lie after the cut while its keyword lies before.
   */
  readonly spans: number[];
}

/**
 * Builds the prefilter: one pass over the text (createTextPass) runs an Aho–Corasick
 * automaton of every detector keyword (case-folded: literal prefixes and context words) and
 * locates the character-class shapes of detectors without a literal anchor (digit runs for
 * cards, phones, SSNs and IPs; hex runs for IPv6, MAC and hex keys; `AA00` for IBANs), as
 * findShapes() defines them. A line with no hit runs no detector; a line with hits runs only
 * the detectors they name.
 *
 * The lines around hits and shapes are found afterwards with indexOf/lastIndexOf, and a text
 * with neither returns at once. Detectors are de-duplicated per line with a stamp array, so a
 * call allocates little beyond its result.
 */
export function createPrefilter(detectors: readonly Detector[], opts: { skipPrivateIpv4?: boolean } = {}): Prefilter {
  const skipPrivateIpv4 = opts.skipPrivateIpv4 === true;
  const shapeDets: number[][] = Array.from({ length: 9 }, () => []);
  const always: number[] = [];
  const alwaysWide: number[] = []; // always, on a text with a character above U+00FF (Detector.wideOnly)
  detectors.forEach((d, i) => {
    if (d.shape) shapeDets[Math.log2(SHAPE[d.shape])]!.push(i);
    if (!d.shape && d.keywords.length === 0) (d.wideOnly ? alwaysWide : always).push(i);
  });
  const nDet = detectors.length;
  const { anchors: anchorWords, tails } = extraKeywords(detectors);
  const anchorLen = Int32Array.from(anchorWords, (a) => a.length);
  const tailBase = nDet + anchorWords.length; // ids of tail keywords: from here on
  const tailLen = Int32Array.from(tails, (t) => keywordLength(t.word)); // a line-start keyword's window starts at the line, not its newline
  const tailReach = Int32Array.from(tails, (t) => t.reach);
  const tailBack = Int32Array.from(tails, (t) => t.back);
  const cardSepBase = tailBase + tails.length; // ids of the encoded card separators (`1%204`): from here on
  const anchored = Uint8Array.from(detectors, (d) => (d.anchors !== null && d.span === 0 ? 1 : 0));
  const { tables, outStart, outIds } = keywordTables(detectors);
  // States whose every keyword is an encoded card separator (`1%204`): their hits are judged before the line walk
  // (see windows), so that the many `%20`s of URL-encoded access logs cost no line of their own.
  const onlyCardSep = new Uint8Array(outStart.length - 1);
  let anyCardSep = false;
  for (let st = 0; st + 1 < outStart.length; st++) {
    let only = outStart[st + 1]! > outStart[st]!;
    for (let k = outStart[st]!; k < outStart[st + 1]!; k++) if (outIds[k]! < cardSepBase) only = false;
    if (only) {
      onlyCardSep[st] = 1;
      anyCardSep = true;
    }
  }
  const pass = openTextPass(tables, { skipPrivateIpv4 });
  const spanOf = Int32Array.from(detectors, (d) => d.span);
  const backOf = Int32Array.from(detectors, (d) => d.spanBack ?? 0);
  const lineStartOf = Int32Array.from(detectors, (d) => d.lineStart ?? 0);
  // Gates of keyword detectors (Detector.needsShape, lineHead, keywordBoundary), checked before a detector is listed.
  const needShapeOf = Int32Array.from(detectors, (d) => (d.needsShape ? SHAPE[d.needsShape] : 0));
  const lineHeadOf = detectors.map((d) => d.lineHead ?? null);
  const boundaryOf = Uint8Array.from(detectors, (d) => (d.keywordBoundary === 'word' ? 1 : d.keywordBoundary === 'digit' ? 2 : 0));
  // Detector ids of every shape mask (in bit order), computed once.
  const shapeIds: Int32Array[] = Array.from({ length: 512 }, (_, mask) => {
    const ids: number[] = [];
    for (let b = 0; b < 9; b++) if (mask & (1 << b)) ids.push(...shapeDets[b]!);
    return Int32Array.from(ids);
  });
  // Detectors whose matches start with a literal (`<`, `?`) or hold one (Detector.needs): a line
  // without one cannot hold a match, so they are not listed for it. Found on the whole text with finders of their own,
  // whose memory of the next literal makes the check cheap (no slice, no search per line).
  const literals: (readonly string[] | null)[] = detectors.map((d) => {
    const lits = literalsOf(d.starts) ?? d.needs;
    return lits === null || lits.length === 0 ? null : lits;
  });
  const literal: (StartFinder | null)[] = literals.map((lits) => (lits === null ? null : firstOf(...lits)));
  // The current line, sliced once for the checks below (a sliced string: no copy).
  let lineOf: string | null = null;
  let lineText = '';
  let lineAt = -1;
  const noStart = (id: number, text: string, start: number, end: number): boolean => {
    const lits = literals[id];
    if (lits === undefined || lits === null) return false;
    // A short line is searched itself: a literal rarer than its keyword (`Am ` of a German street
    // after the keyword `am `) would otherwise be searched for to the end of the text, once for
    // each literal (14 passes over a 50 MB log for that detector alone). A long line (a JSON
    // document on one line) asks the finder, whose memory of the next literal spares searching it again.
    if (end - start <= SHORT_LINE) {
      if (lineAt !== start || lineOf !== text) {
        lineOf = text;
        lineAt = start;
        lineText = text.slice(start, end);
      }
      for (let i = 0; i < lits.length; i++) if (lineText.indexOf(lits[i]!) >= 0) return false;
      return true;
    }
    const at = literal[id]!(text, start);
    return at < 0 || at >= end;
  };
  // seen[id] === stamp: detector `id` is already listed for the current line (or ruled out).
  const seen = new Int32Array(detectors.length);
  let stamp = 0;
  // Each span detector's latest window in the current call (spanAt[id], valid when spanGen[id] === gen).
  const spanAt = new Int32Array(detectors.length);
  const spanGen = new Int32Array(detectors.length);
  let gen = 0;

  const p = {
    spans: [] as number[],
    windows(text: string): ScanWindow[] {
      const list = new WindowList();
      p.collect(text, list);
      return list.toWindows(text.length);
    },
    collect(text: string, list: WindowList): void {
      const n = text.length;
      list.clear();
      if (p.spans.length !== 0) p.spans.length = 0;
      let backLine = -1; // the line whose windows' start `backCount` lines back is `backStart`
      let backCount = 0;
      let backStart = 0;
      pass.run(text);
      const { hitPos, hitState, shapePos, shapeBits } = pass;
      let hits = pass.hits;
      if (anyCardSep) {
        // Encoded card separators that are no card's (`in%2012%20days`, `2025-03-12%2010%3A11`) are dropped here, in place.
        let kept = 0;
        for (let h = 0; h < hits; h++) {
          const state = hitState[h]!;
          if (onlyCardSep[state] === 1 && !encodedCardRun(text, hitPos[h]! - 3)) continue;
          hitPos[kept] = hitPos[h]!;
          hitState[kept++] = state;
        }
        hits = kept;
      }
      const shapes = shapePos.length;
      const all = alwaysWide.length > 0 && WIDE.test(text) ? always.concat(alwaysWide) : always;
      if (n > 0) list.all = all;
      if (hits === 0 && shapes === 0) return;
      if (stamp > 0x3fffffff) {
        seen.fill(0);
        stamp = 0;
      }
      if (gen > 0x3fffffff) {
        spanGen.fill(0);
        gen = 0;
      }
      gen++;
      let h = 0;
      let si = 0;
      // Line by line, only the lines that have a hit or a shape (found with indexOf).
      while (h < hits || si < shapes) {
        const at = h < hits && (si >= shapes || hitPos[h]! <= shapePos[si]!) ? hitPos[h]! : shapePos[si]!;
        const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        let lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = n;
        stamp++;
        const idMark = list.nIds; // the line's detectors: list.ids from here on
        const anchorMark = list.nAnchors; // the line's anchor starts (relative to its start): list.anchors from here on
        let wantAnchors = false;
        let mask = 0; // the line's shapes
        while (si < shapes && shapePos[si]! < lineEnd) mask |= shapeBits[si++]!;
        // Keyword detectors in hit order (gated by the line's shapes: Detector.needsShape), then the shapes' detectors (as a line-by-line pass would).
        for (; h < hits && hitPos[h]! < lineEnd; h++) {
          const state = hitState[h]!;
          for (let k = outStart[state]!, kEnd = outStart[state + 1]!; k < kEnd; k++) {
            const id = outIds[k]!;
            if (id >= nDet) {
              if (id < tailBase) list.pushAnchor(hitPos[h]! + 1 - anchorLen[id - nDet]! - lineStart);
              else if (id >= cardSepBase) {
                // `1%204`: the hit ends at the digit after the separator, whose `%` is 3 before.
                if ((mask & SHAPE.card) === 0 && encodedCardRun(text, hitPos[h]! - 3)) mask |= SHAPE.card;
              } else {
                let start = hitPos[h]! + 1 - tailLen[id - tailBase]!;
                const reachEnd = start + tailReach[id - tailBase]!;
                // A window that starts lines before its keyword (Detector.spanBack): the stream cuts there
                // (walked back from the line's start, once per line and count: a long line full of hits walks once).
                const back = tailBack[id - tailBase]!;
                if (back > 0) {
                  if (backLine !== lineStart || backCount !== back) {
                    backLine = lineStart;
                    backCount = back;
                    backStart = lineStart;
                    for (let b = back; b > 0 && backStart > 0; b--) backStart = text.lastIndexOf('\n', backStart - 2) + 1;
                  }
                  start = backStart;
                }
                p.spans.push(start, reachEnd);
              }
              continue;
            }
            // A keyword that counts only at a line's start (Detector.lineStart): `622` inside a trace id is none.
            const ls = lineStartOf[id]!;
            if (ls > 0 && hitPos[h]! + 1 - ls !== lineStart) continue;
            if (boundaryOf[id] !== 0 && !boundaryOk(detectors[id]!, boundaryOf[id]!, text, hitPos[h]!)) continue;
            const span = spanOf[id]!;
            if (span > 0) {
              // [line start, hit + span]: windows of one detector that overlap are merged, so a
              // text full of its keyword is scanned once, not once per hit.
              const end = Math.min(n, hitPos[h]! + span);
              let from = lineStart;
              for (let b = backOf[id]!; b > 0 && from > 0; b--) from = text.lastIndexOf('\n', from - 2) + 1;
              const last = spanGen[id] === gen ? spanAt[id]! : -1;
              if (last >= 0 && from <= list.spanEnd[last]!) list.spanEnd[last] = Math.max(list.spanEnd[last]!, end);
              else {
                spanAt[id] = list.addSpan(from, end, id);
                spanGen[id] = gen;
              }
            } else if (seen[id] !== stamp) {
              seen[id] = stamp;
              if (needShapeOf[id] !== 0 && (mask & needShapeOf[id]!) === 0) continue;
              const head = lineHeadOf[id];
              if (head !== null && !headAt(head, text, lineStart)) continue;
              if (noStart(id, text, lineStart, lineEnd)) continue;
              if (anchored[id] === 1) wantAnchors = true;
              list.pushId(id);
            }
          }
        }
        if (mask !== 0) {
          const ids = shapeIds[mask]!;
          for (let k = 0; k < ids.length; k++) {
            const id = ids[k]!;
            if (seen[id] !== stamp) {
              seen[id] = stamp;
              if (noStart(id, text, lineStart, lineEnd)) continue;
              if (anchored[id] === 1) wantAnchors = true;
              list.pushId(id);
            }
          }
        }
        if (list.nIds !== idMark) list.endLine(lineStart, lineEnd, wantAnchors, anchorMark);
        else list.nAnchors = anchorMark;
      }
    },
  };
  return p;
}

/** True when the sticky `head` matches at `at` in `text` (Detector.lineHead). */
function headAt(head: RegExp, text: string, at: number): boolean {
  head.lastIndex = at;
  return head.test(text);
}

/**
 * True when a keyword of `d` ending at `last` (the index of its last character) has what
 * Detector.keywordBoundary asks before it: no word character (`kind` 1) or no digit (2). Also
 * true when none of its keywords is found ending there (a case folding the automaton does beyond
 * ASCII): the gate only ever drops hits it has read.
 */
function boundaryOk(d: Detector, kind: number, text: string, last: number): boolean {
  let read = false;
  const keywords = d.keywords;
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i]!;
    const s = last + 1 - k.length;
    if (s < 0 || !foldedAt(text, s, k)) continue;
    read = true;
    if (s === 0) return true;
    const c = text.charCodeAt(s - 1);
    const digit = c >= 48 && c <= 57;
    if (kind === 2 ? !digit : !(digit || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return true;
  }
  return !read;
}

/** True when `text` holds the lowercase keyword `k` at `s`, ASCII letters compared without case. */
function foldedAt(text: string, s: number, k: string): boolean {
  for (let j = 0; j < k.length; j++) {
    const c = text.charCodeAt(s + j);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== k.charCodeAt(j)) return false;
  }
  return true;
}
