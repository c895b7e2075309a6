import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/scan/aho-corasick';

/** Every (end offset, payload id) the automaton reports on `text`, as a scanner loop would. */
function run(keywords: Record<string, number[]>, text: string): [number, number][] {
  const a = buildAutomaton(new Map(Object.entries(keywords)));
  const hits: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = a.delta[(s << a.shift) | (c < 128 ? a.classOf[c]! : 0)]!;
    for (const id of a.outputs[s] ?? []) hits.push([i, id]);
  }
  return hits;
}

describe('buildAutomaton', () => {
  it('finds overlapping keywords, case-insensitively, through characters no keyword uses', () => {
    expect(run({ he: [1], she: [2], hers: [3], his: [4] }, 'uSHErs')).toEqual([
      [3, 2],
      [3, 1],
      [5, 3],
    ]);
  });

  it('restarts after an unknown or non-ASCII character', () => {
    expect(run({ 'api_key': [7] }, 'api_ké api_KEY=1 apí_key')).toEqual([[13, 7]]);
  });

  it('keeps its table small: columns for the keywords\' characters only', () => {
    const a = buildAutomaton(new Map([['sk_live_', [1]], ['xoxb-', [2]]]));
    expect(a.shift).toBeLessThanOrEqual(4);
    expect(a.delta.length).toBe(a.outputs.length << a.shift);
    expect(a.delta).toBeInstanceOf(Uint16Array);
  });
});
