/**
 * A text with its wrapping removed (see unwrapText): `text` is what the detectors read;
 * character `i` of it came from `[from[i], to[i])` of the original (a decoded escape from its
 * whole escape sequence, a copied character from itself).
 */
export interface Unwrapped {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/** Builds an Unwrapped text piece by piece: original characters copied, or one character standing for a span. */
export class UnwrapBuilder {
  private readonly parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(Math.max(16, capacity));
    this.to = new Int32Array(Math.max(16, capacity));
  }

  private room(k: number): void {
    if (this.n + k <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.n + k);
    const f = new Int32Array(size);
    const t = new Int32Array(size);
    f.set(this.from.subarray(0, this.n));
    t.set(this.to.subarray(0, this.n));
    this.from = f;
    this.to = t;
  }

  /** Copies `text[start, end)` as it is. */
  copy(text: string, start: number, end: number): void {
    if (end <= start) return;
    this.room(end - start);
    this.parts.push(text.slice(start, end));
    for (let i = start; i < end; i++, this.n++) {
      this.from[this.n] = i;
      this.to[this.n] = i + 1;
    }
  }

  /** Emits `chars` (one or two UTF-16 units) standing for the original span `[start, end)`. */
  put(chars: string, start: number, end: number): void {
    this.room(chars.length);
    this.parts.push(chars);
    for (let k = 0; k < chars.length; k++, this.n++) {
      this.from[this.n] = start;
      this.to[this.n] = end;
    }
  }

  /** The text built. */
  done(): Unwrapped {
    return { text: this.parts.join(''), from: this.from.subarray(0, this.n), to: this.to.subarray(0, this.n) };
  }
}

/** `inner` (built on `outer.text`) with its offsets taken back to `outer`'s original. */
export function compose(outer: Unwrapped, inner: Unwrapped): Unwrapped {
  const from = new Int32Array(inner.text.length);
  const to = new Int32Array(inner.text.length);
  for (let i = 0; i < from.length; i++) {
    from[i] = outer.from[inner.from[i]!]!;
    to[i] = outer.to[inner.to[i]! - 1]!;
  }
  return { text: inner.text, from, to };
}
