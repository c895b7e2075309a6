import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression straight to machine code on its first use, instead of
 * to bytecode that it interprets until the expression has run once and then compiles again
 * (V8's "regexp tier-up", which suits pages that run most expressions a few times). A file scan
 * runs hundreds of detector patterns, most of them on thousands of lines: compiling each twice
 * cost ~15 % of `herald scan` on a 50 MB log. Process-wide (worker threads included) and only
 * for expressions not yet compiled: called before the scanner's first scan. Not used by the
 * server, whose alert texts are short and many patterns run rarely.
 */
export function compileRegExpsNatively(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
