import { describe, expect, it } from 'vitest';
import { parseCommand, parseMatchers } from '../../../src/slack/triage/parse-command';

const ok = (text: string) => {
  const r = parseCommand(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error}`);
  return r.command;
};
const bad = (text: string) => {
  const r = parseCommand(text);
  if (r.ok) throw new Error(`expected ${text} to fail`);
  return r;
};

describe('parseCommand', () => {
  it('empty text and help are help', () => {
    expect(ok('')).toEqual({ kind: 'help' });
    expect(ok('  help ')).toEqual({ kind: 'help' });
  });

  it('list with optional filter and service', () => {
    expect(ok('list')).toEqual({ kind: 'list', filter: 'open' });
    expect(ok('list all')).toEqual({ kind: 'list', filter: 'all' });
    expect(ok('list acked stripe-sync')).toEqual({ kind: 'list', filter: 'acked', service: 'stripe-sync' });
    expect(ok('LIST Snoozed')).toEqual({ kind: 'list', filter: 'snoozed' });
    expect(ok('list stripe-sync')).toEqual({ kind: 'list', filter: 'open', service: 'stripe-sync' });
    expect(bad('list open a b').error).toContain('unexpected');
  });

  it('incident ids are normalized and validated', () => {
    expect(ok('show h-1F')).toEqual({ kind: 'show', id: 'H-1f' });
    expect(ok('ack H-2')).toEqual({ kind: 'ack', id: 'H-2' });
    expect(ok('audit H-3')).toEqual({ kind: 'audit', id: 'H-3' });
    expect(bad('ack').error).toBe('missing incident id');
    expect(bad('ack 42').error).toContain('is not an incident id');
    expect(bad('ack H-1 extra').error).toContain('unexpected');
  });

  it('resolve takes a free-text note', () => {
    expect(ok('resolve H-1')).toEqual({ kind: 'resolve', id: 'H-1' });
    expect(ok('resolve H-1 rolled back   deploy 42')).toEqual({ kind: 'resolve', id: 'H-1', note: 'rolled back deploy 42' });
  });

  it('snooze durations: 30m, 2h, 1d, 1s; bounded to 30 days', () => {
    expect(ok('snooze H-1 30m')).toEqual({ kind: 'snooze', id: 'H-1', durationMs: 1_800_000 });
    expect(ok('snooze H-1 2h')).toMatchObject({ durationMs: 7_200_000 });
    expect(ok('snooze H-1 1d')).toMatchObject({ durationMs: 86_400_000 });
    expect(ok('snooze H-1 1s')).toMatchObject({ durationMs: 1000 });
    expect(bad('snooze H-1').error).toBe('missing duration');
    expect(bad('snooze H-1 soon').error).toContain('invalid duration');
    expect(bad('snooze H-1 31d').error).toContain('between 1s and 30d');
    expect(bad('snooze H-1 500ms').error).toContain('between 1s and 30d');
    expect(bad('snooze H-1 soon').usage).toContain('/herald snooze <id>');
  });

  it('mute: matchers, duration, optional reason', () => {
    expect(ok('mute service=stripe-sync,env=prod 2h deploy in progress')).toEqual({
      kind: 'mute',
      matchers: { service: 'stripe-sync', env: 'prod' },
      durationMs: 7_200_000,
      reason: 'deploy in progress',
    });
    expect(ok('mute tags.integration=hubspot 30m')).toEqual({ kind: 'mute', matchers: { 'tags.integration': 'hubspot' }, durationMs: 1_800_000 });
    expect(bad('mute').error).toBe('missing matchers');
    expect(bad('mute service 2h').error).toContain('invalid matcher');
    expect(bad('mute service=a,service=b 2h').error).toContain('given twice');
    expect(bad('mute service=a').error).toBe('missing duration');
  });

  it('unmute, mutes, stats', () => {
    expect(ok('unmute m-abcd1234')).toEqual({ kind: 'unmute', muteId: 'm-abcd1234' });
    expect(bad('unmute 12').error).toContain('is not a mute id');
    expect(ok('mutes')).toEqual({ kind: 'mutes' });
    expect(ok('muted')).toEqual({ kind: 'muted' });
    expect(ok('muted billing-sync')).toEqual({ kind: 'muted', service: 'billing-sync' });
    expect(bad('muted a b').error).toContain('unexpected');
    expect(ok('stats')).toEqual({ kind: 'stats', windowMs: 86_400_000, window: '24h' });
    expect(ok('stats 7d')).toEqual({ kind: 'stats', windowMs: 7 * 86_400_000, window: '7d' });
    expect(bad('stats forever').error).toContain('invalid window');
  });

  it('oncall, and escalate with an optional step number', () => {
    expect(ok('oncall')).toEqual({ kind: 'oncall' });
    expect(bad('oncall now').error).toContain('unexpected');
    expect(ok('escalate h-12')).toEqual({ kind: 'escalate', id: 'H-12', step: null });
    expect(ok('escalate H-12 2')).toEqual({ kind: 'escalate', id: 'H-12', step: 2 });
    expect(bad('escalate H-12 two').error).toBe('"two" is not a step number (1, 2, …)');
    expect(bad('escalate H-12 0').error).toContain('is not a step number');
    expect(bad('escalate').error).toBe('missing incident id');
    expect(bad('escalate H-12 2 3')).toMatchObject({ error: expect.stringContaining('unexpected'), usage: '/herald escalate <id> [step]' });
  });

  it('unknown subcommands show the whole usage', () => {
    const r = bad('frobnicate now');
    expect(r.error).toContain('unknown subcommand');
    expect(r.usage).toContain('/herald list');
    expect(r.usage).toContain('/herald mute');
  });

  it('parseMatchers trims parts and keeps = inside values', () => {
    expect(parseMatchers('service=a, title=x=y')).toEqual({ service: 'a', title: 'x=y' });
  });
});
