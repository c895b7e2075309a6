/**
 * `randomInt` as node:crypto has it (`randomInt(max)`, `randomInt(min, max)`), drawn from a seeded stream so that
 * a test that draws values gives the same values on every run: CI runs once, and a 1-in-30 draw that breaks a
 * test is a failure nobody can reproduce. `HERALD_TEST_SEED=<n>` draws other values (to explore, not for CI).
 * Each test file loads its own copy (vitest isolates modules per file), so a file's draws do not depend on others.
 */
let state = (Number(process.env['HERALD_TEST_SEED'] ?? 1) * 0x9e3779b1) >>> 0 || 1;

/** The next 32 bits of the stream (xorshift32). */
function next(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state;
}

/** An integer in [min, max) (or [0, max) with one argument), like node:crypto's randomInt. */
export function randomInt(min: number, max?: number): number {
  const [lo, hi] = max === undefined ? [0, min] : [min, max];
  if (!(hi > lo)) throw new RangeError(`randomInt: empty range [${lo}, ${hi})`);
  const span = hi - lo;
  // Two draws for spans past 2^32 (none here today), one otherwise; the tiny modulo bias does not matter for test values.
  const r = span > 0xffffffff ? next() * 0x100000000 + next() : next();
  return lo + (r % span);
}

/** `n` bytes from the same seeded stream, as a Buffer (like node:crypto's randomBytes, without its callback form). */
export function randomBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i += 4) {
    const r = next();
    for (let k = 0; k < 4 && i + k < n; k++) out[i + k] = (r >>> (8 * k)) & 0xff;
  }
  return out;
}
