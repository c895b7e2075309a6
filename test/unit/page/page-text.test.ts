import { describe, expect, it } from 'vitest';
import { clip, pageDetails, pageSummary, plainText, safeLinks } from '../../../src/page/page-text';
import type { PageSubject } from '../../../src/page/types';
import { createScanner } from '../../../src/scan';

const scanner = createScanner();
const redact = (t: string) => scanner.redact(t).text;

describe('plainText', () => {
  it('turns Slack control sequences into readable text', () => {
    expect(plainText('hey <!channel> and <!here|@here>, ask <@U0123ABCD> or <!subteam^S0123ABCD|@payments>')).toBe('hey @channel and @here, ask @U0123ABCD or @payments');
    expect(plainText('see <https://example.com/x|the runbook> and <https://example.com/y>')).toBe('see the runbook (https://example.com/x) and https://example.com/y');
    expect(plainText('at <!date^1700000000^{time}|14:30 UTC> in <#C0123ABCD|alerts>')).toBe('at 14:30 UTC in #alerts');
    expect(plainText('a &lt;!channel&gt; &amp; c\u0007\t\t d')).toBe('a @channel & c d');
  });

  it('stays linear on text full of unclosed brackets', () => {
    const s = '<'.repeat(200_000);
    const t0 = performance.now();
    expect(plainText(s)).toBe(s);
    expect(performance.now() - t0).toBeLessThan(5_000); // generous: the point is no quadratic blow-up
  });
});

describe('page texts', () => {
  const s: PageSubject = {
    incidentId: 'H-1', title: 'DB down for jane.doe@example.com', severity: 'high', service: 'db', env: '', team: '', host: '', kind: '',
    count: 1, firstSeen: 0, monitorId: null, message: '', links: [],
  };

  it('summaries are redacted and clipped', () => {
    expect(pageSummary(redact, s, 1024)).toBe('[HIGH] DB down for [REDACTED:email] — db');
    expect(pageSummary(redact, s, 12)).toBe('[HIGH] DB d…');
    expect(clip('abc', 3)).toBe('abc');
  });

  it('details leave out empty fields', () => {
    expect(pageDetails(redact, s)).toEqual({ herald_incident: 'H-1', severity: 'high', alerts: '1', first_seen: '1970-01-01T00:00:00.000Z', service: 'db' });
  });

  it('links must be http(s) and unchanged by the scanner', () => {
    const links = [
      { href: 'https://slack.com/archives/C1/p1', text: 'Slack' },
      { href: 'javascript:alert(1)', text: 'x' },
      { href: 'https://example.com/?token=sk_live_51HqLyjWDarjtT1zdp7dcAbCdEfGh', text: 'leak' },
    ];
    expect(safeLinks(redact, links)).toEqual([{ href: 'https://slack.com/archives/C1/p1', text: 'Slack' }]);
  });
});
