import { buildAutomaton } from './aho-corasick';
import type { Detector, ShapeId } from './detector';

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

const SHAPE_BITS: Readonly<Record<ShapeId, number>> = { card: 1, ssn: 2, phone: 4, ipv4: 8, ipv6: 16, mac: 32, hex32: 64, iban: 128 };
const DIGIT = 1, RUNSEP = 2, HEXCH = 4, LOWHEX = 8, UPPER = 16, COLON = 32;
const CLS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = DIGIT | HEXCH | LOWHEX;
  for (let c = 97; c <= 102; c++) t[c] = HEXCH | LOWHEX;
  for (let c = 65; c <= 90; c++) t[c] = UPPER | (c <= 70 ? HEXCH : 0);
  for (const ch of ' -.()+') t[ch.charCodeAt(0)] |= RUNSEP;
  t[58] = COLON;
  return t;
})();

/**
 * Builds the prefilter: a single pass over the text runs an Aho–Corasick automaton of
 * every detector keyword (lowercased: literal prefixes and context words) and tracks
 * cheap character-class shapes for detectors without a literal anchor (digit runs for
 * cards, phones, SSNs and IPs; hex runs for IPv6, MAC and hex keys; `AA00` for IBANs).
 * A line with no hit runs no detector; a line with hits runs only the detectors they name.
 *
 * The keyword automaton and the shape tracking share one charCode loop, lines are tracked
 * as the loop goes (no per-hit line lookups, no map of lines), and detectors are
 * de-duplicated per line with a stamp array, so a call allocates little beyond its result.
 */
export function createPrefilter(detectors: readonly Detector[]): Prefilter {
  const byKeyword = new Map<string, number[]>();
  const shapeDets: number[][] = Array.from({ length: 8 }, () => []);
  const always: number[] = [];
  detectors.forEach((d, i) => {
    for (const k of d.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
    if (d.shape) shapeDets[Math.log2(SHAPE_BITS[d.shape])]!.push(i);
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
  const cl = CLS;
  const col = classOf;

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
      let lineStart = 0, shapes = 0, active = 0;
      let rDigits = 0, rGroup = 0, rDash = 0, rDot = 0, rSpace = 0, rParen = 0, rPlus = 0, pend = 0, card = 0;
      let hColons = 0, hDashes = 0, lowHex = 0, hist = 0;
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text.charCodeAt(i) : 10;
        // Keywords (Aho–Corasick, lowercased on the fly).
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
        // Character-class shapes: digit runs (cards, SSNs, phones, IPv4), hex runs
        // (IPv6, MAC, 32-hex keys) and `AA00` (IBAN).
        const cls = c < 128 ? cl[c]! : 0;
        if (cls === 0 && active === 0 && c !== 10) continue;
        let endDigits = false;
        let endHex = false;
        if (cls === 0) {
          endDigits = endHex = true;
          hist = 0;
        } else {
          active = 1;
          if (cls & DIGIT) {
            if (pend !== 0) {
              if (rDigits > 0) {
                if (pend === 45) rDash++;
                else if (pend === 46) rDot++;
                else if (pend === 32) rSpace++;
              }
              pend = 0;
            }
            rDigits++;
            rGroup++;
          } else {
            if (rGroup === 15 || rGroup === 16) card = 1;
            rGroup = 0;
            if (cls & RUNSEP) {
              if (c === 43) rPlus = 1;
              else if (c === 40 || c === 41) rParen++;
              pend = c;
            } else endDigits = true;
          }
          if (cls & HEXCH) {
            if (cls & LOWHEX) lowHex++;
            else {
              if (lowHex === 32) shapes |= 64;
              lowHex = 0;
            }
          } else if (c === 58 || c === 45) {
            if (c === 58) hColons++;
            else hDashes++;
            if (lowHex === 32) shapes |= 64;
            lowHex = 0;
          } else endHex = true;
          hist = ((hist << 2) | (cls & UPPER ? 1 : cls & DIGIT ? 2 : 0)) & 0xff;
          if (hist === 90) shapes |= 128;
        }
        if (endDigits) {
          if (rGroup === 15 || rGroup === 16) card = 1;
          if (rDigits >= 4) {
            if (card === 1 || (rDigits >= 13 && rDash + rSpace >= 2)) shapes |= 1;
            if (rDash >= 2 && (rDigits === 9 || (rSpace > 0 && rDigits >= 9))) shapes |= 2;
            if ((rPlus === 1 && rDigits >= 8) || (rDigits >= 10 && (rDash >= 2 || rDot >= 2 || rParen > 0 || rSpace >= 2))) shapes |= 4;
            if (rDot >= 3) shapes |= 8;
          }
          rDigits = rGroup = rDash = rDot = rSpace = rParen = pend = rPlus = card = 0;
        }
        if (endHex) {
          if (hColons >= 3) shapes |= 16;
          if (hColons >= 5 || hDashes >= 5) shapes |= 32;
          if (lowHex === 32) shapes |= 64;
          hColons = hDashes = lowHex = 0;
        }
        if (cls === 0) active = 0;
        if (c === 10) {
          // End of line: add the shape detectors (after the keyword ones), emit the window.
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
            shapes = 0;
          }
          if (line !== null) {
            line.end = i;
            (lines ??= []).push(line);
            line = null;
          }
          lineStart = i + 1;
          stamp++;
        }
      }
      const out = spans === null ? (lines ?? []) : lines === null ? spans : spans.concat(lines);
      if (always.length > 0 && n > 0) out.push({ start: 0, end: n, detectors: always });
      return out;
    },
  };
}
