import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { mention, snoozeToken, transition } from '../../../src/slack/triage/transitions';

function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'H-1', fingerprint: 'fp', state: 'open', severity: 'high', channel: 'C1', message: { kind: 'posted', ts: '1.1' }, copies: [], count: 3, firstSeen: 1000, lastSeen: 2000,
    title: 't', service: 's', env: 'prod', team: '', monitorId: '1', lastTransition: 'Triggered', lastAlertId: 'a', reopenedCount: 0, inhibitedCount: 0,
    leakCount: 0, alert: {} as Incident['alert'], decision: {} as Incident['decision'], history: [], version: 1, ...over,
  };
}

const T = (kind: Parameters<typeof transition>[1]['kind'], extra: Partial<Parameters<typeof transition>[1]> = {}) => ({ kind, by: 'U1', via: 'button' as const, now: 5000, ...extra });

describe('transition', () => {
  it('open → acknowledged → resolved, recording who and when', () => {
    const a = transition(incident(), T('ack'));
    expect(a.ok && a.incident).toMatchObject({ state: 'acknowledged', ackBy: 'U1', ackAt: 5000 });
    const r = transition(a.ok ? a.incident : incident(), T('resolve', { by: 'U2', via: 'command', note: 'fixed' }));
    expect(r.ok && r.incident).toMatchObject({ state: 'resolved', resolvedBy: 'U2', resolvedAt: 5000, resolvedVia: 'command' });
    expect(r.ok && r.incident.history.map((h) => h.what)).toEqual(['acknowledged (button)', 'resolved (command) — fixed']);
  });

  it('refuses with the reason: already acknowledged / resolved by whom', () => {
    expect(transition(incident({ state: 'acknowledged', ackBy: 'U09' }), T('ack'))).toEqual({ ok: false, reason: 'H-1 is already acknowledged by <@U09>' });
    expect(transition(incident({ state: 'resolved', resolvedBy: 'U09', resolvedVia: 'button' }), T('resolve'))).toEqual({ ok: false, reason: 'H-1 is already resolved by <@U09>' });
    expect(transition(incident({ state: 'resolved', resolvedBy: 'Datadog', resolvedVia: 'datadog' }), T('ack'))).toEqual({ ok: false, reason: 'H-1 is already resolved by Datadog (recovered)' });
    expect(transition(incident(), T('reopen'))).toEqual({ ok: false, reason: 'H-1 is not resolved (it is open)' });
    expect(transition(incident(), T('unsnooze'))).toEqual({ ok: false, reason: 'H-1 is not snoozed (it is open)' });
    expect(transition(incident({ state: 'resolved' }), T('snooze', { durationMs: 1000 })).ok).toBe(false);
  });

  it('snooze sets until/by; ack or resolve clears it; re-snooze moves it', () => {
    const s = transition(incident(), T('snooze', { durationMs: 60_000 }));
    if (!s.ok) throw new Error(s.reason);
    expect(s.incident).toMatchObject({ state: 'snoozed', snoozedUntil: 65_000, snoozedBy: 'U1' });
    expect(snoozeToken(s.incident)).toBe('65000');
    const again = transition(s.incident, T('snooze', { durationMs: 120_000, now: 6000 }));
    expect(again.ok && again.incident.snoozedUntil).toBe(126_000);
    const acked = transition(s.incident, T('ack'));
    expect(acked.ok && acked.incident).toMatchObject({ state: 'acknowledged', snoozedUntil: undefined });
    expect(transition(incident(), T('snooze', { durationMs: 0 })).ok).toBe(false);
  });

  it('reopen clears resolution and acknowledgement', () => {
    const r = transition(incident({ state: 'resolved', resolvedBy: 'U2', resolvedAt: 1, resolvedVia: 'button', ackBy: 'U1', ackAt: 1 }), T('reopen'));
    expect(r.ok && r.incident).toMatchObject({ state: 'open', resolvedBy: undefined, resolvedAt: undefined, ackBy: undefined });
  });

  it('snooze-end reopens only for the matching token and a still-snoozed incident', () => {
    const snoozed = incident({ state: 'snoozed', snoozedUntil: 9000, snoozedBy: 'U1' });
    const e = transition(snoozed, T('snooze-end', { token: '9000', via: 'system' }));
    expect(e.ok && e.incident).toMatchObject({ state: 'open', snoozedUntil: undefined });
    expect(transition(snoozed, T('snooze-end', { token: '8999' })).ok).toBe(false);
    expect(transition(incident({ state: 'resolved' }), T('snooze-end', { token: '' })).ok).toBe(false);
    expect(transition(incident({ state: 'open' }), T('snooze-end', { token: '' })).ok).toBe(false);
  });

  it('unsnooze returns to open', () => {
    const u = transition(incident({ state: 'snoozed', snoozedUntil: 9000 }), T('unsnooze'));
    expect(u.ok && u.incident).toMatchObject({ state: 'open', snoozedUntil: undefined });
  });

  it('mention formats user ids, leaves names', () => {
    expect(mention('U0ABC')).toBe('<@U0ABC>');
    expect(mention('Datadog')).toBe('Datadog');
    expect(mention(undefined)).toBe('someone');
  });
});
