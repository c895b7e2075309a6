import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner, left-to-right and
 * right-to-left marks, word joiner and invisible operators, byte-order mark / zero-width no-break
 * space, soft hyphen, Mongolian vowel separator, and the bidirectional embeddings, overrides and
 * isolates. A value with one of them inside (`512\u200B-48-9173`) reads as the value to a person.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * `text` without its invisible characters (INVISIBLE), so that a value split by a zero-width
 * space, a soft hyphen or a bidi control is read whole; each kept character maps back to itself,
 * so a finding covers the invisible characters inside it too. Null when there are none.
 */
export function unwrapInvisible(text: string): Unwrapped | null {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return null;
  const b = new UnwrapBuilder(text.length);
  let run = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    b.copy(text, run, m.index);
    run = m.index + 1;
  }
  b.copy(text, run, text.length);
  return b.done();
}
