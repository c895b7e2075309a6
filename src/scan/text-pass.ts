import type { Automaton } from './aho-corasick';
import { digitRunShapes, hexRunShapes, isPrivateQuad, isTwilioPrefix, SHAPE } from './find-shapes';

// Character flags, above the automaton column (low byte) in the pass's table.
const RUN = 1 << 8; // a digit-run character: 0-9 and ` -.()+`
const DIGIT = 1 << 9;
const HEXRUN = 1 << 10; // a hex-run character: 0-9, a-f, A-F, `:` and `-`
const HEXSEP = 1 << 11; // `:` and `-`
const LHEX = 1 << 12; // 0-9 and a-f
const UPPER = 1 << 13; // A-Z
const DOT = 1 << 14;
const PLUS = 1 << 15;
/** Every flag above (a character with none ends every run). */
const FLAGS = 0xff00;

/** The flags of one ASCII character. */
function flagsOf(c: number): number {
  const digit = c >= 48 && c <= 57;
  const lower = c >= 97 && c <= 102;
  const upper = c >= 65 && c <= 90;
  let f = 0;
  if (digit || c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43) f |= RUN;
  if (digit) f |= DIGIT | LHEX | HEXRUN;
  if (lower) f |= LHEX | HEXRUN;
  if (upper) f |= UPPER | (c <= 70 ? HEXRUN : 0);
  if (c === 58 || c === 45) f |= HEXRUN | HEXSEP;
  if (c === 46) f |= DOT;
  if (c === 43) f |= PLUS;
  return f;
}

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
 * 32 lowercase hex characters, two capitals then two digits) with a few counters, so that the
 * text is read once instead of once per shape. A run is classified only when it ends and
 * could hold a shape (4+ digits in 7+ characters, 3+ separators, exactly 32 hex characters):
 * the result equals findShapes()'s (a test compares them).
 */
export function createTextPass(a: Automaton, opts: { skipPrivateIpv4?: boolean } = {}): TextPass {
  const { delta, shift } = a;
  const hasOut = Uint8Array.from(a.outputs, (o) => (o ? 1 : 0));
  const col = new Uint16Array(0x10000);
  for (let c = 0; c < 128; c++) col[c] = a.classOf[c]! | flagsOf(c);
  const out: Shapes = { pos: [], ranks: [], bits: [], col, skipPrivateIpv4: opts.skipPrivateIpv4 === true };
  const p: TextPass = {
    hits: 0,
    hitPos: new Int32Array(256),
    hitState: new Int32Array(256),
    shapePos: out.pos,
    shapeBits: out.bits,
    run(text: string): void {
      const n = text.length;
      const { pos, bits, ranks } = out;
      pos.length = 0;
      bits.length = 0;
      ranks.length = 0;
      if (p.hitPos.length > 4096) {
        // A huge text with many hits grew these: do not keep megabytes for the next, small one.
        p.hitPos = new Int32Array(256);
        p.hitState = new Int32Array(256);
      }
      let hitPos = p.hitPos;
      let hitState = p.hitState;
      let hits = 0;
      let state = 0;
      let runLen = 0; // digit run ending before i: its length and digits
      let runDigits = 0;
      let runDots = 0;
      let runPlus = 0;
      let hexLen = 0; // hex run ending before i: its length and separators
      let hexSeps = 0;
      let lhexLen = 0; // [0-9a-f] run ending before i
      let up = 0; // capitals right before i
      for (let i = 0; i < n; i++) {
        const v = col[text.charCodeAt(i)]!;
        state = delta[(state << shift) | (v & 0xff)]!;
        if (hasOut[state] === 1) {
          if (hits === hitPos.length) {
            hitPos = grow(hitPos);
            hitState = grow(hitState);
          }
          hitPos[hits] = i;
          hitState[hits++] = state;
        }
        if ((v & FLAGS) === 0) {
          // A character of no run (most letters, `"`, `=`, `/`, `,`): it ends every run, as the
          // branches below would, in one test instead of four.
          if (runLen !== 0) {
            if (runLen >= 7 && runDigits >= 4 && (runDigits >= 9 || runDots >= 3 || (runPlus !== 0 && runDigits >= 8))) ends(out, text, i, RUN_END, runLen, runDigits, 0, 0, 0, 0);
            runLen = 0;
            runDigits = 0;
            runDots = 0;
            runPlus = 0;
          }
          if (hexLen !== 0) {
            if (hexSeps >= 3) ends(out, text, i, HEX_END, 0, 0, hexLen, hexSeps, 0, 0);
            hexLen = 0;
            hexSeps = 0;
          }
          if (lhexLen !== 0) {
            if (lhexLen === 32) ends(out, text, i, LHEX_END, 0, 0, 0, 0, lhexLen, 0);
            lhexLen = 0;
          }
          up = 0; // no digit follows the capitals: no IBAN
          continue;
        }
        // Each counter grows while its run goes on; when the run ends with a possible shape in
        // it (7+ characters with 4+ digits, 3+ separators, exactly 32 hex characters, a digit
        // after 2+ capitals), ends() classifies it.
        if ((v & RUN) !== 0) {
          runLen++;
          if ((v & DIGIT) !== 0) runDigits++;
          else if ((v & DOT) !== 0) runDots++;
          else if ((v & PLUS) !== 0) runPlus = 1;
        } else if (runLen !== 0) {
          // What any digit-run shape needs (see digitRunShapes): 9+ digits (card, SSN, phone),
          // `+` and 8+ (phone), or 3 dots (IPv4): timestamps and sizes are not classified.
          if (runLen >= 7 && runDigits >= 4 && (runDigits >= 9 || runDots >= 3 || (runPlus !== 0 && runDigits >= 8))) ends(out, text, i, RUN_END, runLen, runDigits, 0, 0, 0, 0);
          runLen = 0;
          runDigits = 0;
          runDots = 0;
          runPlus = 0;
        }
        if ((v & HEXRUN) !== 0) {
          hexLen++;
          if ((v & HEXSEP) !== 0) hexSeps++;
        } else if (hexLen !== 0) {
          if (hexSeps >= 3) ends(out, text, i, HEX_END, 0, 0, hexLen, hexSeps, 0, 0);
          hexLen = 0;
          hexSeps = 0;
        }
        if ((v & LHEX) !== 0) lhexLen++;
        else if (lhexLen !== 0) {
          if (lhexLen === 32) ends(out, text, i, LHEX_END, 0, 0, 0, 0, lhexLen, 0);
          lhexLen = 0;
        }
        if ((v & UPPER) !== 0) up++;
        else if (up !== 0) {
          if (up >= 2 && (v & DIGIT) !== 0) ends(out, text, i, IBAN_AT, 0, 0, 0, 0, 0, up);
          up = 0;
        }
      }
      // The end of the text ends every run.
      const digitRun = runDigits >= 9 || runDots >= 3 || (runPlus !== 0 && runDigits >= 8);
      ends(out, text, n, (digitRun ? RUN_END : 0) | HEX_END | LHEX_END, runLen, runDigits, hexLen, hexSeps, lhexLen, 0);
      p.hitPos = hitPos;
      p.hitState = hitState;
      p.hits = hits;
      sortShapes(pos, ranks, bits);
    },
  };
  // Every branch of the loop taken once before V8 optimizes it: a branch first taken in
  // optimized code (the first IBAN, the first array growth) deoptimizes the loop, and a long
  // text then runs unoptimized for a while (measured: half the time of a 50 MB file scan).
  p.run(warmUpText(a));
  p.run('');
  return p;
}

