import { describe, expect, it } from 'vitest';
import { ownerFromSchema, unwrap } from '../../../src/enrich/owner-info';

describe('ownerFromSchema', () => {
  it('reads a v2.2 schema typed by the client (camelCase)', () => {
    const o = ownerFromSchema('billing-sync', {
      schemaVersion: 'v2.2',
      ddService: 'billing-sync',
      team: 'payments',
      tier: 'critical',
      contacts: [{ type: 'slack', contact: 'https://acme.slack.com/archives/C0PAYMENTS1', name: '#payments-alerts' }],
      links: [
        { name: 'rb', type: 'runbook', url: 'https://wiki/rb' },
        { name: 'dash', type: 'dashboard', url: 'https://dd/dash' },
        { name: 'oc', type: 'oncall', url: 'https://oncall/x' },
      ],
      integrations: { opsgenie: { serviceUrl: 'https://acme.app.opsgenie.com/service/1' } },
    });
    expect(o).toEqual({
      service: 'billing-sync',
      team: 'payments',
      slackChannel: 'C0PAYMENTS1',
      contacts: [{ type: 'slack', contact: 'https://acme.slack.com/archives/C0PAYMENTS1', name: '#payments-alerts' }],
      oncall: 'https://acme.app.opsgenie.com/service/1',
      runbooks: ['https://wiki/rb'],
      dashboards: ['https://dd/dash'],
      tier: 'critical',
    });
  });

  it('reads an UnparsedObject (wire keys) and nested unparsed contacts', () => {
    const o = ownerFromSchema('x', {
      _data: {
        'schema-version': 'v2.1',
        team: 'core',
        contacts: [{ _data: { type: 'slack', contact: '#core-alerts' } }],
        integrations: { pagerduty: { 'service-url': 'https://acme.pagerduty.com/services/P1' } },
        links: [{ name: 'oc', type: 'oncall', url: 'https://oncall/y' }],
      },
    });
    expect(o).toMatchObject({ service: 'x', team: 'core', slackChannel: '#core-alerts', oncall: 'https://acme.pagerduty.com/services/P1' });
  });

  it('reads v2 (pagerduty as a string, ddTeam) and v1 (info, contact, org, external resources)', () => {
    expect(ownerFromSchema('a', { schemaVersion: 'v2', ddService: 'a', ddTeam: 't2', integrations: { pagerduty: 'https://pd/a' } })).toMatchObject({
      team: 't2',
      oncall: 'https://pd/a',
    });
    const v1 = ownerFromSchema('b', {
      schemaVersion: 'v1',
      info: { ddService: 'b', serviceTier: 'high' },
      contact: { email: 'b@example.com', slack: 'https://acme.slack.com/archives/C0BBBBBBB' },
      org: { team: 'bee' },
      externalResources: [{ name: 'rb', type: 'runbook', url: 'https://wiki/b' }],
    });
    expect(v1).toMatchObject({ service: 'b', team: 'bee', tier: 'high', slackChannel: 'C0BBBBBBB', runbooks: ['https://wiki/b'] });
    expect(v1?.contacts).toEqual([
      { type: 'email', contact: 'b@example.com' },
      { type: 'slack', contact: 'https://acme.slack.com/archives/C0BBBBBBB' },
    ]);
  });

  it('returns undefined for a missing schema and tolerates junk', () => {
    expect(ownerFromSchema('x', undefined)).toBeUndefined();
    expect(ownerFromSchema('x', 'nope')).toBeUndefined();
    expect(ownerFromSchema('x', { contacts: 'nope', links: [null, 3, { url: 5 }] })).toEqual({
      service: 'x',
      contacts: [],
      runbooks: [],
      dashboards: [],
    });
  });

  it('unwrap peels UnparsedObject layers', () => {
    expect(unwrap({ _data: { _data: 'v' } })).toBe('v');
    expect(unwrap('v')).toBe('v');
  });
});
