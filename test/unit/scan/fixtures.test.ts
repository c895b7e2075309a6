import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner, scanAlert } from '../../../src/scan';
import { alertFromFixture, fixturesDir, readFixture } from './fixture-alert';

const scanner = createScanner();

/** Every item manifest.json lists as sensitive, as raw values, with the detectors expected. */
const EXPECTED: Record<string, { raw: string[]; detectors: string[] }> = {
  '12': {
    raw: ['sk_live_51FAKEdoNotUse0000000000', '4242 4242 4242 4242', 'exp=12/29', 'cvc=123', 'jane.doe@example.com', 'cus_QmX81hZp9aB2cD'],
    detectors: ['stripe-secret-key', 'credit-card', 'card-expiry', 'card-cvc', 'email', 'stripe-customer-id'],
  },
  '13': {
    raw: ['00D5g00000FAKE!AQ4AQ', 'fakeSessionToken_doNotUse', '3MVG9FAKEclientIdDoNotUse', 'FAKE0123456789SECRET', 'integration.bot@acme-payments.example', 'john.smith@customer.example', '415-555-0132'],
    detectors: ['salesforce-session-token', 'salesforce-consumer-key', 'secret-assignment', 'email', 'phone-number'],
  },
  '14': {
    raw: ['fake0000-1111-2222-3333-444455556666', 'pat-na1-FAKE0000', 'FAKEtok_abc123XYZ', 'ana.garcia@example.org', 'ops@acme-payments.example', 'AKIAIOSFODNN7EXAMPLE'],
    detectors: ['hubspot-api-key', 'hubspot-private-app-token', 'url-query-credential', 'email', 'aws-access-key-id'],
  },
  '16': { raw: ['FAKEtokenId00112233', 'FAKEsig%3D'], detectors: ['secret-assignment'] },
  '18': { raw: ['victim@example.com', '203.0.113.77'], detectors: ['email', 'ipv4-address'] },
};

describe('scanAlert over the shared fixtures', () => {
  it('the manifest marks exactly these fixtures as sensitive', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(fixturesDir(), 'manifest.json'), 'utf8')) as { file: string; contains_sensitive_data: boolean }[];
    const sensitive = manifest.filter((m) => m.contains_sensitive_data).map((m) => m.file.slice(0, 2));
    expect(sensitive.sort()).toEqual(Object.keys(EXPECTED).sort());
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
    expect(out.leak.detected).toBe(true);
    expect(out.leak.count).toBe(out.findings.length);
    expect(alert.findings).toEqual([]); // the input is not mutated
    expect(JSON.stringify(alert)).toBe(before);
  });

  it('fixture 12: paths, severities, test flag and the service in the remediation', () => {
    const out = scanAlert(scanner, alertFromFixture(readFixture('12')));
    const key = out.findings.find((f) => f.detector === 'stripe-secret-key')!;
    expect(key.path).toBe('logs[1].message');
    expect(key.severity).toBe('critical');
    expect(key.test).toBeUndefined();
    expect(key.masked).toBe('sk_live_…0000');
    expect(key.remediation).toBe('Rotate this Stripe secret key in the Stripe dashboard; it was logged by service stripe-sync.');
    expect(out.logs[1]!.message).toContain('"Authorization":"Bearer [REDACTED:stripe-secret-key]"');
    expect(out.logs[1]!.message).toContain('sk_live_************************FAKE');
    const card = out.findings.find((f) => f.detector === 'credit-card')!;
    expect(card).toMatchObject({ path: 'logs[2].message', test: true, severity: 'low', masked: '•••• 4242', category: 'financial' });
    expect(out.leak.maxSeverity).toBe('critical');
    expect(out.leak.categories).toEqual(['credential', 'financial', 'personal']);
  });

  it('fixture 14: the AWS documentation key is found, redacted and marked as test data', () => {
    const out = scanAlert(scanner, alertFromFixture(readFixture('14')));
    const aws = out.findings.find((f) => f.detector === 'aws-access-key-id')!;
    expect(aws).toMatchObject({ test: true, severity: 'low', path: 'logs[2].message' });
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
      const dir = fixturesDir();
      const file = fs.readdirSync(dir).find((f) => f.startsWith(`${num}-`))!;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
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
