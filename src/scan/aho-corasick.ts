/** A compiled Aho–Corasick automaton over lowercase ASCII keywords. */
export interface Automaton {
  /** Transition table: `delta[(state << 7) | lowerAsciiCode]`. */
  delta: Int32Array;
  /** Payload ids of every keyword ending in a state (including via failure links). */
  outputs: (readonly number[] | undefined)[];
}

/** ASCII code → lowercase ASCII code (non-ASCII is mapped to 0 by callers). */
export const LOWER: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
  return t;
})();

/**
 * Builds a deterministic Aho–Corasick automaton (full transition table, 128 columns)
 * for keywords given as lowercase ASCII, each with the payload ids it reports.
 */
export function buildAutomaton(keywords: ReadonlyMap<string, readonly number[]>): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const out: Set<number>[] = [new Set()];
  for (const [kw, ids] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i) & 127;
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
  const delta = new Int32Array(n * 128);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let c = 0; c < 128; c++) {
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
    for (let c = 0; c < 128; c++) {
      const t = goto[s]!.get(c);
      if (t !== undefined) {
        fail[t] = delta[(fail[s]! << 7) | c]!;
        delta[(s << 7) | c] = t;
        queue.push(t);
      } else delta[(s << 7) | c] = delta[(fail[s]! << 7) | c]!;
    }
  }
  return { delta, outputs: out.map((o) => (o.size ? [...o] : undefined)) };
}
