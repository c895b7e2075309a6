import { describe, expect, it } from 'vitest';
import { normalizeDatadog } from '../../../src/alert/normalize';
import type { Incident } from '../../../src/incident/incident';
import { decodingScanner } from '../../../src/ingest/decoding-scanner';
import { createScanner, scanAlert } from '../../../src/scan';
import { enrichmentBlocks } from '../../../src/slack/render/enrichment-blocks';
import { renderIncident } from '../../../src/slack/render/render-incident';
import { safeUrl, slackLink } from '../../../src/slack/render/mrkdwn';
import { formatList } from '../../../src/slack/triage/command-views';
import { detailsModal } from '../../../src/slack/triage/details-modal';
import { escalationText } from '../../../src/slack/triage/escalate-declare';
import { muteLine } from '../../../src/slack/triage/mute-actions';
import { BROADCASTS, foreignMarkup, slackTexts } from '../../helpers/markup';

const EVIL_LINK = 'https://wiki.example/rb|Runbook> <!channel> <https://evil.example/x';
const hostile = {
  id: '8790400011122233399',
  title: '[P1] [Triggered on {service:x}] <!channel> wake up <@U0VICTIM> <https://evil.example/t|click>',
  body: '%%%\nPlease <!here> see <https://evil.example/m|this> and [docs](https://docs.example/a|b><!everyone>) & <!subteam^S0ALL>\n%%%',
  tags: 'service:<!channel>, env:<!here>, team:<https://evil.example|t>',
  alert: { id: 77, scope: 'host:<!everyone>' },
  routing: { runbook: EVIL_LINK, service: '<!channel>' },
  link: 'javascript:alert(1)',
  snapshot: 'https://snap.example/g.png> <!here',
  logs_sample: { columns: ['Time', 'Host'], rows: [{ items: ['10:00', '<!here>'], message: 'log <!channel> <https://evil.example/l|x>' }] },
};

function incidentOf(alert: Incident['alert']): Incident {
  return {
    id: 'H-1', fingerprint: alert.fingerprint, state: 'open', severity: 'critical', channel: 'C0ALERTS', message: { kind: 'posted', ts: '1700000000.000100' }, copies: [], count: 1, firstSeen: 1, lastSeen: 2,
    title: alert.title, service: alert.service, env: alert.env, team: alert.team, monitorId: alert.monitorId, lastTransition: 'Triggered', lastAlertId: alert.id, reopenedCount: 0, inhibitedCount: 0, leakCount: 0,
    alert, decision: { matchedRoutes: [], severity: 'critical', channels: [], mentions: [], labels: {}, groupBy: [], repeatIntervalMs: null, suppress: false, escalationChannel: null, reasons: [] },
    history: [{ at: 1, what: 'resolved (command) — <!channel>', by: '<!here>' }], version: 1,
    enrichment: { problems: ['<!channel> down'], owner: { service: '<!here>', team: '<!channel>', slackChannel: '<!channel>', runbooks: [EVIL_LINK, 'https://wiki.example/ok'], dashboards: ['ftp://x'] } },
  };
}

describe('no Slack markup from outside text', () => {
  const alert = scanAlert(decodingScanner(createScanner()), normalizeDatadog(hostile, { now: 1 }));
  const inc = incidentOf(alert);
  const outputs: [string, unknown][] = [
    ['message', renderIncident(inc)],
    ['details modal', detailsModal(inc)],
    ['list', formatList([inc], 'open incidents of <!channel>')],
    ['escalation', escalationText(inc, { id: 'U0ACTOR', name: '<!channel>' })],
    ['mute line', muteLine({ id: 'm-abcdefgh', matchers: {}, describe: 'service = <!here>', reason: '<!channel> <https://evil.example|x>', createdBy: '<!everyone>', createdAt: 1, endsAt: 2, mutedCount: 0 })],
    ['enrichment', enrichmentBlocks(inc.enrichment, false, 5)],
  ];

  it.each(outputs)('%s: no broadcast, no user mention and no foreign link', (_name, out) => {
    const texts = slackTexts(out);
    for (const b of BROADCASTS) expect(texts.join('\n')).not.toContain(b);
    expect(foreignMarkup(texts, { users: ['U0ACTOR'], hosts: ['app.datadoghq.com', 'slack.com', 'wiki.example', 'docs.example'] })).toEqual([]);
    expect(texts.join('\n')).not.toMatch(/<https?:\/\/evil\.example/);
  });

  it('the fallback text escapes the title too', () => {
    expect(renderIncident(inc).text).toContain('&lt;!channel&gt; wake up');
  });

  it('links: http(s) only, and nothing that can close the link', () => {
    expect(safeUrl(EVIL_LINK)).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://wiki.example/a?b=c&d=e')).toBe('https://wiki.example/a?b=c&d=e');
    expect(slackLink('https://wiki.example/a', 'Run|book <x>')).toBe('<https://wiki.example/a|Runbook x>');
    expect(slackLink('ftp://x', 'x')).toBe('');
  });

  it('terminal colour codes and control characters in log lines do not reach Slack', () => {
    const coloured = { ...hostile, logs_sample: { columns: ['Time', 'Host'], rows: [{ items: ['10:00', 'web-1'], message: '\x1b[31mERROR\x1b[0m upstream \x1b[1;33m502\x1b[0m\u0007 bell\u0000' }] } };
    const texts = slackTexts(renderIncident(incidentOf(scanAlert(decodingScanner(createScanner()), normalizeDatadog(coloured, { now: 1 }))))).join('\n');
    expect(texts).toContain('ERROR upstream 502 bell');
    // eslint-disable-next-line no-control-regex -- the characters that must not be there
    expect(texts).not.toMatch(/[\x00-\x08\x1b]|\[0m/);
  });
});