/**
 * A text that takes every branch of the pass's loop: a keyword (any: the shortest path from
 * the automaton's root to a state that reports one) 600 times, so the hit arrays grow, each
 * shape, and a digit run at the very end.
 */
function warmUpText(a: Automaton): string {
  const charOf: string[] = [];
  for (let c = 127; c >= 0; c--) if (a.classOf[c]! !== 0) charOf[a.classOf[c]!] = String.fromCharCode(c);
  const cols = 1 << a.shift;
  const from = new Map<number, [number, string]>([[0, [-1, '']]]);
  const queue = [0];
  let word = '';
  for (let q = 0; q < queue.length && word === ''; q++) {
    const s = queue[q]!;
    for (let c = 1; c < cols && word === ''; c++) {
      const t = a.delta[(s << a.shift) | c]!;
      if (from.has(t) || charOf[c] === undefined) continue;
      from.set(t, [s, charOf[c]!]);
      if (a.outputs[t]) for (let x = t; x !== 0; x = from.get(x)![0]) word = from.get(x)![1] + word;
      else queue.push(t);
    }
  }
  const hex = '0123456789abcdef';
  return `${`${word} `.repeat(600)}\nSK${hex}${hex} DE89370400440532013000 +1 415 555 2671 8.8.8.8 10.1.2.3 4111 1111 1111 1111 fe80::1:2:3 00-1a-2b-3c-4d-5e 123-45-6789 ${word} x4111 1111 1111 1111_fe80::1:2:3_SK${hex}${hex}=AB12_ +1234 5678`; // runs ended by characters of no run, then one that tests every condition
}

/** Shapes found so far as (position, rank, bits): rank orders shapes at one position as findShapes's passes do. */
interface Shapes {
  pos: number[];
  ranks: number[];
  bits: number[];
  col: Uint16Array;
  skipPrivateIpv4: boolean;
}

function add(out: Shapes, at: number, rank: number, b: number): void {
  out.pos.push(at);
  out.ranks.push(rank);
  out.bits.push(b);
}

// What ends() is told ends at `i`.
const RUN_END = 1;
const HEX_END = 2;
const LHEX_END = 4;
const IBAN_AT = 8; // a digit after `up` capitals

/**
 * Classifies the runs that end at `i` (`what`: RUN_END…; the counters are those runs'
 * lengths) and adds their shapes. Out of the pass's loop, so that its counters stay in registers.
 */
function ends(out: Shapes, text: string, i: number, what: number, runLen: number, runDigits: number, hexLen: number, hexSeps: number, lhexLen: number, up: number): void {
  if ((what & RUN_END) !== 0 && runLen >= 7 && runDigits >= 4) {
    // Fewer than 7 characters hold no shape (the shortest, an IPv4 quad, is `1.2.3.4`).
    const s = i - runLen;
    const b = digitRunShapes(text, s, i);
    if (b !== 0 && !(out.skipPrivateIpv4 && (b & SHAPE.ipv4) !== 0 && isPrivateQuad(text, s, i))) add(out, s, 0, b);
  }
  if ((what & HEX_END) !== 0 && hexSeps >= 3) {
    const b = hexRunShapes(text, i - hexLen, i);
    if (b !== 0) add(out, i - hexLen, 1, b);
  }
  // Only after `SK` or `AC` (Twilio SIDs, the shape's only users).
  if ((what & LHEX_END) !== 0 && lhexLen === 32 && i >= 34 && isTwilioPrefix(text.charCodeAt(i - 34), text.charCodeAt(i - 33))) add(out, i - 32, 2, SHAPE.hex32);
  // Two capitals, then two digits: `i` is the first digit.
  if ((what & IBAN_AT) !== 0 && up >= 2 && i + 1 < text.length && (out.col[text.charCodeAt(i + 1)]! & DIGIT) !== 0) add(out, i - 2, 3, SHAPE.iban);
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

/** A copy of `a` twice as long. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
