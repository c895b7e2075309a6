import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../src/rules';
import { groupKey } from '../../../src/rules/group-key';
import { resolveChannels } from '../../../src/rules/owner-channel';
import { makeAlert } from './alert-factory';

const RULES = `
defaults:
  channel: "#alerts"
routes:
  - name: grouped
    match: { service: stripe-sync }
    channel: [owner, "#payments"]
    group_by: [service]
`;

describe('channel: owner', () => {
  const rules = compileRules(RULES, 'test.yaml');

  it('is accepted as a channel and falls back to defaults.channel', () => {
    const d = rules.evaluate(makeAlert());
    expect(d.channels).toEqual(['owner', '#payments']);
    expect(d.ownerFallback).toEqual(['#alerts']);
    expect(resolveChannels(d, undefined, '#config-default')).toEqual(['#alerts', '#payments']);
    expect(resolveChannels(d, 'C0OWNER01', '#config-default')).toEqual(['C0OWNER01', '#payments']);
    expect(resolveChannels(d, '#payments', '#config-default')).toEqual(['#payments']);
  });

  it('falls back to the configured default when defaults.channel is owner itself', () => {
    const d = compileRules('defaults:\n  channel: owner\n', 't.yaml').evaluate(makeAlert());
    expect(resolveChannels(d, undefined, '#config-default')).toEqual(['#config-default']);
  });

  it('is refused as an escalation_channel', () => {
    expect(() => compileRules('defaults:\n  escalation_channel: owner\n', 't.yaml')).toThrow(/bad channel/);
  });

  it('no channel at all: the owner channel, else the default (as before)', () => {
    expect(resolveChannels({ channels: [] }, 'C0OWNER01', '#d')).toEqual(['C0OWNER01']);
    expect(resolveChannels({ channels: [] }, undefined, '#d')).toEqual(['#d']);
  });
});

describe('fingerprintFor / groupKey', () => {
  const rules = compileRules(RULES, 'test.yaml');

  it('groups two monitors of one service under one hashed key, the same the engine gives', () => {
    const a = makeAlert({ monitorId: '1', fingerprint: 'm:1:x' });
    const b = makeAlert({ monitorId: '2', fingerprint: 'm:2:y' });
    const ka = rules.fingerprintFor(a, rules.evaluate(a));
    expect(ka).toMatch(/^g-[0-9a-f]{32}$/);
    expect(rules.fingerprintFor(b, rules.evaluate(b))).toBe(ka);
    expect(groupKey(a, rules.evaluate(a))).toBe(ka);
    expect(ka).not.toContain('stripe');
  });

  it('keeps the alert fingerprint without group_by, and for recoveries', () => {
    const other = makeAlert({ service: 'other', fingerprint: 'm:3:z' });
    expect(rules.fingerprintFor(other, rules.evaluate(other))).toBe('m:3:z');
    const rec = makeAlert({ transition: 'Recovered', fingerprint: 'm:1:x' });
    expect(rules.fingerprintFor(rec, rules.evaluate(rec))).toBe('m:1:x');
  });
});
