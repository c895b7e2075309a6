import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../src/alert/severity';
import { ACTION } from '../../../src/slack/render/actions';
import { renderDigest, renderSummary, type DigestState } from '../../../src/slack/storm';
import { digest, example } from './digest-fixture';

type Block = Record<string, any>;

/** Every Block Kit limit the digest must respect. */
function expectWithinLimits(blocks: Block[]): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'section') {
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(10);
        for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(2000);
      }
    }
    if (b.type === 'context') for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(2000);
  }
}

const allText = (blocks: Block[]) => JSON.stringify(blocks);
const sectionWith = (blocks: Block[], heading: string): string =>
  blocks.filter((b) => b.type === 'section').flatMap((b) => (b.text ? [b.text.text] : b.fields.map((f: Block) => f.text))).find((t: string) => t.startsWith(`*${heading}`)) ?? '';

describe('renderDigest', () => {
  it('shows totals, counts by severity, service and monitor, and points at /herald list', () => {
    const d = digest({
      incidents: 12,
      alerts: 340,
      bySeverity: [
        { name: 'critical', incidents: 2, alerts: 40 },
        { name: 'high', incidents: 10, alerts: 300 },
      ],
      byService: [
        { name: 'billing', incidents: 9, alerts: 200 },
        { name: 'crm', incidents: 3, alerts: 140 },
      ],
      byMonitor: [{ name: '42', incidents: 12, alerts: 340, label: 'Stripe sync failing' }],
    });
    const { text, blocks } = renderDigest(d);
    expect(text).toContain('12 incidents');
    expect(text).toContain('340 alerts');
    expect(text).toContain('/herald list');
    expect((blocks[0] as any).text.text).toBe('🌀 Alert storm: 12 incidents · 340 alerts');
    expect(sectionWith(blocks, 'By severity')).toBe('*By severity*\n:red_circle: critical: 2 incidents · 40 alerts\n:large_orange_circle: high: 10 incidents · 300 alerts');
    expect(sectionWith(blocks, 'By service')).toContain('`billing`: 9 incidents · 200 alerts');
    expect(sectionWith(blocks, 'By monitor')).toContain('`42` Stripe sync failing: 12 incidents · 340 alerts');
    expect(allText(blocks)).toContain('`/herald list`');
    const actions = blocks.find((b: Block) => b.type === 'actions') as any;
    expect(actions.elements[0]).toMatchObject({ action_id: ACTION.digestList, value: 'dg-test-1' });
    expectWithinLimits(blocks);
  });

  it('lists critical examples first, each with incident id and title', () => {
    const d = digest({
      examples: [
        example('H-low', 'low', { firstSeen: 1 }),
        example('H-high', 'high', { firstSeen: 2 }),
        example('H-crit2', 'critical', { firstSeen: 20, title: 'Payments down' }),
        example('H-crit1', 'critical', { firstSeen: 10, title: 'Ledger down' }),
      ],
    });
    const lines = sectionWith(renderDigest(d).blocks, 'Incidents').split('\n').slice(1);
    expect(lines.map((l) => /\*(H-[\w]+)\*/.exec(l)?.[1])).toEqual(['H-crit1', 'H-crit2', 'H-high', 'H-low']);
    expect(lines[0]).toBe(':red_circle: *H-crit1* Ledger down · `billing` · ×1');
  });

  it('escapes mrkdwn in titles and services', () => {
    const d = digest({ examples: [example('H-1', 'high', { title: '<!channel> & <script>', service: 'a>b' })] });
    const t = allText(renderDigest(d).blocks);
    expect(t).not.toContain('<!channel>');
    expect(t).toContain('&lt;!channel&gt; &amp; &lt;script&gt;');
  });

  it('stays within Block Kit limits for a huge storm', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ name: `service-${i}-${'x'.repeat(200)}`, incidents: 2000 - i, alerts: 5000, label: 'L'.repeat(500) }));
    const d: DigestState = digest({
      digestId: `dg-${'z'.repeat(300)}`,
      channel: '#' + 'c'.repeat(400),
      incidents: 100_000,
      alerts: 9_999_999,
      ownCritical: 5,
      bySeverity: SEVERITIES.map((s) => ({ name: s, incidents: 20_000, alerts: 2_000_000 })),
      byService: many,
      byMonitor: many,
      examples: Array.from({ length: 500 }, (_, i) => example(`H-${i}`, SEVERITIES[i % 5], { title: 'T'.repeat(5000), service: 's'.repeat(500) })),
    });
    const { text, blocks } = renderDigest(d);
    expectWithinLimits(blocks);
    expect(text.length).toBeLessThan(4000);
    expect(sectionWith(blocks, 'By service')).toMatch(/…and \d+ more$/);
    expect(sectionWith(blocks, 'Incidents')).toContain('(10 of 100000, critical first)');
  });

  it('marks a finished storm as over', () => {
    const d = digest({ endedAt: 1_700_000_000_000 + 4 * 60_000 + 12_000 });
    const { text, blocks } = renderDigest(d);
    expect((blocks[0] as any).text.text).toMatch(/^✅ Alert storm over/);
    expect(text).toContain('over');
    expect(allText(blocks)).toContain('lasted 4m 12s');
  });

  it('says how many critical incidents kept their own message', () => {
    expect(allText(renderDigest(digest({ ownCritical: 3 })).blocks)).toContain('3 critical incidents kept their own message');
    expect(allText(renderDigest(digest({ ownCritical: 0 })).blocks)).not.toContain('kept');
  });
});

describe('renderSummary', () => {
  it('gives duration, incidents, alerts, by severity and service', () => {
    const d = digest({
      endedAt: 1_700_000_000_000 + 125_000,
      incidents: 40,
      alerts: 1000,
      ownCritical: 1,
      bySeverity: [{ name: 'critical', incidents: 4, alerts: 100 }, { name: 'medium', incidents: 36, alerts: 900 }],
    });
    const { text, blocks } = renderSummary(d);
    expect(text).toBe('Alert storm over in <#C0STORM> after 2m 5s: 40 incidents · 1000 alerts.');
    const t = allText(blocks);
    expect(t).toContain('plus 1 critical incident posted on its own');
    expect(t).toContain(':red_circle: critical: 4 incidents · 100 alerts');
    expect(t).toContain('`billing`: 3 incidents · 7 alerts');
    expectWithinLimits(blocks);
  });
});
