import { describe, expect, it } from 'vitest';
import { durationToMs, formatDuration, parseDuration } from '../../../src/rules';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1w', 604_800_000],
    ['500ms', 500],
    ['1h30m', 5_400_000],
    [' 1.5h ', 5_400_000],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '2', 'h', '2 hours', '-1h', '0s', '2y', '1h 30m', 'abc'])('refuses %j', (text) => {
    expect(() => parseDuration(text)).toThrow(/invalid duration/);
  });

  it('accepts milliseconds as numbers in durationToMs', () => {
    expect(durationToMs(60_000)).toBe(60_000);
    expect(durationToMs('2h')).toBe(7_200_000);
    expect(() => durationToMs(-5)).toThrow(/positive/);
    expect(() => durationToMs(null)).toThrow(/invalid duration/);
  });

  it('formats back', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(604_800_000)).toBe('1w');
  });
});
