const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;

/**
 * Parses a human duration (`90s`, `30m`, `2h`, `1d`, `1w`, `500ms`, or compound `1h30m`)
 * into milliseconds. Throws an Error naming the bad input otherwise.
 */
export function parseDuration(text: string): number {
  const s = typeof text === 'string' ? text.trim() : '';
  if (s === '' || s.length > 40 || !WHOLE.test(s)) {
    throw new Error(
      `invalid duration ${JSON.stringify(text)}: use a number followed by ms, s, m, h, d or w (e.g. 90s, 30m, 2h, 1d, 1w)`,
    );
  }
  let total = 0;
  for (const m of s.matchAll(PART)) total += Number(m[1]) * UNIT_MS[m[2]];
  if (!Number.isFinite(total) || total <= 0) {
    throw new Error(`invalid duration ${JSON.stringify(text)}: must be greater than zero`);
  }
  return Math.round(total);
}

/** Accepts a duration string or a positive number of milliseconds; throws otherwise. */
export function durationToMs(value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`invalid duration ${value}: milliseconds must be a positive number`);
    }
    return Math.round(value);
  }
  if (typeof value === 'string') return parseDuration(value);
  throw new Error('invalid duration: expected a string like "2h" or a number of milliseconds');
}

/** Formats milliseconds compactly (`2h`, `1h30m`, `90s` → `1m30s`, `250ms`). */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['w', 604_800], ['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}
