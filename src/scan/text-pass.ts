import type { Automaton } from './aho-corasick';
import { digitRunShapes, hexRunShapes, isPrivateQuad, isTwilioPrefix, SHAPE } from './find-shapes';
import { passTables, type PassTables } from './text-pass-tables';
import { instantiateTextPass } from './wasm/text-pass-module';

/** What one pass over a text found: keyword ends (with the automaton state there) and shapes (ascending). */
export interface TextPass {
  /** Runs the pass over `text`; the fields below then describe it (until the next run). */
  run(text: string): void;
  /** Number of keyword hits; `hitPos[i]` is where hit i's keyword ends (inclusive), `hitState[i]` the automaton state. */
  hits: number;
  hitPos: Int32Array;
  hitState: Int32Array;
  /** Shape positions (ascending) and their SHAPE bits: what findShapes() finds. */
  shapePos: number[];
  shapeBits: number[];
}

/**
 * One pass over a text that does the prefilter's two jobs at once: it runs the keyword
 * automaton and tracks the runs findShapes() looks for (digit runs, hex runs with `:`/`-`,
 * 32 lowercase hex characters, two capitals then two digits) with three small automata, so
 * that the text is read once instead of once per shape.
 *
 * The per-character loop is WebAssembly (src/scan/wasm/text-pass.wat): in JavaScript it cost
 * a third of a file scan's CPU, and wasm runs it about twice as fast. The text is copied into
 * the module's memory in segments of at most SEG code units (so memory stays bounded however
 * long the text); the automata states carry over from one segment to the next. The loop
 * records keyword hits and the ends of runs that could hold a shape (see text-pass-tables.ts);
 * JavaScript classifies those few runs with findShapes()'s own functions, so the result equals
 * findShapes()'s (tests compare them, and the hits with a naive search).
 */
export function createTextPass(a: Automaton, opts: { skipPrivateIpv4?: boolean } = {}): TextPass {
  return openTextPass(passTables(a), opts);
}

