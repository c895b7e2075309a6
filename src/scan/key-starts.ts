/**
 * Where a `key <op> value` match can start, found without running the pattern: for the
 * assignment detectors, whose pattern tries every word of a line as a key (greedy key, then
 * look-arounds) and so costs most on lines whose keys are all rejected (`cache_key=…`).
 */

/** Characters a key may hold: `[\w.-]`, its leading `--` and its `:`/`$`/`@` sigil. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 58 || c === 36 || c === 64;
}

/** Characters that may not stand before a key: the pattern's `(?<![\w.$@-])`, that is every key character but `:`. */
function blocksKey(c: number): boolean {
  return c !== 58 && keyChar(c);
}

/**
 * Returns `starts(text, from)`: the smallest position at or after `from` where a key can start,
 * or -1. `word` must match at the start of the key's last word (its secret word: `token` of
 * `cache_token`), and a key is at most `reach` characters long, made of key characters, with
 * none but `:` before it. So for each such word, in order, the candidates are the start of the
 * run of key characters before it (when at most `reach` back) and the positions right after a
 * `:` inside that run; the first word that has one gives the smallest (a later word's candidates
 * before it lie in the same run, so they are this word's too). The pattern, run sticky at the
 * candidates in turn, then finds exactly the matches the plain search finds.
 */
export function keyStarts(word: RegExp, reach: number): (text: string, from: number) => number {
  const hit = new RegExp(word.source, word.flags.replace(/[gy]/g, '') + 'g');
  return (text, from) => {
    for (let at = from; ; ) {
      hit.lastIndex = at;
      const m = hit.exec(text);
      if (m === null) return -1;
      const q = m.index;
      const lo = Math.max(from, q - reach);
      let best = -1;
      for (let i = q; i >= lo; i--) {
        const prev = i === 0 ? -1 : text.charCodeAt(i - 1);
        if (i === 0 || !blocksKey(prev)) best = i;
        if (!keyChar(prev)) break;
      }
      if (best >= 0) return best;
      at = q + 1;
    }
  };
}
