import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, scanAlert } from '../../../src/scan';
import { fixtureText, manifest } from '../../helpers/fixtures';
import { alertFromFixture, readFixture } from './fixture-alert';

const scanner = createScanner();

/** The JSON payload fixtures manifest.json lists as holding sensitive data: raw values and detectors. */
const EXPECTED: Record<string, { raw: string[]; detectors: string[] }> = Object.fromEntries(
  manifest()
    .filter((m) => m.file.endsWith('.json') && m.contains_sensitive_data)
    .map((m) => [m.file.slice(0, 2), { raw: m.sensitive.map((x) => x.value), detectors: [...new Set(m.sensitive.map((x) => x.detector))] }]),
);

describe("scanAlert over Herald's Datadog fixtures", () => {
  it('the manifest marks exactly the leaking payloads as sensitive', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(['12', '13', '14', '16', '18']);
    for (const m of manifest()) expect(m.contains_sensitive_data, m.file).toBe(m.sensitive.length > 0);
  });

  it.each(Object.keys(EXPECTED))('fixture %s: finds every listed item and the redacted alert holds none of them', (num) => {
    const alert = alertFromFixture(readFixture(num));
    const before = JSON.stringify(alert);
    for (const raw of EXPECTED[num]!.raw) expect(before, `fixture ${num} should contain ${raw}`).toContain(raw);
    const out = scanAlert(scanner, alert);
    const after = JSON.stringify(out);
    for (const raw of EXPECTED[num]!.raw) expect(after, `raw ${raw} left in fixture ${num}`).not.toContain(raw);
    const detectors = new Set(out.findings.map((f) => f.detector));
    for (const d of EXPECTED[num]!.detectors) expect(detectors, `fixture ${num}`).toContain(d);
    // Documentation data (example.com, RFC 5737 addresses) is redacted but not counted as a leak.
    expect(out.leak.detected).toBe(out.findings.some(isLeak));
    expect(out.leak.count).toBe(out.findings.filter(isLeak).length);
    expect(out.leak.count + (out.leak.notCounted ?? 0)).toBe(out.findings.length);
    expect(alert.findings).toEqual([]); // the input is not mutated
    expect(JSON.stringify(alert)).toBe(before);
  });

  it('fixture 12: paths, severities, test flag and the service in the remediation', () => {
    const out = scanAlert(scanner, alertFromFixture(readFixture('12')));
    const key = out.findings.find((f) => f.detector === 'stripe-secret-key')!;
    expect(key.path).toBe('logs[1].message');
    expect(key.severity).toBe('critical');
    expect(key.test).toBeUndefined();
    expect(key.masked).toBe('sk_live_…9fQz');
    expect(key.remediation).toBe('Rotate this Stripe secret key in the Stripe dashboard; it was logged by service stripe-connector.');
    expect(out.logs[1]!.message).toContain('"Authorization":"Bearer [REDACTED:stripe-secret-key]"');
    expect(out.logs[1]!.message).toContain('sk_live_********************9fQz'); // Stripe's own masked echo is kept
    const card = out.findings.find((f) => f.detector === 'credit-card')!;
    // Severity info (was low): a published test card is documentation data, redacted but not a leak (issue 35, see isLeak).
    expect(card).toMatchObject({ path: 'logs[2].message', test: true, severity: 'info', masked: '•••• 5556', category: 'financial' });
    expect(out.leak.maxSeverity).toBe('critical');
    // The Stripe customer id is redacted and listed, but an id is not counted as a leak (issue 13), and the
    // e-mail is at a documentation domain: no personal leak is counted.
    const customer = out.findings.find((f) => f.detector === 'stripe-customer-id')!;
    expect(customer).toMatchObject({ public: true, category: 'personal' });
    expect(out.logs.map((l) => l.message).join('\n')).not.toContain('cus_Rk27TnWq5LbX8v');
    // The card is a published test card, so its `exp=08/28` and `cvc=914` are test data too (round pf17): no financial leak.
    expect(out.leak.categories).toEqual(['credential']);
  });

  it('fixture 14: the AWS documentation key is found, redacted and marked as test data', () => {
    const out = scanAlert(scanner, alertFromFixture(readFixture('14')));
    const aws = out.findings.find((f) => f.detector === 'aws-access-key-id')!;
    // Severity info (was low): documentation examples are example data, not leaks (issue 13, see isLeak).
    expect(aws).toMatchObject({ test: true, severity: 'info', path: 'logs[2].message' });
    expect(out.logs[2]!.message).toContain('aws_key=[REDACTED:aws-access-key-id]');
    expect(out.logs[0]!.message).toContain('?hapikey=[REDACTED:hubspot-api-key]');
  });

  it('fixture 18: the security signal email and client IP are redacted in extra fields', () => {
    const out = scanAlert(scanner, alertFromFixture(readFixture('18')));
    const paths = out.findings.map((f) => f.path);
    expect(paths).toContain('extra.security.signal_attributes.usr.email');
    expect(paths).toContain('extra.security.signal_attributes.network.client.ip');
  });

  it('the raw JSON text of every sensitive fixture (escaped forms) redacts to no raw value', () => {
    for (const num of Object.keys(EXPECTED)) {
        const text = fixtureText(num);
      const red = scanner.redact(JSON.stringify(JSON.parse(text))).text;
      for (const raw of EXPECTED[num]!.raw) expect(red, `${num}: ${raw}`).not.toContain(raw);
    }
  });

  it('clean fixtures produce no credential, financial or personal findings', () => {
    for (const num of ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '15', '17', '19']) {
      const out = scanAlert(scanner, alertFromFixture(readFixture(num)));
      const serious = out.findings.filter((f) => f.category !== 'infrastructure');
      expect(serious.map((f) => `${f.detector}@${f.path}`), `fixture ${num}`).toEqual([]);
    }
  });
});
