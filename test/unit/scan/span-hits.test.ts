import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { lineDecodingScanner } from '../../../src/cli/line-decoding-scanner';
import { scanStream, type LocatedFinding } from '../../../src/cli/scan-stream';
import { createScanner, type Scanner } from '../../../src/scan/create-scanner';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { rng } from './generators';

/** The keywords of the multi-line detectors, each with its reach: what scanStream searched for before Prefilter.spans. */
function spanWords(): { word: string; reach: number; back: number; lineStart: boolean }[] {
  const longest = new Map<string, number>();
  const back = new Map<string, number>();
  // A keyword that counts only at a line's start (Detector.lineStart) is a word of its own there (`\n` before it).
  for (const d of DEFAULT_DETECTORS)
    if (d.span > 0)
      for (const word of d.keywords) {
        const k = d.lineStart ? `\n${word}` : word;
        longest.set(k, Math.max(longest.get(k) ?? 0, d.span));
        back.set(k, Math.max(back.get(k) ?? 0, d.spanBack ?? 0));
      }
  const longestWord = new Map<number, number>();
  for (const [k, span] of longest) longestWord.set(span, Math.max(longestWord.get(span) ?? 0, k.replace(/^\n/, '').length));
  return [...longest].map(([k, span]) => ({ word: k.replace(/^\n/, ''), reach: span + longestWord.get(span)!, back: back.get(k)!, lineStart: k.startsWith('\n') }));
}

/** Text as the keyword automaton reads it: case-folded, the field delimiters `;` tab `|` read as `,` (see aho-corasick.ts). */
const fold = (s: string): string => s.toLowerCase().replace(/[;\t|]/g, ',');

/** The first start of a keyword within its reach of the text's end, searched as the automaton reads: where the stream must cut a last round. */
function naiveTail(text: string, words: { word: string; reach: number; back: number; lineStart: boolean }[]): number {
  const lower = fold(text);
  let first = -1;
  for (const { word: w, reach, back, lineStart } of words) {
    const word = fold(w);
    let at = lower.indexOf(word, Math.max(0, text.length - reach));
    // A line-start keyword counts where a line starts only.
    while (lineStart && at > 0 && text[at - 1] !== '\n') at = lower.indexOf(word, at + 1);
    // A window that starts `back` lines above its keyword's line (Detector.spanBack) is cut there.
    for (let b = back; b > 0 && at > 0; b--) at = text.lastIndexOf('\n', text.lastIndexOf('\n', at - 1) - 1) + 1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The first window start of Prefilter.spans whose reach ends at or past the text's end (-1: none). */
function tailOfSpans(spans: readonly number[], n: number): number {
  let first = -1;
  for (let i = 0; i < spans.length; i += 2) if (spans[i + 1]! >= n && (first < 0 || spans[i]! < first)) first = spans[i]!;
  return first;
}

async function streamed(text: string, scanner: Scanner, chunk: number): Promise<LocatedFinding[]> {
  const found: LocatedFinding[] = [];
  const pieces = Array.from({ length: Math.ceil(text.length / 997) }, (_, i) => text.slice(i * 997, (i + 1) * 997));
  async function* input(): AsyncIterable<string> {
    yield* pieces;
  }
  await scanStream(input(), scanner, { findings: (fs) => void found.push(...fs) }, { chunk });
  return found;
}

describe('Prefilter.spans (where scanStream cuts a round before a multi-line value)', () => {
  const words = spanWords();

  it('list, as their first window reaching the end, the first keyword of a multi-line detector within its reach of the end, as a search finds it', () => {
    expect(words.length).toBeGreaterThan(20);
    const r = rng(7);
    const prefilter = createPrefilter(DEFAULT_DETECTORS);
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const parts: string[] = [];
      for (let k = r.int(0, 6); k > 0; k--) {
        const { word } = r.pick(words);
        const cased = r.int(0, 1) ? word.toUpperCase() : word;
        parts.push('x'.repeat(r.pick([0, 1, 50, 300, 2000, 7000])) + cased);
      }
      const text = parts.join(r.pick(['', '\n', ' ']));
      prefilter.windows(text);
      const want = naiveTail(text, words);
      if (want >= 0) found++;
      expect(tailOfSpans(prefilter.spans, text.length), text.slice(0, 200)).toBe(want);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('cut the stream where the search does: the same findings with and without them', async () => {
    const pem = (n: number) => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: n }, (_, i) => 'MIIEowIBAAKCAQEA7d9' + 'xQ2mZ7pL4wR8tY1nBq5Hs3Jd6Fg0Ca'.slice(i % 7) + 'Zk9v').join('\n')}\n-----END RSA PRIVATE KEY-----`;
    const text = serviceLog(400_000, 3, 40).text.split('\n').flatMap((l, i) => (i % 500 === 7 ? [l, pem(4 + (i % 9))] : [l])).join('\n');
    const withHits = lineDecodingScanner(createScanner({ cleanTexts: false }));
    expect(withHits.spanHits).toBeDefined();
    const { spanHits: _, ...without } = withHits;
    for (const chunk of [3000, 20000]) {
      const a = await streamed(text, withHits, chunk);
      expect(a.filter((f) => f.detector === 'private-key').length).toBeGreaterThan(5);
      expect(a).toEqual(await streamed(text, without, chunk));
    }
  });
});
