import type { Finding } from '../../src/scan/index';

/** Hits out of a total (values covered, negatives flagged). */
export interface Tally {
  hit: number;
  total: number;
}

/** `92.3 % (156/169)`. */
export const pct = (t: Tally): string => `${((100 * t.hit) / Math.max(1, t.total)).toFixed(1)} % (${t.hit}/${t.total})`;

/** Counts one case under `key`: one more in the total, one more hit when `ok`. */
export const tally = (m: Map<string, Tally>, key: string, ok: boolean): void => {
  const t = m.get(key) ?? { hit: 0, total: 0 };
  t.total++;
  if (ok) t.hit++;
  m.set(key, t);
};

/** True when every character of every occurrence of `value` in `text` lies inside the findings. */
export function fullyCovered(text: string, value: string, leaks: readonly Finding[]): boolean {
  const mask = new Uint8Array(text.length);
  for (const f of leaks) mask.fill(1, f.start, f.end);
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    for (let i = at; i < at + value.length; i++) if (!mask[i]) return false;
  }
  return true;
}
