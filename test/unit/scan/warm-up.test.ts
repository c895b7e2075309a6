import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { warmUp, warmUpText } from '../../../src/cli/warm-up';
import { lineDecodingScanner } from '../../../src/cli/line-decoding-scanner';
import { createScanner } from '../../../src/scan';

const fileScanner = () => lineDecodingScanner(createScanner({ cleanTexts: false }));

describe('warmUp (the file scanner before its first file)', () => {
  it('takes the rarer paths: findings of many detectors, cut short, public, test, multi-line and escaped', () => {
    const text = warmUpText();
    const found = fileScanner().scan(text);
    const ids = new Set(found.map((f) => f.detector));
    expect(ids.size).toBeGreaterThanOrEqual(12);
    for (const id of ['private-key', 'password-assignment', 'secret-assignment', 'url-query-credential', 'credit-card', 'email', 'iban']) expect(ids, id).toContain(id);
    expect(found.some((f) => f.public)).toBe(true);
    expect(found.some((f) => f.test)).toBe(true);
    // A value found only in its decoded view (`token%3D…`): the line decoder's path.
    const escaped = text.indexOf('token%3D');
    expect(found.some((f) => f.start > escaped && f.start < escaped + 40)).toBe(true);
    // A password cut at the end of its line (a verdict with trimEnd).
    const cut = text.indexOf('export DB_PASSWORD="');
    expect(found.some((f) => f.start > cut && f.start < cut + 25)).toBe(true);
  });

  it('leaves what the scanner finds unchanged', () => {
    const text = serviceLog(300_000, 9, 40).text + warmUpText();
    const fresh = fileScanner().scan(text);
    const warmed = fileScanner();
    warmUp(warmed);
    expect(fresh.length).toBeGreaterThan(20);
    expect(warmed.scan(text)).toEqual(fresh);
  });
});
