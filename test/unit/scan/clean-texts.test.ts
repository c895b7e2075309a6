import { describe, expect, it } from 'vitest';
import { CleanTexts, createScanner, DEFAULT_DETECTORS, defineDetector, scanAlert } from '../../../src/scan';
import { sampleKey } from '../../../src/scan/clean-texts';
import { alertFromFixture, readFixture } from './fixture-alert';

/** A detector that flags `zzz-<digits>` unless the digits are all 0, and counts its validations. */
function countingDetector(): { det: ReturnType<typeof defineDetector>; calls: () => number } {
  let calls = 0;
  const det = defineDetector({
    id: 'counting', name: 'Counting', category: 'credential', severity: 'high', remediation: 'none',
    keywords: ['zzz-'], pattern: /zzz-\d+/, placeholders: false,
    validate: (v) => {
      calls++;
      return !/^zzz-0+$/.test(v);
    },
  });
  return { det, calls: () => calls };
}

describe('CleanTexts', () => {
  it('scans a clean text once, and a text with a finding every time', () => {
    const { det, calls } = countingDetector();
    const scanner = createScanner({ detectors: [det] });
    expect(scanner.scan('ok zzz-000 ok')).toEqual([]);
    expect(scanner.scan('ok zzz-000 ok')).toEqual([]);
    expect(calls()).toBe(1);
    expect(scanner.redact('ok zzz-123').text).toBe('ok [REDACTED:counting]');
    expect(scanner.redact('ok zzz-123').text).toBe('ok [REDACTED:counting]');
    expect(calls()).toBe(3);
  });

  it('can be turned off (every text scanned)', () => {
    const { det, calls } = countingDetector();
    const scanner = createScanner({ detectors: [det], cleanTexts: false });
    scanner.scan('zzz-0');
    scanner.scan('zzz-0');
    expect(calls()).toBe(2);
  });

  it('is bounded: two generations of maxEntries, older texts forgotten, hits kept young', () => {
    const mem = new CleanTexts({ maxEntries: 3, maxChars: 1_000, maxTextLength: 10 });
    for (const t of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) mem.add(t);
    // young {g}, old {d, e, f}: a, b, c were dropped with the generation before.
    expect(mem.size).toBe(4);
    expect(['a', 'b', 'c'].some((t) => mem.has(t))).toBe(false);
    expect(mem.has('d')).toBe(true); // moves d to the young generation
    mem.add('h'); // young {g, d, h} is full: it becomes the old one
    mem.add('i');
    expect(mem.has('d')).toBe(true);
    expect(mem.has('e')).toBe(false);
  });

  it('bounds characters too, and does not keep long texts', () => {
    const mem = new CleanTexts({ maxEntries: 100, maxChars: 10, maxTextLength: 6 });
    mem.add('x'.repeat(7));
    expect(mem.has('x'.repeat(7))).toBe(false);
    for (const t of ['aaaaaa', 'bbbbbb', 'cccccc', 'dddddd']) mem.add(t);
    expect(mem.size).toBeLessThanOrEqual(3);
    expect(mem.has('aaaaaa')).toBe(false);
  });

  it('never answers for a different text that shares its sampled key, and keeps few such texts', () => {
    // Character 1 of a 100-character text is not sampled: these texts share one key.
    const alike = (c: string) => `a${c}${'a'.repeat(98)}`;
    expect(sampleKey(alike('b'))).toBe(sampleKey(alike('c')));
    const mem = new CleanTexts();
    mem.add(alike('b'));
    expect(mem.has(alike('b'))).toBe(true);
    expect(mem.has(alike('c'))).toBe(false);
    for (const c of 'cdefg') mem.add(alike(c));
    // Four per key are kept (a lookup compares at most four texts); the rest are scanned again.
    expect([...'bcdefg'].filter((c) => mem.has(alike(c)))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('changes nothing in what scanAlert finds and redacts when an alert repeats', () => {
    const fresh = () => createScanner({ detectors: DEFAULT_DETECTORS, cleanTexts: false });
    const remembering = createScanner();
    const alert = alertFromFixture(readFixture('12'));
    const expected = scanAlert(fresh(), alert);
    expect(expected.findings.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(scanAlert(remembering, alert)).toEqual(expected);
  });
});
