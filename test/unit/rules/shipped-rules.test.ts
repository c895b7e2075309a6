import { describe, expect, it } from 'vitest';
import { loadRulesFile } from '../../../src/rules';
import { resolveChannels } from '../../../src/rules/owner-channel';
import { makeAlert } from './alert-factory';

const rules = loadRulesFile('config/rules.yaml');
const log = (message: string) => [{ time: '10:04:58 UTC', host: 'i-0a1b2c3d', message }];

describe('shipped config/rules.yaml', () => {
  it('loads with its routes and inhibit rule', () => {
    expect(rules.routeCount).toBeGreaterThanOrEqual(9);
    expect(rules.defaults.channels).toEqual(['#alerts']);
    expect(rules.inhibitRules.map((r) => r.name)).toEqual(['critical-covers-warnings']);
  });

  it("credential leak → critical in #security-alerts with the security group, and still to the owner's channel", () => {
    const d = rules.evaluate(
      makeAlert({ priority: 3, logs: log('POST /v1/charges failed status=500'), leak: { detected: true, categories: ['credential'], detectors: ['stripe-secret-key'], maxSeverity: 'critical', count: 1 } }),
    );
    expect(d.severity).toBe('critical');
    expect(d.channels[0]).toBe('#security-alerts');
    expect(d.channels).toContain('owner');
    expect(resolveChannels(d, undefined, '#default')).toEqual(['#security-alerts', '#alerts']);
    expect(resolveChannels(d, 'C0OWNER01', '#default')).toEqual(['#security-alerts', 'C0OWNER01']);
    expect(d.mentions).toEqual(['@security']);
    expect(d.matchedRoutes[0]).toBe('routes[0]');
  });

  it('personal data leak → high in #security-alerts', () => {
    const d = rules.evaluate(makeAlert({ priority: 4, logs: log('sync ok'), leak: { detected: true, categories: ['personal'] } }));
    expect(d.severity).toBe('high');
    expect(d.channels).toContain('#security-alerts');
  });

  it('P1 → critical', () => {
    const d = rules.evaluate(makeAlert({ priority: 1, logs: log('status=429 rate limited') }));
    expect(d.severity).toBe('critical');
    expect(d.channels).toEqual(['owner']);
    expect(d.ownerFallback).toEqual(['#alerts']);
  });

  it('429 from an integration → medium, grouped by service and provider', () => {
    const d = rules.evaluate(makeAlert({ priority: 2, logs: log('POST https://api.stripe.com/v1/charges failed status=429 code=rate_limit') }));
    expect(d.severity).toBe('medium');
    expect(d.groupBy).toEqual(['service', 'tags.integration']);
  });

  it('401 from an integration → high', () => {
    const d = rules.evaluate(makeAlert({ priority: 3, logs: log('ERROR stripe_sync: 401 Unauthorized from api.stripe.com') }));
    expect(d.severity).toBe('high');
    expect(d.labels.kind).toBe('auth');
  });

  it('Salesforce INVALID_SESSION_ID → high', () => {
    const d = rules.evaluate(makeAlert({ priority: 3, tags: { integration: 'salesforce' }, logs: log('INVALID_SESSION_ID: Session expired or invalid') }));
    expect(d.severity).toBe('high');
  });

  it('provider 5xx → medium, high on P2', () => {
    const five = log('HubSpot API returned status=503 Service Unavailable');
    expect(rules.evaluate(makeAlert({ priority: 3, tags: { integration: 'hubspot' }, logs: five })).severity).toBe('medium');
    const p2 = rules.evaluate(makeAlert({ priority: 2, tags: { integration: 'hubspot' }, logs: five }));
    expect(p2.severity).toBe('high');
    expect(p2.matchedRoutes).toEqual(['routes[7]', 'routes[7].routes[0]']);
  });

  it('synthetics failures → #synthetics with a mention', () => {
    const d = rules.evaluate(makeAlert({ eventType: 'synthetics_alert', tags: {}, priority: 2, logs: [] }));
    expect(d.channels).toEqual(['#synthetics']);
    expect(d.mentions).toEqual(['@synthetics-owners']);
    expect(d.severity).toBe('high');
  });

  it('Warn stays at most medium even for P1 auth failures', () => {
    const d = rules.evaluate(makeAlert({ priority: 1, transition: 'Warn', alertType: 'warning', logs: log('401 Unauthorized') }));
    expect(d.severity).toBe('medium');
  });

  it("everything else → the owner's channel, else #alerts, with the severity from priority", () => {
    const d = rules.evaluate(makeAlert({ priority: 4, tags: {}, logs: log('disk almost full') }));
    expect(d.channels).toEqual(['owner']);
    expect(resolveChannels(d, undefined, '#default')).toEqual(['#alerts']);
    expect(resolveChannels(d, '#payments', '#default')).toEqual(['#payments']);
    expect(d.severity).toBe('low');
  });

  it('the shipped inhibit rule: a critical source covers warnings of the same service and env', () => {
    const [rule] = rules.inhibitRules;
    const critical = makeAlert({ priority: 1 });
    const warn = makeAlert({ transition: 'Warn' });
    expect(rule.source.matches(critical, 'critical')).toBe(true);
    expect(rule.source.matches(makeAlert({ service: '' }), 'critical')).toBe(false);
    expect(rule.target.matches(warn, 'high')).toBe(true);
    expect(rule.target.matches(makeAlert(), 'medium')).toBe(true);
    expect(rule.target.matches(makeAlert(), 'high')).toBe(false);
    expect(rule.equal).toEqual(['service', 'env']);
  });
});
