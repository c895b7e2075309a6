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

/** Field delimiters the automaton reads as one character (`;`, tab and `|` as `,`): see alphabet(). */
const DELIMITERS = [9, 59, 124];
const COMMA = 44;

/**
 * The columns of the keywords' alphabet: classOf and its size as a power of two. The field
 * delimiters `,` `;` tab `|` share one column: a keyword written with one of them matches the
 * text with any of them. The prefilter only gates (every detector's pattern still decides), so a
 * few more hits cost little, and the table-header keywords (each column name beside each
 * delimiter, quoted and spaced) then share their states: 24 726 -> 13 604 states, the table 7.2 -> 3.8 MB
 * to read at every start.
 */
function alphabet(keywords: Iterable<string>): { classOf: Uint8Array; shift: number } {
  const used = new Set<number>();
  for (const kw of keywords)
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i) & 127;
      used.add(DELIMITERS.includes(c) ? COMMA : c);
    }
  const classOf = new Uint8Array(128);
  let next = 1;
  for (const c of [...used].sort((a, b) => a - b)) classOf[c] = next++;
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!; // keywords are lowercase
  for (const c of DELIMITERS) classOf[c] = classOf[COMMA]!;
  const shift = Math.max(1, Math.ceil(Math.log2(next)));
  return { classOf, shift };
}

/**
 * Builds a deterministic Aho–Corasick automaton (full transition table over the keywords'
 * alphabet) for keywords given as lowercase ASCII, each with the payload ids it reports.
 *
 * Flat typed arrays instead of a Map per state: `herald scan` builds this at every start, and
 * with Maps it took ~11 ms for ~440 keywords. The trie is built right in the transition table
 * (0 there means "no child": no trie edge leads back to the root), each state's parent and
 * column noted. The breadth-first pass then makes each state's row a copy of its failure
 * state's (copyWithin, rows of states nearer the root first) with its own trie edges put back:
 * no loop over every entry, which ran ~120 000 times, unoptimized, at every start.
 */
export function buildAutomaton(keywords: ReadonlyMap<string, readonly number[]>): Automaton {
  const { classOf, shift } = alphabet(keywords.keys());
  const cols = 1 << shift;
  let most = 1;
  for (const kw of keywords.keys()) most += kw.length;
  const table = new Int32Array(most * cols);
  const trie: Trie = { parent: new Int32Array(most), col: new Int32Array(most), first: new Int32Array(0), children: new Int32Array(0) };
  const out: number[][] = [[]];
  for (const [kw, ids] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = classOf[kw.charCodeAt(i) & 127]!;
      const at = (s << shift) | c;
      if (table[at] === 0) {
        table[at] = out.length;
        trie.parent[out.length] = s;
        trie.col[out.length] = c;
        out.push([]);
      }
      s = table[at]!;
    }
    addAll(out[s]!, ids);
  }
  const n = out.length;
  childLists(trie, n);
  const fail = new Int32Array(n);
  const queue = new Int32Array(n); // breadth-first: a state's failure state is nearer the root, so its row is complete before
  let tail = 1;
  for (let q = 0; q < n; q++) {
    const s = queue[q]!;
    fillRow(table, trie, fail, out, s, shift);
    for (let k = trie.first[s]!, end = trie.first[s + 1]!; k < end; k++) queue[tail++] = trie.children[k]!;
  }
  const size = n * cols;
  const delta = n < 0x10000 ? new Uint16Array(table.subarray(0, size)) : table.slice(0, size);
  return { delta, shift, classOf, outputs: out.map((o) => (o.length ? o : undefined)) };
}

/** The trie's edges: each state's parent and column, and each state's children (`children[first[s], first[s + 1])`). */
interface Trie {
  parent: Int32Array;
  col: Int32Array;
  first: Int32Array;
  children: Int32Array;
}

/** Fills `first` and `children` from `parent` (a counting sort of the states by parent). */
function childLists(trie: Trie, n: number): void {
  const first = new Int32Array(n + 1);
  for (let t = 1; t < n; t++) first[trie.parent[t]! + 1]!++;
  for (let s = 0; s < n; s++) first[s + 1]! += first[s]!;
  const next = first.slice(0, n);
  const children = new Int32Array(Math.max(0, n - 1));
  for (let t = 1; t < n; t++) children[next[trie.parent[t]!]!++] = t;
  trie.first = first;
  trie.children = children;
}

/**
 * Completes state `s`'s row and its outputs: the row becomes its failure state's (complete) row
 * with its own trie edges put back, and each child's failure state is set, the root's children
 * failing to the root; the failure state's outputs are added to its own.
 */
function fillRow(table: Int32Array, trie: Trie, fail: Int32Array, out: number[][], s: number, shift: number): void {
  const row = s << shift;
  const f = fail[s]! << shift;
  const from = trie.first[s]!;
  const end = trie.first[s + 1]!;
  if (s !== 0) {
    const inherited = out[fail[s]!]!;
    if (inherited.length !== 0) addAll(out[s]!, inherited);
    for (let k = from; k < end; k++) fail[trie.children[k]!] = table[f | trie.col[trie.children[k]!]!]!;
    table.copyWithin(row, f, f + (1 << shift));
    for (let k = from; k < end; k++) table[row | trie.col[trie.children[k]!]!] = trie.children[k]!;
  }
}

/** Appends the ids of `from` that `to` lacks, in order (what adding them to a Set does). */
function addAll(to: number[], from: readonly number[]): void {
  for (const id of from) if (!to.includes(id)) to.push(id);
}
