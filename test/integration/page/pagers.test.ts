import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPagers, type PageSubject, type PagingSettings } from '../../../src/page';
import { Metrics } from '../../../src/ops/metrics';
import { createScanner } from '../../../src/scan';
import { isHeraldError, type HeraldError } from '../../../src/errors/herald-error';
import { FakePagerDuty } from '../../helpers/fake-pagerduty';
import { FakeOpsgenie } from '../../helpers/fake-opsgenie';

const ROUTING_KEY = 'R0UT1NGKEYabcdef0123456789abcdef';
const OG_KEY = 'eb243592-faa2-4ba2-a551-1afdf565c889';
const STRIPE = 'sk_live_51HqLyjWDarjtT1zdp7dcAbCdEfGh';
const scanner = createScanner();
const redact = (t: string) => scanner.redact(t).text;

function subject(over: Partial<PageSubject> = {}): PageSubject {
  return {
    incidentId: 'H-2a',
    title: `Stripe sync failing <!channel> key ${STRIPE}`,
    severity: 'critical',
    service: 'stripe-sync',
    env: 'prod',
    team: 'payments',
    host: 'worker-1',
    kind: 'log_alert',
    count: 3,
    firstSeen: Date.parse('2026-01-05T14:30:00Z'),
    monitorId: '123',
    message: `401 from Stripe for <@U0123ABCD>: ${STRIPE}`,
    links: [
      { href: 'https://slack.com/archives/C0ALERTS1/p1700000000000100', text: 'Slack' },
      { href: `https://example.com/leak?key=${STRIPE}`, text: 'leaky link' },
    ],
    step: 2,
    ...over,
  };
}

let pd: FakePagerDuty;
let og: FakeOpsgenie;
let metrics: Metrics;
let logs: string[];

function settings(over: Partial<PagingSettings> = {}): PagingSettings {
  return {
    timeoutMs: 5_000, // generous: the machine is shared; the slow-answer test sets its own
    pagerduty: { routingKey: ROUTING_KEY, apiUrl: pd.url },
    opsgenie: { apiKey: OG_KEY, apiUrl: og.url },
    ...over,
  };
}

function pagers(s: PagingSettings = settings(), clock?: () => number) {
  return createPagers(s, { redact, metrics, logger: { warn: (m, meta) => void logs.push(`${m} ${JSON.stringify(meta)}`) }, clock, backoffMs: 1 });
}

async function failure(p: Promise<unknown>): Promise<HeraldError> {
  try {
    await p;
  } catch (e) {
    if (isHeraldError(e)) return e;
    throw e;
  }
  throw new Error('expected a HeraldError');
}

async function count(name: string, labels: Record<string, string>): Promise<number> {
  const m = await metrics.registry.getSingleMetric(name)!.get();
  return m.values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((a, v) => a + v.value, 0);
}

beforeEach(async () => {
  pd = await new FakePagerDuty(ROUTING_KEY).start();
  og = await new FakeOpsgenie(OG_KEY).start();
  metrics = new Metrics({ processMetrics: false });
  logs = [];
});
afterEach(async () => {
  await pd.stop();
  await og.stop();
});

