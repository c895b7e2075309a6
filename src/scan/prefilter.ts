import { buildAutomaton } from './aho-corasick';
import type { Detector } from './detector';
import { findShapes, SHAPE } from './find-shapes';

/** One line (or span) of text and the detectors that must run on it. */
export interface ScanWindow {
  start: number;
  end: number;
  detectors: number[];
}

/** Finds, in one pass, the windows where detectors can possibly match. */
export interface Prefilter {
  windows(text: string): ScanWindow[];
}

/**
 * Builds the prefilter: a single pass over the text runs an Aho–Corasick automaton of
 * every detector keyword (case-folded: literal prefixes and context words), and
 * findShapes() locates the character-class shapes of detectors without a literal anchor
 * (digit runs for cards, phones, SSNs and IPs; hex runs for IPv6, MAC and hex keys; `AA00`
 * for IBANs) with a few native regular expressions. A line with no hit runs no detector; a
 * line with hits runs only the detectors they name.
 *
 * Lines are tracked as the loop goes (no per-hit line lookups, no map of lines), and
 * detectors are de-duplicated per line with a stamp array, so a call allocates little
 * beyond its result.
 */
export function createPrefilter(detectors: readonly Detector[]): Prefilter {
  const byKeyword = new Map<string, number[]>();
  const shapeDets: number[][] = Array.from({ length: 8 }, () => []);
  const always: number[] = [];
  detectors.forEach((d, i) => {
    for (const k of d.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
    if (d.shape) shapeDets[Math.log2(SHAPE[d.shape])]!.push(i);
    if (!d.shape && d.keywords.length === 0) always.push(i);
  });
  const { delta, shift, classOf, outputs } = buildAutomaton(byKeyword);
  const outIds: Int32Array[] = outputs.map((o) => Int32Array.from(o ?? []));
  const hasOut = Uint8Array.from(outputs, (o) => (o ? 1 : 0));
  const spanOf = Int32Array.from(detectors, (d) => d.span);
  // Detector ids of every shape mask (in bit order), computed once.
  const shapeIds: Int32Array[] = Array.from({ length: 256 }, (_, mask) => {
    const ids: number[] = [];
    for (let b = 0; b < 8; b++) if (mask & (1 << b)) ids.push(...shapeDets[b]!);
    return Int32Array.from(ids);
  });
  // seen[id] === stamp: detector `id` is already listed for the current line.
  const seen = new Int32Array(detectors.length);
  let stamp = 0;
  const col = classOf;
  // Shape occurrences of the current text (reused: windows() is synchronous).
  const shapePos: number[] = [];
  const shapeBits: number[] = [];

  return {
    windows(text: string): ScanWindow[] {
      const n = text.length;
      // Allocated on the first window: most fields (tags, hosts, titles) have none.
      let spans: ScanWindow[] | null = null;
      let lines: ScanWindow[] | null = null;
      if (stamp > 0x3fffffff) {
        seen.fill(0);
        stamp = 0;
      }
      stamp++;
      let line: ScanWindow | null = null;
      let state = 0;
      let lineStart = 0;
      shapePos.length = 0;
      shapeBits.length = 0;
      findShapes(text, shapePos, shapeBits);
      let si = 0;
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text.charCodeAt(i) : 10;
        // Keywords (Aho–Corasick over the keywords' alphabet, case-folded by classOf).
        if (i < n) {
          state = delta[(state << shift) | (c < 128 ? col[c]! : 0)]!;
          if (hasOut[state] === 1) {
            const ids = outIds[state]!;
            for (let k = 0; k < ids.length; k++) {
              const id = ids[k]!;
              const span = spanOf[id]!;
              if (span > 0) (spans ??= []).push({ start: lineStart, end: Math.min(n, i + span), detectors: [id] });
              else if (seen[id] !== stamp) {
                seen[id] = stamp;
                if (line === null) line = { start: lineStart, end: n, detectors: [id] };
                else line.detectors.push(id);
              }
            }
          }
        }
        if (c !== 10) continue;
        // End of line: add the detectors of the shapes found on it (after the keyword ones).
        let shapes = 0;
        while (si < shapePos.length && shapePos[si]! < i) shapes |= shapeBits[si++]!;
        if (shapes !== 0) {
          const ids = shapeIds[shapes]!;
          for (let k = 0; k < ids.length; k++) {
            const id = ids[k]!;
            if (seen[id] !== stamp) {
              seen[id] = stamp;
              if (line === null) line = { start: lineStart, end: i, detectors: [id] };
              else line.detectors.push(id);
            }
          }
        }
        if (line !== null) {
          line.end = i;
          (lines ??= []).push(line);
          line = null;
        }
        lineStart = i + 1;
        stamp++;
      }
      const out = spans === null ? (lines ?? []) : lines === null ? spans : spans.concat(lines);
      if (always.length > 0 && n > 0) out.push({ start: 0, end: n, detectors: always });
      return out;
    },
  };
}
