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
 *
 * Flat typed arrays instead of a Map per state: `herald scan` builds this at every start, and
 * with Maps it took ~11 ms for ~440 keywords. The trie is built right in the transition table
 * (0 there means "no child": no trie edge leads back to the root); the breadth-first pass then
 * replaces the missing edges of each row with the failure state's, rows of earlier states first.
 */
export function buildAutomaton(keywords: ReadonlyMap<string, readonly number[]>): Automaton {
  const { classOf, shift } = alphabet(keywords.keys());
  const cols = 1 << shift;
  let most = 1;
  for (const kw of keywords.keys()) most += kw.length;
  const table = new Int32Array(most * cols);
  const out: number[][] = [[]];
  for (const [kw, ids] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const at = (s << shift) | classOf[kw.charCodeAt(i) & 127]!;
      if (table[at] === 0) {
        table[at] = out.length;
        out.push([]);
      }
      s = table[at]!;
    }
    addAll(out[s]!, ids);
  }
  const n = out.length;
  const fail = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let c = 1; c < cols; c++) if (table[c] !== 0) queue[tail++] = table[c]!; // their failure state: the root
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    const f = fail[s]! << shift;
    const inherited = out[fail[s]!]!;
    if (inherited.length !== 0) addAll(out[s]!, inherited);
    for (let c = 1; c < cols; c++) {
      const at = (s << shift) | c;
      const t = table[at]!;
      if (t !== 0) {
        fail[t] = table[f | c]!;
        queue[tail++] = t;
      } else table[at] = table[f | c]!;
    }
  }
  const size = n * cols;
  const delta = n < 0x10000 ? new Uint16Array(table.subarray(0, size)) : table.slice(0, size);
  return { delta, shift, classOf, outputs: out.map((o) => (o.length ? o : undefined)) };
}

/** Appends the ids of `from` that `to` lacks, in order (what adding them to a Set does). */
function addAll(to: number[], from: readonly number[]): void {
  for (const id of from) if (!to.includes(id)) to.push(id);
}