describe('PagerDuty Events API v2', () => {
  it('triggers with the incident id as dedup_key, a redacted plain summary, and acknowledges and resolves it', async () => {
    const out = pagers().get('pagerduty')!;
    await out.trigger(subject());
    const [t] = pd.events('trigger');
    expect(t.body).toMatchObject({
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: 'H-2a',
      client: 'Herald',
      client_url: 'https://slack.com/archives/C0ALERTS1/p1700000000000100',
      links: [{ href: 'https://slack.com/archives/C0ALERTS1/p1700000000000100', text: 'Slack' }],
      payload: {
        summary: '[CRITICAL] Stripe sync failing @channel key [REDACTED:stripe-secret-key] — stripe-sync (prod)',
        source: 'worker-1',
        severity: 'critical',
        component: 'stripe-sync',
        group: 'payments',
        class: 'log_alert',
        timestamp: '2026-01-05T14:30:00.000Z',
      },
    });
    expect(t.body.payload.custom_details).toMatchObject({ herald_incident: 'H-2a', alerts: '3', escalation_step: '2', message: '401 from Stripe for @U0123ABCD: [REDACTED:stripe-secret-key]' });
    expect(JSON.stringify(pd.calls)).not.toContain(STRIPE);
    expect(JSON.stringify(pd.calls)).not.toMatch(/<!|<@/);
    expect(pd.alerts.get('H-2a')?.status).toBe('triggered');

    await out.acknowledge('H-2a', 'acknowledged in Slack');
    expect(pd.alerts.get('H-2a')?.status).toBe('acknowledged');
    await out.resolve('H-2a', 'resolved');
    expect(pd.alerts.get('H-2a')).toMatchObject({ status: 'resolved', events: ['trigger', 'acknowledge', 'resolve'] });
    expect(pd.events('resolve', 'H-2a')[0].body).toEqual({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: 'H-2a' });
    expect(await count('herald_pages_total', { outlet: 'pagerduty', status: 'triggered' })).toBe(1);
    expect(await count('herald_pages_total', { outlet: 'pagerduty', status: 'resolved' })).toBe(1);
  });

  it('a key prefix (two Heralds paging one service) goes before the incident id', async () => {
    const out = pagers({ ...settings(), keyPrefix: 'prod-' }).get('pagerduty')!;
    await out.trigger(subject());
    await out.resolve('H-2a', 'done');
    expect(pd.events().map((c) => c.body.dedup_key)).toEqual(['prod-H-2a', 'prod-H-2a']);
    expect(pd.alerts.get('prod-H-2a')?.status).toBe('resolved');
  });

  it('a repeated trigger adds to the open alert instead of opening a second one', async () => {
    const out = pagers().get('pagerduty')!;
    await out.trigger(subject());
    await out.trigger(subject({ step: 3 }));
    expect(pd.alerts.size).toBe(1);
    expect(pd.alerts.get('H-2a')?.events).toEqual(['trigger', 'trigger']);
  });

  it('retries 5xx and 429 answers within the budget, then succeeds', async () => {
    const out = pagers().get('pagerduty')!;
    pd.failNext(1, { status: 429, body: '' });
    pd.failNext(1, { status: 500, body: { status: 'error' } });
    await out.trigger(subject());
    expect(pd.events('trigger').map((c) => c.status)).toEqual([500, 429, 202]);
    expect(pd.alerts.get('H-2a')?.status).toBe('triggered');
  });

  it('retries an attempt that timed out (the dedup key makes a second delivery harmless)', async () => {
    const out = pagers(settings({ timeoutMs: 1_000 })).get('pagerduty')!;
    pd.failNext(1, { status: 202, delayMs: 5_000, body: {} }); // answered after the 1 s timeout
    await out.trigger(subject());
    expect(pd.events('trigger')).toHaveLength(2);
    expect(pd.alerts.get('H-2a')?.status).toBe('triggered');
  });

  it('a refused event is not retried and says why, without the routing key', async () => {
    const out = pagers(settings({ pagerduty: { routingKey: 'WR0NGKEYabcdef0123456789abcdef00', apiUrl: pd.url } })).get('pagerduty')!;
    const e = await failure(out.trigger(subject()));
    expect(e.code).toBe('page_api');
    expect(e.retryable).toBe(false);
    expect(e.message).toBe('PagerDuty trigger for H-2a: refused (HTTP 400: Invalid routing key)');
    expect(e.details).toMatchObject({ outlet: 'pagerduty', kind: 'rejected', status: 400 });
    expect(pd.events('trigger')).toHaveLength(1);
    expect(await count('herald_pages_total', { outlet: 'pagerduty', status: 'rejected' })).toBe(1);
    expect(logs.join('\n')).not.toContain('WR0NGKEY');
  });

  it('an outage ends in a retryable error; five of them open the circuit, which lets one probe through after 30 s', async () => {
    let now = 1_000_000;
    const out = pagers(settings(), () => now).get('pagerduty')!;
    pd.script(() => ({ status: 503, body: { status: 'unavailable' } }));
    for (let i = 0; i < 5; i++) {
      const e = await failure(out.trigger(subject()));
      expect(e).toMatchObject({ code: 'page_api', retryable: true });
      expect(e.details?.kind).toBe('unavailable');
    }
    const calls = pd.calls.length;
    const open = await failure(out.trigger(subject()));
    expect(open.details?.kind).toBe('circuit_open');
    expect(open.retryable).toBe(true);
    expect(open.retryAfterMs).toBeGreaterThan(0);
    expect(pd.calls.length).toBe(calls); // refused without a call
    now += 30_001;
    await failure(out.trigger(subject())); // the probe goes out and fails
    expect(pd.calls.length).toBeGreaterThan(calls);
  });

  it('an unreachable service is a retryable error', async () => {
    const out = pagers().get('pagerduty')!;
    await pd.stop();
    const e = await failure(out.trigger(subject()));
    expect(e).toMatchObject({ code: 'page_api', retryable: true });
    expect(e.details?.kind).toBe('unavailable');
  });
});

