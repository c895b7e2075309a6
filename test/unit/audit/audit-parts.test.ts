import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, type AuditEntry } from '../../../src/audit/audit-entry';
import { bearerMatches } from '../../../src/ops/bearer-token';
import { normalizeIncidentId, parseSince } from '../../../src/audit/parse-since';

describe('audit entry encoding', () => {
  it('round-trips through stream fields', () => {
    const e: AuditEntry = { at: 1700000000000, actor: { id: 'U1AB', name: 'alice' }, action: 'resolve', incident: 'H-1', before: 'open', after: 'resolved', via: 'button', outcome: 'ok', note: 'fixed' };
    expect(decodeEntry('1700000000000-0', encodeEntry(e))).toEqual({ ...e, id: '1700000000000-0' });
    const bare: AuditEntry = { ...e, incident: null, before: null, after: null, note: '' };
    expect(decodeEntry('1-0', encodeEntry(bare))).toEqual({ ...bare, id: '1-0' });
  });
});

describe('bearerMatches', () => {
  it('accepts only the exact token', () => {
    expect(bearerMatches('Bearer secret-token-123', 'secret-token-123')).toBe(true);
    expect(bearerMatches('bearer secret-token-123', 'secret-token-123')).toBe(true);
    expect(bearerMatches('Bearer secret-token-12', 'secret-token-123')).toBe(false);
    expect(bearerMatches('secret-token-123', 'secret-token-123')).toBe(false);
    expect(bearerMatches(undefined, 'secret-token-123')).toBe(false);
    expect(bearerMatches('Bearer ', '')).toBe(false);
  });
});

describe('parseSince / normalizeIncidentId', () => {
  it('durations back from now, ISO dates, epoch ms', () => {
    expect(parseSince('24h', 100_000_000)).toBe(100_000_000 - 86_400_000);
    expect(parseSince('2024-05-01T00:00:00Z', 0)).toBe(Date.parse('2024-05-01T00:00:00Z'));
    expect(parseSince('1714521600000', 0)).toBe(1714521600000);
    expect(() => parseSince('yesterday', 0)).toThrow(/invalid time/);
    expect(() => parseSince('2024-13-45', 0)).toThrow(/invalid time/);
  });

  it('incident ids', () => {
    expect(normalizeIncidentId(' h-1F ')).toBe('H-1f');
    expect(normalizeIncidentId('H-')).toBeNull();
    expect(normalizeIncidentId('X-1')).toBeNull();
  });
});
