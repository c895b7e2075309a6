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

/**
 * The texts a scanner found nothing in, so that a text seen again (an alert's monitor message,
 * query, title, tags and links repeat from one delivery to the next; a storm repeats them a
 * thousand times) is not scanned again: a hash lookup instead of a scan. Only clean texts are
 * kept, so no value a detector flags is held here; each is stored as a fresh copy, so it does
 * not keep alive the larger string it may have been cut from. Bounded: when the young
 * generation is full it becomes the old one and the previous old one is dropped; a hit in the
 * old generation moves the text back to the young one (a cheap approximation of LRU).
 */
export class CleanTexts {
  private young = new Set<string>();
  private old = new Set<string>();
  private chars = 0;

  constructor(private readonly limits: CleanTextsLimits = CLEAN_TEXTS_DEFAULTS) {}

  /** True when `text` was remembered as clean. */
  has(text: string): boolean {
    if (text.length > this.limits.maxTextLength) return false;
    if (this.young.has(text)) return true;
    if (!this.old.has(text)) return false;
    this.add(text);
    return true;
  }

  /** Remember `text` as clean (ignored when longer than maxTextLength). */
  add(text: string): void {
    if (text.length > this.limits.maxTextLength) return;
    this.young.add(text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le'));
    this.chars += text.length;
    if (this.young.size >= this.limits.maxEntries || this.chars >= this.limits.maxChars) {
      this.old = this.young;
      this.young = new Set();
      this.chars = 0;
    }
  }

  /** How many texts are remembered (both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
