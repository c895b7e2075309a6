import { describe, expect, it } from 'vitest';
import { computeFingerprint, groupedFingerprint } from '../../../src/alert/fingerprint';
import { groupByValues } from '../../../src/rules';
import { makeAlert } from '../rules/alert-factory';

// Fingerprints are Redis keys (incidents' `fp:` pointers, inhibition entries): an upgrade
// that changed them would split every open incident in two. The values below are the ones
// the previous modules (alert/fingerprint.ts and rules/fingerprint.ts) computed.
describe('fingerprints stay as stored', () => {
  it('monitor id + sorted scope, else the aggregation key', () => {
    expect(computeFingerprint({ monitorId: '123', scope: ['service:checkout', 'env:prod'], cycleKey: '', aggregKey: '', title: 'x', source: 'datadog' })).toBe('m:123:1c1990a1e485f49b8699');
    expect(computeFingerprint({ monitorId: null, scope: [], cycleKey: '', aggregKey: 'agg', title: 'x', source: 'datadog' })).toBe('a:548e750b9cadc2a9336f');
  });

  it('group_by fields hash their names and values in order', () => {
    const a = makeAlert({ service: 'checkout', tags: { integration: 'stripe' } });
    expect(groupByValues(a, ['service', 'tags.integration'], 'high')).toEqual([['service', 'checkout'], ['tags.integration', 'stripe']]);
    expect(groupedFingerprint(a.fingerprint, groupByValues(a, ['service', 'tags.integration'], 'high'))).toBe('g-b4ac89a6c6e4d17bddda69b00970ac71');
    expect(groupedFingerprint(a.fingerprint, [])).toBe(a.fingerprint);
  });
});
