import type { Automaton } from './aho-corasick';

// Character classes of the run automata: which runs a character continues.
const NONE = 0; // ends every run
const DIGIT = 1;
const SPACE = 2; // space and parentheses: digit-run separators only
const DASH = 3;
const DOT = 4;
const PLUS = 5;
const COLON = 6;
const LOWER_HEX = 7; // a-f
const UPPER_HEX = 8; // A-F
const UPPER = 9; // G-Z

/** The run class of one character code (all but the characters of some run are NONE). */
function runClassOf(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 32 || c === 40 || c === 41) return SPACE;
  if (c === 45) return DASH;
  if (c === 46) return DOT;
  if (c === 43) return PLUS;
  if (c === 58) return COLON;
  if (c >= 97 && c <= 102) return LOWER_HEX;
  if (c >= 65 && c <= 70) return UPPER_HEX;
  if (c >= 71 && c <= 90) return UPPER;
  return NONE;
}

// A row of a run automaton: 16 classes of u16 (entries are next state * 32, a byte offset).
const ROW = 16;
const EVENT_A = 0x8000;
const EVENT_B = 0x4000;

/**
 * The digit-run automaton: a state counts the digits (up to 9), dots (up to 3) and `+` (0 or 1)
 * of the digit run (digits and ` -.()+`) ending here, and the capitals (up to 2) right before.
 * EVENT_A: a digit run that can hold a shape ends (9+ digits; 4+ digits and 3 dots; `+` and 8+
 * digits; each implies the 7+ characters the shortest shape needs). EVENT_B: a digit after 2+
 * capitals (the start of an IBAN; JavaScript checks the next digit).
 */
function runAutomaton(): Uint16Array {
  const t = new Uint16Array(240 * ROW);
  const id = (d: number, dots: number, plus: number, up: number): number => ((d * 4 + dots) * 2 + plus) * 3 + up;
  for (let d = 0; d <= 9; d++)
    for (let dots = 0; dots <= 3; dots++)
      for (let plus = 0; plus <= 1; plus++)
        for (let up = 0; up <= 2; up++)
          for (let c = 0; c <= UPPER; c++) {
            let ev = 0;
            // Plain variables, no array destructuring: this runs 2 400 times at start-up, unoptimized.
            let d2 = 0;
            let dots2 = 0;
            let plus2 = 0;
            let up2 = 0;
            if (c >= DIGIT && c <= PLUS) {
              d2 = Math.min(9, d + (c === DIGIT ? 1 : 0));
              dots2 = Math.min(3, dots + (c === DOT ? 1 : 0));
              plus2 = plus | (c === PLUS ? 1 : 0);
            } else if (d >= 9 || (d >= 4 && dots >= 3) || (plus === 1 && d >= 8)) ev |= EVENT_A;
            if (c === UPPER_HEX || c === UPPER) up2 = Math.min(2, up + 1);
            else if (up >= 2 && c === DIGIT) ev |= EVENT_B;
            t[id(d, dots, plus, up) * ROW + c] = (id(d2, dots2, plus2, up2) * ROW * 2) | ev;
          }
  return t;
}

/**
 * The hex-run automaton: a state counts the `:` (up to 5) and `-` (up to 5) of the hex run (hex
 * digits, `:`, `-`) ending here, whether it has a `::`, and whether its last character is `:`.
 * EVENT_A: a hex run ends that has 3+ separators and can hold a shape (see hexRunShapes: 5+
 * colons, 5+ dashes, or 2+ colons with a `::`); not the many UUIDs, host names and times.
 */
function hexAutomaton(): Uint16Array {
  const t = new Uint16Array(144 * ROW);
  const id = (colons: number, dashes: number, double: number, last: number): number => ((colons * 6 + dashes) * 2 + double) * 2 + last;
  for (let colons = 0; colons <= 5; colons++)
    for (let dashes = 0; dashes <= 5; dashes++)
      for (let double = 0; double <= 1; double++)
        for (let last = 0; last <= 1; last++)
          for (let c = 0; c <= UPPER; c++) {
            let next = 0;
            let ev = 0;
            if (c === COLON) next = id(Math.min(5, colons + 1), dashes, double | last, 1);
            else if (c === DASH) next = id(colons, Math.min(5, dashes + 1), double, 0);
            else if (c === DIGIT || c === LOWER_HEX || c === UPPER_HEX) next = id(colons, dashes, double, 0);
            else if (colons + dashes >= 3 && (colons >= 5 || dashes >= 5 || (colons >= 2 && double === 1))) ev = EVENT_A;
            t[id(colons, dashes, double, last) * ROW + c] = (next * ROW * 2) | ev;
          }
  return t;
}

/** The lowercase hex automaton: a state counts (up to 33) the [0-9a-f] ending here. EVENT_A: exactly 32 end. */
function lowerHexAutomaton(): Uint16Array {
  const t = new Uint16Array(34 * ROW);
  for (let len = 0; len <= 33; len++)
    for (let c = 0; c <= UPPER; c++) {
      const member = c === DIGIT || c === LOWER_HEX;
      t[len * ROW + c] = ((member ? Math.min(33, len + 1) : 0) * ROW * 2) | (!member && len === 32 ? EVENT_A : 0);
    }
  return t;
}