/** createTextPass with the automaton's pass tables at hand (built by passTables, or read back: see keyword-tables.ts). */
export function openTextPass(t: PassTables, opts: { skipPrivateIpv4?: boolean } = {}): TextPass {
  const w = instantiateTextPass();
  const mapAt = w.DELTA + t.delta.byteLength; // the renumbering, right after the transitions
  const need = mapAt + t.renumbered.byteLength;
  const have = w.memory.buffer.byteLength;
  if (need > have) w.memory.grow(Math.ceil((need - have) / 65536));
  // The memory does not grow after this: these views stay valid.
  const mem = w.memory.buffer;
  const i32 = new Int32Array(mem);
  const bytes = Buffer.from(mem);
  new Uint32Array(mem, w.COL, 128).set(t.col);
  new Uint16Array(mem, w.RUNS, t.runs.length).set(t.runs);
  new Uint16Array(mem, w.HEXES, t.hexes.length).set(t.hexes);
  new Uint16Array(mem, w.LHEXES, t.lowerHexes.length).set(t.lowerHexes);
  new Uint32Array(mem, w.DELTA, t.delta.length).set(t.delta);
  new Int32Array(mem, mapAt, t.renumbered.length).set(t.renumbered);
  w.remap(w.DELTA, t.delta.length, mapAt);
  const { TEXT, SEG, HITS, EVENTS } = w;
  const rowBytes = 4 * t.columns; // a state's byte offset / rowBytes: its number
  const { firstOut, orig } = t;
  // The text segment as code units, where run2's halves are split (after a newline).
  const u16 = new Uint16Array(mem, TEXT, SEG);
  // A newline ends every run (it is of none) and takes the keyword automaton to one state from any
  // (t.lineRoot, the root unless line-start keywords begin with it): a half after a newline starts
  // there with no run open, as the single pass would be there. Every text starts there too.
  const { lineRoot } = t;
  const splits = t.col[10]! >>> 17 === 0 && lineRoot >= 0;
  const start = lineRoot >= 0 ? lineRoot : t.root;
  const out: Shapes = { pos: [], ranks: [], bits: [], skipPrivateIpv4: opts.skipPrivateIpv4 === true };
  let hits = 0; // of the current run
  /** Appends the `got` hits the module wrote at `i32[at…]` to hitPos/hitState (grown as needed). */
  const take = (at: number, got: number): void => {
    if (hits + got > p.hitPos.length) {
      let size = p.hitPos.length * 2;
      while (size < hits + got) size *= 2;
      p.hitPos = grow(p.hitPos, size);
      p.hitState = grow(p.hitState, size);
    }
    const { hitPos, hitState } = p;
    for (let k = 0; k < got; k++, at += 2) {
      hitPos[hits] = i32[at]!;
      hitState[hits++] = orig[(i32[at + 1]! / rowBytes) | 0]!;
    }
  };
  const p: TextPass = {
    hits: 0,
    hitPos: new Int32Array(256),
    hitState: new Int32Array(256),
    shapePos: out.pos,
    shapeBits: out.bits,
    run(text: string): void {
      const n = text.length;
      // Setting an array's length is a runtime call even when it is 0 already (most texts of an alert have no shape).
      if (out.pos.length !== 0) {
        out.pos.length = 0;
        out.bits.length = 0;
        out.ranks.length = 0;
      }
      if (p.hitPos.length > 4096) {
        // A huge text with many hits grew these: do not keep megabytes for the next, small one.
        p.hitPos = new Int32Array(256);
        p.hitState = new Int32Array(256);
      }
      hits = 0;
      w.reset(start);
      for (let from = 0; from < n; from += SEG) {
        const to = Math.min(n, from + SEG);
        if (to - from <= SHORT_WRITE && LITTLE_ENDIAN) for (let i = from; i < to; i++) u16[i - from] = text.charCodeAt(i);
        else bytes.write(from === 0 && to === n ? text : text.substring(from, to), TEXT, 'utf16le');
        const mid = splits ? newlineAfter(u16, (to - from) >> 1, to - from) : -1;
        if (mid < 0) {
          w.run(TEXT - 2 * from, TEXT, TEXT + 2 * (to - from), firstOut);
          // Hits of this segment (at most SEG: the module's buffer holds them all).
          take(HITS >> 2, i32[0]!);
          classify(out, text, i32, EVENTS >> 2, i32[1]!);
        } else {
          // Two halves at once, the second from the code unit after a newline (see run2 in text-pass.wat).
          const half = 2 * mid; // bytes
          w.run2(TEXT - 2 * from, TEXT, TEXT + half, TEXT + 2 * (to - from), firstOut, lineRoot);
          take(HITS >> 2, i32[0]!);
          classify(out, text, i32, EVENTS >> 2, i32[1]!);
          take((HITS + 4 * half) >> 2, i32[2]!);
          classify(out, text, i32, (EVENTS + 4 * half + 64) >> 2, i32[3]!);
        }
      }
      // The end of the text ends every run: one more code unit, of no column and no flag
      // (0xffff), ends them at position n (its hit, if the root reports one, is not a hit).
      bytes.writeUInt16LE(0xffff, TEXT);
      w.run(TEXT - 2 * n, TEXT, TEXT + 2, firstOut);
      classify(out, text, i32, EVENTS >> 2, i32[1]!);
      p.hits = hits;
      sortShapes(out.pos, out.ranks, out.bits);
    },
  };
  // Every branch of the JavaScript side taken once before V8 optimizes it (a branch first taken
  // in optimized code deoptimizes it, and a long text then runs unoptimized for a while).
  p.run(warmUpText(t.word));
  p.run('');
  return p;
}

/**
 * A text that takes every branch of the pass's loop: a keyword (`word`) 600 times, so the hit
 * arrays grow, each shape, and a digit run at the very end.
 */
function warmUpText(word: string): string {
  const hex = '0123456789abcdef';
  return `${`${word} `.repeat(600)}\nSK${hex}${hex} DE89370400440532013000 +1 415 555 2671 8.8.8.8 10.1.2.3 4111 1111 1111 1111 fe80::1:2:3 00-1a-2b-3c-4d-5e 123-45-6789 ${word} x4111 1111 1111 1111_fe80::1:2:3_SK${hex}${hex}=AB12_ +1234 5678`; // runs ended by characters of no run, then one that tests every condition
}

/**
 * Where a segment of `len` code units (in `u16`) is split for run2: after the first newline at or
 * after `from` (its middle), within SPLIT_LOOK code units; -1 for none, or a segment too short to split.
 */
