import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { hasPendingPosts, messagesOf } from '../../../src/incident/message-state';
import { readIncident } from '../../../src/incident/read-incident';

/** An incident as the previous version stored it: message state in one string `ts`. */
function legacy(o: { ts: string; digestId?: string; copies?: { channel: string; ts: string; digestId?: string }[] }): string {
  return JSON.stringify({ id: 'H-1', fingerprint: 'fp', state: 'open', channel: 'C1', copies: [], count: 1, version: 3, ...o });
}

describe('readIncident: incidents stored by the previous version load', () => {
  it('turns each old `ts` into a message state', () => {
    expect(readIncident(legacy({ ts: '' })).message).toEqual({ kind: 'pending' });
    expect(readIncident(legacy({ ts: 'posting' })).message).toEqual({ kind: 'posting' });
    expect(readIncident(legacy({ ts: 'digest', digestId: 'dg-1' })).message).toEqual({ kind: 'digest', digestId: 'dg-1' });
    expect(readIncident(legacy({ ts: '1700000000.000100' })).message).toEqual({ kind: 'posted', ts: '1700000000.000100' });
  });

  it('drops the old fields and converts the copies too', () => {
    const inc = readIncident(legacy({ ts: 'digest', digestId: 'dg-1', copies: [{ channel: 'C2', ts: '1.2' }, { channel: 'C3', ts: 'digest', digestId: 'dg-9' }, { channel: 'C4', ts: 'posting' }] }));
    expect(inc).not.toHaveProperty('ts');
    expect(inc).not.toHaveProperty('digestId');
    expect(inc.copies).toEqual([
      { channel: 'C2', message: { kind: 'posted', ts: '1.2' } },
      { channel: 'C3', message: { kind: 'digest', digestId: 'dg-9' } },
      { channel: 'C4', message: { kind: 'posting' } },
    ]);
    expect(messagesOf(inc)).toEqual([{ channel: 'C2', ts: '1.2' }]);
    expect(hasPendingPosts(inc)).toBe(true);
    expect(inc.version).toBe(3);
  });

  it('leaves an incident in the new form as it is', () => {
    const now: Partial<Incident> = { id: 'H-2', channel: 'C1', message: { kind: 'posted', ts: '9.9' }, copies: [{ channel: 'C2', message: { kind: 'digest', digestId: 'dg-2' } }] };
    expect(readIncident(JSON.stringify(now))).toEqual(now);
  });
});
