import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { addFindings, mergeLeak, summarizeFindings } from '../../../src/alert/leak-summary';
import type { Finding } from '../../../src/alert/finding';
import { createScanner, scanAlert } from '../../../src/scan';
import { compileRules } from '../../../src/rules';
import { makeAlert } from '../rules/alert-factory';

const TREE = `
defaults:
  channel: "#alerts"
routes:
  - name: credential-leak
    match: { leak.category: credential }
    severity: critical
    channel: "#security-alerts"
  - name: any-leak
    match: { leak.detected: true }
    channel: "#leaks"
`;

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number): string => [...randomBytes(n)].map((b) => B62[b % 62]).join('');
const scanner = createScanner();
const rules = compileRules(TREE, 'leak-accounting.yaml');

/** The alert with one log line, scanned as ingest scans it. */
function scannedWith(line: string) {
  return scanAlert(scanner, makeAlert({ logs: [{ time: '10:00:00 UTC', host: 'web-1', message: line }] }));
}

function finding(o: Partial<Finding>): Finding {
  return { detector: 'x', category: 'credential', severity: 'high', confidence: 0.9, path: 'message', start: 0, end: 1, masked: 'x…', remediation: 'rotate', ...o };
}

describe('leak accounting: public and example findings are listed, not counted', () => {
  it('an alert with only a Stripe publishable key is not routed as a credential leak', () => {
    const a = scannedWith(`stripe.js init publishableKey=pk_live_${b62(24)} origin=https://shop.acme.io`);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(a.findings.every((f) => f.public)).toBe(true);
    expect(a.leak).toMatchObject({ detected: false, count: 0, categories: [], maxSeverity: null });
    expect(a.leak.notCounted).toBe(a.findings.length);
    const d = rules.evaluate(a);
    expect(d.channels).not.toContain('#security-alerts');
    expect(d.channels).not.toContain('#leaks');
  });

  it('an alert with only documentation examples (AKIAIOSFODNN7EXAMPLE, user@example.com) is not a leak', () => {
    const a = scannedWith('aws configure: aws_access_key_id=AKIAIOSFODNN7EXAMPLE contact=user@example.com');
    expect(a.leak.detected).toBe(false);
    expect(rules.evaluate(a).channels).toEqual(['#alerts']);
  });

  it('a secret key next to a publishable key is a credential leak counted once', () => {
    const a = scannedWith(`stripe keys pk_live_${b62(24)} sk_live_${b62(24)}`);
    expect(a.leak).toMatchObject({ detected: true, count: 1, categories: ['credential'], notCounted: 1 });
    expect(rules.evaluate(a).channels).toContain('#security-alerts');
  });

  it('summaries merge: counts of leaks and of not-counted findings add separately', () => {
    const pub = finding({ public: true, severity: 'low' });
    const example = finding({ test: true, severity: 'info', category: 'personal' });
    const real = finding({ category: 'financial', severity: 'critical' });
    expect(summarizeFindings([pub, example])).toMatchObject({ detected: false, count: 0, notCounted: 2, maxSeverity: null });
    const merged = mergeLeak(summarizeFindings([pub]), [real, example]);
    expect(merged).toMatchObject({ detected: true, count: 1, notCounted: 2, categories: ['financial'], maxSeverity: 'critical' });
    const added = addFindings({ findings: [pub], leak: summarizeFindings([pub]) }, [real]);
    expect(added.leak).toMatchObject({ count: 1, notCounted: 1 });
    expect(added.findings).toHaveLength(2);
  });
});