/** The run automata, the same for every pass: built once. */
let automata: { runs: Uint16Array; hexes: Uint16Array; lowerHexes: Uint16Array } | undefined;

/** The keyword automaton and the run automata as the wasm pass reads them. */
export interface PassTables {
  /** Column-table entries of the ASCII characters (keyword column * 4 | class * 2 << 16); all others are 0. */
  col: Uint32Array;
  /** The run automata (see runAutomaton, hexAutomaton, lowerHexAutomaton). */
  runs: Uint16Array;
  hexes: Uint16Array;
  lowerHexes: Uint16Array;
  /**
   * Keyword transitions, rows in the renumbered order, entries still the automaton's own state
   * numbers: `renumbered` maps them to what the loop reads (see createTextPass, which maps them
   * in the module's memory). Mapped, `delta[s / 4 + column]` is the next state, states as byte
   * offsets (renumbered state * columns * 4).
   */
  delta: Uint32Array;
  /** The automaton's state → its renumbered row as a byte offset. */
  renumbered: Int32Array;
  /** The states >= firstOut are those that report a keyword. */
  firstOut: number;
  /** The root. */
  root: number;
  /**
   * The state after a newline, from any state (keywords hold a newline only as their first
   * character: see automatonWord): where every text starts, as if after a newline, and where a
   * half that starts after a newline starts (run2). The root when no keyword holds a newline; -1
   * when a keyword holds one elsewhere (the pass then splits no segment).
   */
  lineRoot: number;
  /** Renumbered state → the automaton's own state (a state `s` above is renumbered state s / (columns * 4)). */
  orig: Int32Array;
  /** Entries of a row of `delta`: the columns the automaton's alphabet uses (it has 1 << shift, the rest unread). */
  columns: number;
  /** A keyword of the automaton (the pass's warm-up text repeats it). */
  word: string;
}

/** The run automata (the same for every automaton): built on first use. */
export function runTables(): { runs: Uint16Array; hexes: Uint16Array; lowerHexes: Uint16Array } {
  return (automata ??= { runs: runAutomaton(), hexes: hexAutomaton(), lowerHexes: lowerHexAutomaton() });
}

/** A keyword of `a` (one of the shortest: the first state that reports one, breadth first from the root), as the automaton spells it. */
function keywordOf(a: Automaton): string {
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
  return word;
}

/**
 * The pass's tables for automaton `a`. States are renumbered so that those with outputs come
 * last: the loop then tells a keyword hit by one comparison, with no table of output flags to
 * load. Each transition holds the next state's row as a byte offset: the loop's chain of
 * dependent steps is then one add and one load per character (measured: 9 % faster than 16-bit
 * state numbers shifted in the loop, though the table is twice as large).
 */
export function passTables(a: Automaton): PassTables {
  const states = a.outputs.length;
  const cols = 1 << a.shift;
  // Only the columns classOf gives are read: the rest of each row (up to the power of two) is
  // left out (~1 400 keywords use 65 of 128 columns: half the table to read, copy and cache).
  const used = Math.max(...a.classOf) + 1;
  if (states * used * 4 > 0x40000000) throw new Error(`text pass: an automaton of ${states} states x ${used} columns is too large`);
  const orig = new Int32Array(states);
  const renumbered = new Int32Array(states);
  let k = 0;
  for (let s = 0; s < states; s++) if (!a.outputs[s]) orig[k++] = s;
  const firstOut = k;
  for (let s = 0; s < states; s++) if (a.outputs[s]) orig[k++] = s;
  // renumbered[s]: state s's new row as a byte offset. The rows are copied whole (a loop over
  // their ~120 000 entries ran unoptimized at every start of `herald scan`); their entries are
  // mapped with `renumbered` by the wasm module, in its memory.
  const rowBytes = used * 4;
  for (let t = 0; t < states; t++) renumbered[orig[t]!] = t * rowBytes;
  const delta = new Uint32Array(states * used);
  const from = a.delta;
  for (let t = 0; t < states; t++) delta.set(from.subarray(orig[t]! * cols, orig[t]! * cols + used), t * used);
  const col = new Uint32Array(128);
  for (let c = 0; c < 128; c++) col[c] = (a.classOf[c]! << 2) | (runClassOf(c) << 17);
  return { col, ...runTables(), delta, renumbered, firstOut: firstOut * rowBytes, root: renumbered[0]!, lineRoot: lineRootOf(a, renumbered), orig, columns: used, word: keywordOf(a) };
}

/** PassTables.lineRoot of `a`: the renumbered state every state goes to on a newline, or -1 when they do not all go to one. */
function lineRootOf(a: Automaton, renumbered: Int32Array): number {
  const nl = a.classOf[10]!;
  const states = a.outputs.length;
  const to = a.delta[nl]!; // from the root
  for (let s = 1; s < states; s++) if (a.delta[(s << a.shift) | nl] !== to) return -1;
  return renumbered[to]!;
}
