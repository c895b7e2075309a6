import { describe, expect, it } from 'vitest';
import { createScanner, defineDetector, scanAlert, summarizeFindings, type Finding } from '../../../src/scan';
import { alertFromFixture, readFixture } from './fixture-alert';

const scanner = createScanner();
const KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc9aB2cDeFgHiJ';

describe('scan and redact', () => {
  it('returns sorted, non-overlapping findings with offsets into the text', () => {
    const text = `user jane@example.com paid with 4000 0566 5566 5556 using key ${KEY} from 203.0.113.9`;
    const f = scanner.scan(text, 'message');
    expect(f.map((x) => x.detector)).toEqual(['email', 'credit-card', 'stripe-secret-key', 'ipv4-address']);
    for (let i = 1; i < f.length; i++) expect(f[i]!.start).toBeGreaterThanOrEqual(f[i - 1]!.end);
    expect(text.slice(f[2]!.start, f[2]!.end)).toBe(KEY);
    expect(f.every((x) => x.path === 'message')).toBe(true);
  });

  it('the more specific detector wins an overlap (Stripe key inside a Bearer header)', () => {
    const f = scanner.scan(`Authorization: Bearer ${KEY}`);
    expect(f.map((x) => x.detector)).toEqual(['stripe-secret-key']);
  });

  it('finds every value in a text with thousands of keyword hits, and a small text after it', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 500 === 7 ? `token refresh for ops${i}@example.com` : `token=placeholder key=value ${i}`));
    const sc = createScanner({ cleanTexts: false });
    const f = sc.scan(lines.join('\n'));
    expect(f.filter((x) => x.detector === 'email').length).toBe(6);
    expect(sc.scan(`paid with 4000 0566 5566 5556`).map((x) => x.detector)).toEqual(['credit-card']);
  });

  it('keeps readable context around credentials in headers and URLs', () => {
    expect(scanner.redact('Authorization: Bearer abcdefghijklmnop1234567890').text).toBe('Authorization: Bearer [REDACTED:bearer-token]');
    expect(scanner.redact('dial postgres://app:S3cr3tPassw0rd@db.internal:5432/app').text).toBe(
      'dial postgres://app:[REDACTED:database-uri-password]@db.internal:5432/app',
    );
    expect(scanner.redact('POST https://hooks.slack.com/services/T0123ABCD45/B0123ABCD45/abcdefghijklmnopqrstuvwx').text).toBe(
      'POST [REDACTED:slack-webhook]',
    );
  });

  it('redaction is idempotent: redacted text scans clean', () => {
    const text = `password=Summ3r!2026 token=${KEY} email=a.b@example.com card=4000056655665556 ssn=123-45-6780`;
    const once = scanner.redact(text);
    expect(once.findings.length).toBe(5);
    expect(scanner.scan(once.text)).toEqual([]);
  });

  it('finds JSON-escaped values (logs inside JSON strings)', () => {
    const text = String.raw`{\"token\":\"Zx81hZp9aB2cDq7L0mN3\",\"password\":\"Summ3r!2026\",\"email\":\"jane@example.com\"}`;
    const red = scanner.redact(text).text;
    expect(red).not.toContain('Zx81hZp9aB2cDq7L0mN3');
    expect(red).not.toContain('Summ3r!2026');
    expect(red).not.toContain('jane@example.com');
    expect(red).toContain(String.raw`\"token\":\"[REDACTED:secret-assignment]\"`);
  });

  it('finds double-escaped values (a JSON string inside a JSON string)', () => {
    const inner = JSON.stringify({ message: 'retry oauth_token=FAKEtokenId00112233 oauth_signature=FAKEsig%3D' });
    const red = scanner.redact(JSON.stringify({ logs_sample: inner })).text;
    expect(red).not.toContain('FAKEtokenId00112233');
    expect(red).not.toContain('FAKEsig%3D');
  });

  it('finds URL-encoded query strings and encoded emails', () => {
    const text = 'GET /cb?next=%2Fhome%3Fapi_key%3DZx81hZp9aB2cDq7L0mN3%26page%3D2&user=jane.doe%40example.com';
    const f = scanner.scan(text);
    expect(f.map((x) => x.detector)).toEqual(['url-query-credential', 'email']);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('Zx81hZp9aB2cDq7L0mN3');
    expect(f[1]!.masked).toBe('j•••@example.com');
  });

  it('finds a private key split over lines and a truncated one', () => {
    const body = 'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgwMbRvI0MBZhpF\n'.repeat(3);
    const full = `key:\n-----BEGIN PRIVATE KEY-----\n${body}-----END PRIVATE KEY-----\ndone`;
    const red = scanner.redact(full).text;
    expect(red).toBe('key:\n[REDACTED:private-key]\ndone');
    const truncated = scanner.redact('"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7Mhgw').text;
    expect(truncated).toBe('"[REDACTED:private-key]');
  });

  it('scans a text full of "private key" once, not once per mention, and still finds the key', () => {
    const body = 'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgwMbRvI0MBZhpF\n'.repeat(3);
    const key = `-----BEGIN PRIVATE KEY-----\n${body}-----END PRIVATE KEY-----`;
    const text = `${'private key rotated; '.repeat(50_000)}\n${key}\n${'old private key revoked\n'.repeat(2_000)}`;
    const t0 = performance.now();
    const found = createScanner({ cleanTexts: false }).scan(text);
    const ms = performance.now() - t0;
    expect(found.map((f) => f.detector)).toEqual(['private-key']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(key);
    // Once per mention would be 50,000 scans of 1 MB (minutes); a loose bound, so that a busy machine does not fail it.
    expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(6_000);
  });

  it('marks known test values and public keys with a lower severity', () => {
    // A test-mode key with a random body is a sandbox credential (low); Stripe's docs key `sk_test_4eC39…` is documentation (info, round fix21).
    const f = scanner.scan('sk_test_9hTq2LmXv7RbK3wPz5NcYd8a card 4242 4242 4242 4242 pk_live_4eC39HqLyjWDarjtT1zdp7dc sk_test_4eC39HqLyjWDarjtT1zdp7dc');
    expect(f.map((x) => [x.detector, x.severity, x.test ?? false, x.public ?? false])).toEqual([
      ['stripe-secret-key', 'low', true, false],
      ['credit-card', 'info', true, false], // published test card: documentation data, not a leak (issue 35)
      ['stripe-publishable-key', 'low', false, true],
      ['stripe-secret-key', 'info', true, false],
    ]);
  });

  it('uses only the detectors it is given', () => {
    const only = createScanner({ detectors: [defineDetector({ id: 'ticket', name: 'Ticket', category: 'infrastructure', severity: 'info', pattern: /TCK-\d{4}/, remediation: 'None' })] });
    expect(only.scan(`TCK-1234 jane@example.com ${KEY}`).map((x) => x.detector)).toEqual(['ticket']);
    expect(only.redact('a TCK-1234 b').text).toBe('a [REDACTED:ticket] b');
  });
});