describe('Opsgenie Alert API', () => {
  it('creates with the incident id as alias, then acknowledges and closes it by alias', async () => {
    const out = pagers().get('opsgenie')!;
    await out.trigger(subject());
    const [c] = og.callsTo('POST /v2/alerts');
    expect(c.headers.authorization).toBe(`GenieKey ${OG_KEY}`);
    expect(c.body).toMatchObject({ alias: 'H-2a', priority: 'P1', source: 'Herald', entity: 'stripe-sync' });
    expect(c.body.message.length).toBeLessThanOrEqual(130);
    expect(c.body.message).toMatch(/^\[CRITICAL\] Stripe sync failing @channel key \[REDACTED:stripe-secret-key/);
    expect(c.body.tags).toEqual(['herald', 'critical', 'service:stripe-sync', 'env:prod', 'team:payments']);
    expect(c.body.details).toMatchObject({ herald_incident: 'H-2a', service: 'stripe-sync', escalation_step: '2' });
    expect(c.body.description).toContain('Slack: https://slack.com/archives/C0ALERTS1/p1700000000000100');
    expect(c.body.description).not.toContain('leaky link');

    await out.acknowledge('H-2a', 'Acknowledged in Slack by <@U0123ABCD>');
    await out.resolve('H-2a', 'Resolved: Datadog recovered');
    const [ack] = og.callsTo('POST /v2/alerts/H-2a/acknowledge');
    expect(ack.query).toEqual({ identifierType: 'alias' });
    expect(ack.body).toEqual({ source: 'Herald', note: 'Acknowledged in Slack by @U0123ABCD' });
    expect(og.alerts.get('H-2a')).toMatchObject({ status: 'closed', acknowledged: true, actions: ['create', 'acknowledge', 'close'] });
    expect(JSON.stringify(og.calls.map((x) => x.body))).not.toContain(STRIPE);
    expect(await count('herald_pages_total', { outlet: 'opsgenie', status: 'acknowledged' })).toBe(1);
  });

  it('a wrong key is a 401 that names the variable to check, never the key', async () => {
    const out = pagers(settings({ opsgenie: { apiKey: 'not-the-right-key-000', apiUrl: og.url } })).get('opsgenie')!;
    const e = await failure(out.trigger(subject()));
    expect(e.message).toBe('Opsgenie trigger for H-2a: refused (HTTP 401: Could not authenticate) — check OPSGENIE_API_KEY');
    expect(e.message).not.toContain('not-the-right-key');
  });

  it('rate limiting is retried and, when it persists, reported as retryable with a wait', async () => {
    const out = pagers().get('opsgenie')!;
    og.failNext(1, { status: 429, headers: { 'retry-after': '0' }, body: { message: 'Rate limit exceeded' } });
    await out.trigger(subject());
    expect(og.alerts.get('H-2a')?.count).toBe(1);
    og.script(() => ({ status: 429, headers: { 'retry-after': '60' }, body: { message: 'Rate limit exceeded' } })); // longer than the call's budget
    const e = await failure(out.acknowledge('H-2a', 'ack'));
    expect(e).toMatchObject({ code: 'page_api', retryable: true, retryAfterMs: 60_000 });
    expect(e.details?.kind).toBe('rate_limited');
  });
});

describe('createPagers', () => {
  it('builds only the outlets that have a credential', () => {
    const p = pagers(settings({ opsgenie: { apiUrl: 'https://api.opsgenie.com' } }));
    expect(p.configured).toEqual(['pagerduty']);
    expect(p.get('opsgenie')).toBeNull();
  });
});
