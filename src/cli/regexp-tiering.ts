import { setFlagsFromString } from 'node:v8';

/**
 * Compiles every regular expression to machine code at its first use (V8's `--no-regexp-tier-up`).
 *
 * By default V8 runs a new regexp in its bytecode interpreter and compiles it on a later run. In a
 * long-lived process (a worker that has scanned for a while, the benchmark after its other parts),
 * regexps were seen to stay in the interpreter: one detector's scan of a 256 KB body took 903 ms
 * instead of 68 ms fresh, and a rebuilt regexp 809 ms instead of 10 ms; with this flag, 7 ms. The
 * scanner's ~1,700 detectors make that the difference between a bounded and an unbounded cost per
 * alert. Called first by the `herald` entry point for every command but `scan` (a short-lived process, whose
 * start-up it would slow by ~80 ms: `herald scan` of an empty file 0.19 → 0.27 s); the flag is process-wide,
 * so worker threads get it too.
 */
export function compileRegexpsEagerly(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
