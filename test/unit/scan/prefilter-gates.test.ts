import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { createScanner } from '../../../src/scan/create-scanner';
import { defineDetector } from '../../../src/scan/define-detector';

/**
 * Gates the prefilter checks before it lists a keyword detector for a line (Detector.needsShape,
 * lineHead, keywordBoundary): lines of an ordinary service log hold the keyword but cannot hold a
 * match (`customer_id` in a SQL statement, `10.` starting an access log line, `ion_` inside
 * `duration_ms`, `:59:` inside `23:59:44`), and the detector is not run on them. Lines that hold a
 * match still wake it, and the scanner finds the same values.
 */
const id = (name: string): number => DEFAULT_DETECTORS.findIndex((d) => d.id === name);
const prefilter = createPrefilter(DEFAULT_DETECTORS, { skipPrivateIpv4: true });
const wakes = (text: string, name: string): boolean => prefilter.windows(text).some((w) => w.detectors.includes(id(name)));
const found = (text: string, name: string): string[] =>
  createScanner({ cleanTexts: false })
    .scan(text)
    .filter((f) => f.detector === name)
    .map((f) => text.slice(f.start, f.end));

describe('prefilter gates', () => {
  it('needsShape: a Google Ads customer id runs only on a line with a phone-shaped run', () => {
    expect(wakes(`2026-12-03T06:09:33Z LOG: statement: SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id LIMIT 223`, 'google-ads-customer-id')).toBe(false);
    const line = `{"level":"warn","msg":"quota","customer_id":"845-062-8374"}`;
    expect(wakes(line, 'google-ads-customer-id')).toBe(true);
    expect(found(line, 'google-ads-customer-id')).toEqual(['845-062-8374']);
  });

  it('lineHead: a BECS detail record runs only on a line that starts like one', () => {
    const nginx = '10.240.179.113 - - [03/Dec/2026:20:48:34 +0000] "POST /api/v2/contacts/14699 HTTP/1.1" 404 44370';
    expect(wakes(nginx, 'au-becs-detail-account')).toBe(false);
    expect(wakes(nginx, 'person-name-becs-detail')).toBe(false);
    const becs = '1062-000 12345678 530000012345JOHN CITIZEN                    PAYROLL DEC      062-000 87654321ACME PTY LTD    00000000';
    expect(wakes(`${nginx}\n${becs}`, 'au-becs-detail-account')).toBe(true);
    expect(found(`${nginx}\n${becs}`, 'au-becs-detail-account')).toEqual(['12345678']);
  });

  it('keywordBoundary word: a prefixed token runs only where its prefix starts a word', () => {
    const token = `ion_${'aB3dE9kLmN2pQ7rS5tU1vW4xY8zA6bC0dF2gH4jK7m'}`;
    expect(token.length).toBe(46);
    expect(wakes(`{"msg":"request completed","duration_ms":3425,"version_major":2}`, 'ionic-token')).toBe(false);
    expect(wakes(`IONIC_TOKEN=${token}`, 'ionic-token')).toBe(true);
    expect(found(`appflow login failed IONIC_TOKEN=${token} duration_ms=12`, 'ionic-token')).toEqual([token]);
    // Mid-word it is no match for the pattern either.
    expect(found(`x${token}`, 'ionic-token')).toEqual([]);
  });

  it('keywordBoundary digit: a SWIFT field tag runs where no digit precedes it, not in a timestamp', () => {
    expect(wakes('2026-12-03T23:59:44.185Z INFO settled batch 10:25:31', 'person-name-mt103-party')).toBe(false);
    expect(wakes('2026-12-03T23:59:44.185Z INFO settled batch 10:25:31', 'account-mt940-25')).toBe(false);
    const mt = ':20:REF123\n:59:/DE89370400440532013000\nKATRIN KUHN\nLINDENSTRASSE 31, 80331 MUNCHEN\n:25:37040044/0532013000\n';
    expect(wakes(mt, 'person-name-mt103-party')).toBe(true);
    expect(wakes(mt, 'account-mt940-25')).toBe(true);
    expect(found(mt, 'person-name-mt103-party')).toEqual(['KATRIN KUHN']);
    expect(found(mt, 'account-mt940-25')).toEqual(['0532013000']);
  });

  it('keywordBoundary reads the keyword without ASCII case and lets a hit it cannot read through', () => {
    const d = defineDetector({ id: 'x-gate', name: 'x', category: 'credential', severity: 'high', keywords: ['abc_'], keywordBoundary: 'word', pattern: /(?<![\w])abc_\d{6}/, remediation: 'x' });
    const p = createPrefilter([d]);
    const on = (text: string) => p.windows(text).some((w) => w.detectors.includes(0));
    expect(on('key ABC_123456')).toBe(true);
    expect(on('key xABC_123456')).toBe(false);
    expect(on('ABC_123456')).toBe(true);
    expect(on('key 9abc_123456 and (abc_654321)')).toBe(true);
  });
});
