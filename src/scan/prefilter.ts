import type { Detector } from './detector';

/** A stretch of text one detector must run on. */
export interface ScanWindow {
  start: number;
  end: number;
  detector: number;
}

/** Finds, in one pass per kind of anchor, the windows where detectors can possibly match. */
export interface Prefilter {
  windows(text: string): ScanWindow[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/**
 * Builds the prefilter: one combined case-insensitive regex over every detector keyword
 * (literal prefixes and context words), and one combined regex of the cheap character
 * shapes of detectors without a literal anchor (cards, phones, IPs, IBANs…). A line with
 * no hit runs no detector at all; a line with hits runs only the detectors they name.
 */
export function createPrefilter(detectors: readonly Detector[]): Prefilter {
  const byKeyword = new Map<string, number[]>();
  const shapeDetectors: number[] = [];
  detectors.forEach((d, i) => {
    for (const k of d.keywords) {
      const list = byKeyword.get(k) ?? [];
      if (!list.includes(i)) list.push(i);
      byKeyword.set(k, list);
    }
    if (d.shape) shapeDetectors.push(i);
  });
  const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
  const keywordRe = keywords.length ? new RegExp(keywords.map(escapeRegExp).join('|'), 'gi') : null;
  const shapeRe = shapeDetectors.length
    ? new RegExp(shapeDetectors.map((i) => `(?:${detectors[i]!.shape!.source})`).join('|'), 'g')
    : null;
  const shapeTests = shapeDetectors.map((i) => new RegExp(detectors[i]!.shape!.source));

  return {
    windows(text: string): ScanWindow[] {
      const lines = new Map<number, { end: number; dets: Set<number> }>();
      const spans: ScanWindow[] = [];
      let lineStart = -1;
      let lineEnd = -1;
      const locate = (idx: number): { end: number; dets: Set<number> } => {
        if (idx >= lineEnd || idx < lineStart) {
          lineStart = text.lastIndexOf('\n', idx - 1) + 1;
          const nl = text.indexOf('\n', idx);
          lineEnd = nl < 0 ? text.length : nl;
        }
        let entry = lines.get(lineStart);
        if (!entry) {
          entry = { end: lineEnd, dets: new Set() };
          lines.set(lineStart, entry);
        }
        return entry;
      };
      if (keywordRe) {
        keywordRe.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = keywordRe.exec(text)) !== null) {
          const ids = byKeyword.get(m[0].toLowerCase());
          keywordRe.lastIndex = m.index + 1;
          if (!ids) continue;
          const entry = locate(m.index);
          for (const id of ids) {
            const span = detectors[id]!.span;
            if (span > 0) spans.push({ start: lineStart, end: Math.min(text.length, m.index + span), detector: id });
            else entry.dets.add(id);
          }
        }
      }
      if (shapeRe) {
        shapeRe.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = shapeRe.exec(text)) !== null) {
          const entry = locate(m.index);
          const line = text.slice(lineStart, lineEnd);
          shapeTests.forEach((t, k) => {
            if (t.test(line)) entry.dets.add(shapeDetectors[k]!);
          });
          shapeRe.lastIndex = lineEnd + 1;
        }
      }
      const out: ScanWindow[] = [];
      for (const [start, { end, dets }] of lines) for (const d of dets) out.push({ start, end, detector: d });
      return out.concat(spans);
    },
  };
}
