import { describe, expect, it } from 'vitest';
import { decodedViews, decodeView } from '../../../src/ingest/decoded-view';
import { decodingScanner } from '../../../src/ingest/decoding-scanner';
import { createScanner } from '../../../src/scan';
import { freshSecrets, slackWebhookUrl } from '../../helpers/secrets';

const base = createScanner();
const scanner = decodingScanner(base);

/** Every way a value can be hidden from a scanner that reads only the text as it is. */
function encodings(t: string): Record<string, string> {
  const pct = encodeURIComponent(t);
  return {
    percent: pct,
    double: encodeURIComponent(pct),
    jsonSlash: t.replace(/\//g, '\\/'),
    jsonUnicode: [...t].map((c) => (/[=:@/._-]/.test(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join(''),
    jsonInJson: JSON.stringify(JSON.stringify({ v: t })).slice(1, -1),
    entities: t.replace(/[=:@/]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
  };
}

describe('decodeView', () => {
  it('maps every decoded character to the escape it came from', () => {
    const v = decodeView('a%3Db\\/c&amp;d%E2%82%ACe\\u0041')!;
    expect(v.text).toBe('a=b/c&d€eA');
    expect([...v.map]).toEqual([0, 1, 4, 5, 7, 8, 13, 14, 23, 24, 30]);
  });

  it('keeps invalid escapes as they are and reports nothing to decode', () => {
    expect(decodeView('100% sure, \\q, &bogus; %zz %C3')).toBeNull();
    expect(decodeView('%C3%28')!.text).toBe('%C3('); // %C3 starts no valid sequence here: left alone
  });

  it('decodes one level per view (double-encoded values need two)', () => {
    const views = decodedViews('key%253Dvalue');
    expect(views.map((v) => v.text)).toEqual(['key%3Dvalue', 'key=value']);
    expect(views[1]!.map[3]).toBe(3);
    expect(views[1]!.map[4]).toBe(8);
  });
});

describe('decodingScanner', () => {
  const secrets = freshSecrets();
  const cases = Object.entries(secrets).flatMap(([name, s]) => {
    const text = name === 'slackWebhook' ? slackWebhookUrl(s.text) : s.text;
    return Object.entries(encodings(text)).map(([how, enc]) => [`${name} ${how}`, s.value, enc] as const);
  });

  it.each(cases)('finds %s and redacts the whole escaped span', (_name, value, enc) => {
    const text = `before ${enc} after`;
    const r = scanner.redact(text);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const variant of [value, ...Object.values(encodings(value))]) expect(r.text).not.toContain(variant);
    expect(r.text.startsWith('before ')).toBe(true);
    expect(r.text.endsWith(' after')).toBe(true);
    for (const f of r.findings) expect(f.end).toBeLessThanOrEqual(text.length);
  });

  it('costs one scan for text without escapes and finds what the plain scanner finds', () => {
    const t = `user ${secrets.email!.value} key ${secrets.stripe!.value}`;
    expect(scanner.scan(t)).toEqual(base.scan(t));
  });

  it('merges a finding seen both as it is and decoded into one redaction', () => {
    const t = `${secrets.email!.value} and ${encodeURIComponent(secrets.email!.value)}`;
    const r = scanner.redact(t);
    expect(r.text).toBe('[REDACTED:email] and [REDACTED:email]');
    expect(r.findings).toHaveLength(2);
  });
});