function newlineAfter(u16: Uint16Array, from: number, len: number): number {
  if (len < 2 * SPLIT_MIN) return -1;
  const stop = Math.min(len - SPLIT_MIN, from + SPLIT_LOOK);
  for (let i = from; i < stop; i++) if (u16[i] === 10) return i + 1;
  return -1;
}

/** Texts up to this long are copied into the module's memory code unit by code unit (Buffer.write costs ~100 ns a call). */
const SHORT_WRITE = 64;
/** Uint16Array writes as the wasm module reads (little-endian), as on every platform V8's wasm runs on but s390x and ppc64. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Segments shorter than twice this are run whole; a split looks this far for a newline. */
const SPLIT_MIN = 1024;
const SPLIT_LOOK = 4096;

/** Shapes found so far as (position, rank, bits): rank orders shapes at one position as findShapes's passes do. */
interface Shapes {
  pos: number[];
  ranks: number[];
  bits: number[];
  skipPrivateIpv4: boolean;
}

function add(out: Shapes, at: number, rank: number, b: number): void {
  out.pos.push(at);
  out.ranks.push(rank);
  out.bits.push(b);
}

/** 1 for the characters of a digit run (digits and ` -.()+`), 2 for those of a hex run (hex digits, `:`, `-`), 3 for both. */
const RUNS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of '0123456789 -.()+') t[ch.charCodeAt(0)]! |= 1;
  for (const ch of '0123456789abcdefABCDEF:-') t[ch.charCodeAt(0)]! |= 2;
  return t;
})();

/** Where the run of `kind` (RUNS bits) that ends at `i` starts. */
function runStart(text: string, i: number, kind: number): number {
  let s = i;
  // No read before the text's start (an out-of-bounds read deoptimizes this, often called, function).
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c >= 128 || (RUNS[c]! & kind) === 0) break;
    s--;
  }
  return s;
}

/**
 * Classifies the runs the wasm loop recorded (`count` events at `i32[at…]`: the position `i`
 * where a run ends, then its kind << 30) and adds their shapes. The loop already checked what
 * each kind needs (see text-pass.wat): only the branchy checks are left here.
 */
function classify(out: Shapes, text: string, i32: Int32Array, at: number, count: number): void {
  for (let k = 0; k < count; k++, at += 2) {
    const i = i32[at]!;
    const kind = i32[at + 1]! >>> 30;
    if (kind === 0) {
      // A digit run that can hold a shape (its length is found here, where runs are rare).
      const s = runStart(text, i, 1);
      // Private quads first: most of a log's runs are upstream addresses (10.x, 172.16-31.x), and
      // a private quad always has the IPv4 shape, so it needs no digitRunShapes(); any other run
      // fails isPrivateQuad() within a few characters.
      if (out.skipPrivateIpv4 && isPrivateQuad(text, s, i)) continue;
      const b = digitRunShapes(text, s, i);
      if (b !== 0) add(out, s, 0, b);
    } else if (kind === 1) {
      // A hex run with 3+ `:`/`-`.
      const s = runStart(text, i, 2);
      const b = hexRunShapes(text, s, i);
      if (b !== 0) add(out, s, 1, b);
    } else if (kind === 2) {
      // Exactly 32 lowercase hex characters: only after `SK` or `AC` (Twilio SIDs, the shape's only users).
      if (i >= 34 && isTwilioPrefix(text.charCodeAt(i - 34), text.charCodeAt(i - 33))) add(out, i - 32, 2, SHAPE.hex32);
    } else {
      // Two capitals, then two digits: `i` is the first digit.
      const c = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 48 && c <= 57) add(out, i - 2, 3, SHAPE.iban);
    }
  }
}

/** Sorts the shapes by position, then rank (what findShapes's stable sort of its passes gives). */
function sortShapes(pos: number[], ranks: number[], bits: number[]): void {
  const key = (k: number): number => pos[k]! * 4 + ranks[k]!;
  let sorted = true;
  for (let k = 1; k < pos.length && sorted; k++) if (key(k) < key(k - 1)) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: pos.length }, (_, k) => k).sort((x, y) => key(x) - key(y));
  const ps = order.map((k) => pos[k]!);
  const bs = order.map((k) => bits[k]!);
  for (let k = 0; k < order.length; k++) {
    pos[k] = ps[k]!;
    bits[k] = bs[k]!;
  }
}

/** A copy of `a`, `size` long. */
function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