describe('scanAlert', () => {
  it('redacts tag keys and values, scope, hosts, extra and links, with field paths', () => {
    const alert = alertFromFixture(readFixture('01'));
    alert.service = 'billing-api';
    alert.tags = { service: 'billing-api', 'owner:jane@example.com': 'x', contact: 'ops@example.com' };
    alert.scope = ['client_ip:203.0.113.9'];
    alert.logs = [{ time: '', host: '198.51.100.7', message: 'ok' }, { time: '', host: 'h', message: `key ${KEY}` }];
    alert.extra = { synthetics_summary: 'failed for jane@example.com' };
    alert.links = { event: `https://app.example/e?token=${KEY}` };
    alert.title = 'ssn 123-45-6780';
    const out = scanAlert(scanner, alert);
    const paths = out.findings.map((f) => f.path).sort();
    expect(paths).toEqual(['extra.synthetics_summary', 'links.event', 'logs[0].host', 'logs[1].message', 'scope[0]', 'tagKeys[1]', 'tags.contact', 'title'].sort());
    expect(out.tags).toEqual({ service: 'billing-api', 'owner:[REDACTED:email]': 'x', contact: '[REDACTED:email]' });
    expect(out.logs[1]!.message).toBe('key [REDACTED:stripe-secret-key]');
    expect(out.findings.every((f) => f.remediation.endsWith('; it was logged by service billing-api.'))).toBe(true);
    expect(out.leak).toEqual(summarizeFindings(out.findings));
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(alert.logs[1]!.message).toContain(KEY);
  });

  it('keeps the findings already on the alert when it is scanned again', () => {
    const alert = alertFromFixture(readFixture('12'));
    const once = scanAlert(scanner, alert);
    const twice = scanAlert(scanner, once);
    expect(twice.findings).toEqual(once.findings);
    expect(twice.logs).toEqual(once.logs);
  });
});

describe('summarizeFindings', () => {
  const f = (detector: string, category: Finding['category'], severity: Finding['severity']): Finding => ({
    detector, category, severity, confidence: 1, path: 'x', start: 0, end: 1, masked: '•', remediation: 'r.',
  });
  it('summarizes categories, detectors, max severity and count', () => {
    expect(summarizeFindings([])).toEqual({ detected: false, categories: [], detectors: [], maxSeverity: null, count: 0 });
    expect(summarizeFindings([f('email', 'personal', 'medium'), f('stripe-secret-key', 'credential', 'critical'), f('email', 'personal', 'medium')])).toEqual({
      detected: true, categories: ['credential', 'personal'], detectors: ['email', 'stripe-secret-key'], maxSeverity: 'critical', count: 3,
    });
  });
});
