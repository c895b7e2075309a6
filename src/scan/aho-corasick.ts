/** A compiled Aho–Corasick automaton over lowercase ASCII keywords. */
export interface Automaton {
  /**
   * Transition table: `delta[(state << shift) | classOf[asciiCode]]`. Columns are the
   * characters keywords use (case-folded), all others share column 0: a table of a few
   * hundred KB instead of a 128-column one that misses the CPU caches on every character.
   */
  delta: Uint16Array | Int32Array;
  /** log2 of the number of columns. */
  shift: number;
  /** ASCII code → column (upper case folded to lower; 0 for characters no keyword uses). */
  classOf: Uint8Array;
  /** Payload ids of every keyword ending in a state (including via failure links). */
  outputs: (readonly number[] | undefined)[];
}

/** The columns of the keywords' alphabet: classOf and its size as a power of two. */
function alphabet(keywords: Iterable<string>): { classOf: Uint8Array; shift: number } {
  const used = new Set<number>();
  for (const kw of keywords) for (let i = 0; i < kw.length; i++) used.add(kw.charCodeAt(i) & 127);
  const classOf = new Uint8Array(128);
  let next = 1;
  for (const c of [...used].sort((a, b) => a - b)) classOf[c] = next++;
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!; // keywords are lowercase
  const shift = Math.max(1, Math.ceil(Math.log2(next)));
  return { classOf, shift };
}

/**
 * Builds a deterministic Aho–Corasick automaton (full transition table over the keywords'
 * alphabet) for keywords given as lowercase ASCII, each with the payload ids it reports.
 */
export function buildAutomaton(keywords: ReadonlyMap<string, readonly number[]>): Automaton {
  const { classOf, shift } = alphabet(keywords.keys());
  const cols = 1 << shift;
  const goto: Map<number, number>[] = [new Map()];
  const out: Set<number>[] = [new Set()];
  for (const [kw, ids] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = classOf[kw.charCodeAt(i) & 127]!;
      let next = goto[s]!.get(c);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        out.push(new Set());
        goto[s]!.set(c, next);
      }
      s = next;
    }
    for (const id of ids) out[s]!.add(id);
  }
  const n = goto.length;
  const delta = n < 0x10000 ? new Uint16Array(n * cols) : new Int32Array(n * cols);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let c = 1; c < cols; c++) {
    const t = goto[0]!.get(c);
    if (t !== undefined) {
      delta[c] = t;
      fail[t] = 0;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const id of out[fail[s]!]!) out[s]!.add(id);
    for (let c = 1; c < cols; c++) {
      const t = goto[s]!.get(c);
      if (t !== undefined) {
        fail[t] = delta[(fail[s]! << shift) | c]!;
        delta[(s << shift) | c] = t;
        queue.push(t);
      } else delta[(s << shift) | c] = delta[(fail[s]! << shift) | c]!;
    }
  }
  return { delta, shift, classOf, outputs: out.map((o) => (o.size ? [...o] : undefined)) };
}
