/** Limits of a CleanTexts memory. */
export interface CleanTextsLimits {
  /** Texts kept per generation (two generations are kept). */
  maxEntries: number;
  /** Characters kept per generation. */
  maxChars: number;
  /** Longer texts are not remembered (they rarely repeat and would crowd the rest out). */
  maxTextLength: number;
}

/** Defaults: at most 2 × 1M characters (≤ 4 MB of strings, usually 2). */
export const CLEAN_TEXTS_DEFAULTS: CleanTextsLimits = { maxEntries: 20_000, maxChars: 1_000_000, maxTextLength: 8_192 };

/** Texts sharing a key; at most BUCKET of them are kept, so a lookup compares at most that many. */
type Bucket = string | string[];
const BUCKET = 4;

/**
 * Per-process seed: whoever sends the texts cannot precompute keys that collide in the Map.
 * Drawn on first use: loading node:crypto costs a few ms of start-up that `herald scan`, which
 * never uses CleanTexts, should not pay.
 */
let seed: number | undefined;

/**
 * A cheap key for a text: its length and 16 characters sampled across it, mixed with a random
 * per-process seed. Equal texts have equal keys; texts that differ only where no sample falls
 * share one (see BUCKET). Much cheaper than hashing every character of a fresh string, which
 * a Set of strings does.
 */
export function sampleKey(t: string): number {
  const n = t.length;
  seed ??= randomSeed();
  let h = Math.imul(n ^ seed, 0x9e3779b1);
  if (n === 0) return h & 0x3fffffff;
  const step = n / 16;
  for (let i = 0; i < 16; i++) h = Math.imul(h ^ t.charCodeAt(Math.floor(i * step)), 0x85ebca6b) ^ (h >>> 13);
  return Math.imul(h ^ t.charCodeAt(n - 1), 0xc2b2ae35) & 0x3fffffff; // a small integer: a cheap Map key
}

/** 32 random bits from the global Web Crypto object, which Node loads on first access (see seed). */
function randomSeed(): number {
  const { crypto } = globalThis as unknown as { crypto: { getRandomValues(a: Int32Array): Int32Array } };
  return crypto.getRandomValues(new Int32Array(1))[0]!;
}

function holds(b: Bucket | undefined, text: string): boolean {
  if (b === undefined) return false;
  return typeof b === 'string' ? b === text : b.includes(text);
}

/**
 * The texts a scanner found nothing in, so that a text seen again (an alert's monitor message,
 * query, title, tags and links repeat from one delivery to the next; a storm repeats them a
 * thousand times) is not scanned again: a lookup and one comparison instead of a scan. A hit is
 * always the identical text (compared in full). Only clean texts are kept, so no value a
 * detector flags is held here; each is stored as a fresh copy, so it does not keep alive the
 * larger string it may have been cut from. Bounded: when the young generation is full it
 * becomes the old one and the previous old one is dropped; a hit in the old generation moves
 * the text back to the young one (a cheap approximation of LRU).
 */
export class CleanTexts {
  private young = new Map<number, Bucket>();
  private old = new Map<number, Bucket>();
  private count = 0;
  private chars = 0;
  private oldCount = 0;

  constructor(private readonly limits: CleanTextsLimits = CLEAN_TEXTS_DEFAULTS) {}

  /** True when `text` was remembered as clean. */
  has(text: string): boolean {
    if (text.length > this.limits.maxTextLength) return false;
    const key = sampleKey(text);
    if (holds(this.young.get(key), text)) return true;
    if (!holds(this.old.get(key), text)) return false;
    this.put(key, text);
    return true;
  }

  /** Remember `text` as clean (ignored when longer than maxTextLength). */
  add(text: string): void {
    if (text.length > this.limits.maxTextLength) return;
    const key = sampleKey(text);
    if (!holds(this.young.get(key), text)) this.put(key, text);
  }

  /** How many texts are remembered (both generations). */
  get size(): number {
    return this.count + this.oldCount;
  }

  private put(key: number, text: string): void {
    const b = this.young.get(key);
    if (Array.isArray(b) && b.length >= BUCKET) return; // texts alike where sampled: not worth keeping
    const copy = text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
    if (b === undefined) this.young.set(key, copy);
    else if (typeof b === 'string') this.young.set(key, [b, copy]);
    else b.push(copy);
    this.count++;
    this.chars += text.length;
    if (this.count >= this.limits.maxEntries || this.chars >= this.limits.maxChars) {
      this.old = this.young;
      this.oldCount = this.count;
      this.young = new Map();
      this.count = 0;
      this.chars = 0;
    }
  }
}
