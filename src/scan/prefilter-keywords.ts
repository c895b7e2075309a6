import type { Detector } from './detector';

/**
 * The keywords of the prefilter's automaton (lowercase) and what each reports: the detectors
 * (by index) it is a keyword of, then, from `detectors.length` on, the anchor (Detector.anchors)
 * it is, numbered in order of first appearance: anchor hits list no detector.
 */
export function prefilterKeywords(detectors: readonly Detector[]): Map<string, number[]> {
  const byKeyword = new Map<string, number[]>();
  const add = (k: string, id: number): void => {
    const ids = byKeyword.get(k);
    if (ids === undefined) byKeyword.set(k, [id]);
    else ids.push(id);
  };
  detectors.forEach((d, i) => {
    for (const k of d.keywords) add(automatonWord(d, k), i);
  });
  const { anchors, tails, cardSeparators } = extraKeywords(detectors);
  anchors.forEach((a, i) => add(a, detectors.length + i));
  tails.forEach((t, i) => add(t.word, detectors.length + anchors.length + i));
  cardSeparators.forEach((w, i) => add(w, detectors.length + anchors.length + tails.length + i));
  return byKeyword;
}

/**
 * How the automaton spells keyword `k` of detector `d`: a keyword that counts only at a line's start
 * (Detector.lineStart) after a newline, so that it makes no hit elsewhere (`10` of an Australian BECS
 * record: every date and address in a log holds one; 1.1 of 1.7 million hits on a 50 MB service log).
 * The text pass starts each text as if after a newline (see PassTables.lineRoot), so a keyword at the
 * text's start is a hit too.
 */
export function automatonWord(d: Detector, k: string): string {
  return d.lineStart ? `\n${k}` : k;
}

/** The length of an automaton word as the text holds it: without the newline before a line-start keyword (automatonWord). */
export function keywordLength(word: string): number {
  return word.charCodeAt(0) === 10 ? word.length - 1 : word.length;
}

/**
 * A URL-encoded space or dash between two digits (`1%204`, `4%2d1`): where a card grouped with encoded separators
 * (`5113%204076%207681%205541`) may be, a digit run the shape pass does not see whole. The prefilter judges
 * the run at each hit (encodedCardRun) and gives its line the card shape only when the run can be one. Digits on
 * both sides (200 words, ~200 automaton states): URL-encoded prose (`order%20123456%20shipped`) makes no hit.
 */
const DIGIT_CHARS = [...'0123456789'];
const CARD_SEPARATOR_WORDS: readonly string[] = DIGIT_CHARS.flatMap((a) => ['%20', '%2d'].flatMap((sep) => DIGIT_CHARS.map((b) => `${a}${sep}${b}`)));

/**
 * The keywords whose hits list no detector: the anchors (Detector.anchors, in order of first
 * appearance), the keywords of the multi-line detectors with their reach (see Prefilter.spans):
 * a keyword of several such detectors counts with the longest span; the reach is that span plus
 * the longest keyword counted with it; and, when a detector looks for the card shape, the
 * encoded card separators (CARD_SEPARATOR_WORDS).
 */
export function extraKeywords(detectors: readonly Detector[]): { anchors: string[]; tails: { word: string; reach: number; back: number }[]; cardSeparators: readonly string[] } {
  const anchors = [...new Set(detectors.flatMap((d) => d.anchors ?? []))];
  const longest = new Map<string, number>();
  const back = new Map<string, number>(); // the most lines before its hit a window of the keyword starts (Detector.spanBack)
  for (const d of detectors) {
    if (d.span > 0) {
      for (const word of d.keywords) {
        const k = automatonWord(d, word);
        longest.set(k, Math.max(longest.get(k) ?? 0, d.span));
        if (d.spanBack) back.set(k, Math.max(back.get(k) ?? 0, d.spanBack));
      }
    }
  }
  const longestWord = new Map<number, number>();
  for (const [k, span] of longest) longestWord.set(span, Math.max(longestWord.get(span) ?? 0, keywordLength(k)));
  const cardSeparators = detectors.some((d) => d.shape === 'card') ? CARD_SEPARATOR_WORDS : [];
  return { anchors, tails: [...longest].map(([word, span]) => ({ word, reach: span + longestWord.get(span)!, back: back.get(word) ?? 0 })), cardSeparators };
}
