import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../../src/errors/herald-error';
import { API_KEY, APP_KEY, Harness, SECRET } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await new Harness().start();
});
afterEach(() => h.stop());

async function rejection(p: Promise<unknown>): Promise<HeraldError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(HeraldError);
  return e as HeraldError;
}

describe('downtimes', () => {
  it('creates a downtime scoped to the monitor and alert scope, and cancels it', async () => {
    const { writeBack } = await h.datadog();
    const endsAt = Date.now() + 3_600_000;
    const id = await writeBack.createDowntime({ monitorId: '123', scope: ['env:prod', 'service:billing-sync'], endsAt, message: 'Muted by ana via Herald' });

    const [call] = h.dd.callsTo('POST /api/v2/downtime');
    expect(call.headers['dd-api-key']).toBe(API_KEY);
    expect(call.headers['dd-application-key']).toBe(APP_KEY);
    expect(call.body.data.type).toBe('downtime');
    expect(call.body.data.attributes).toMatchObject({
      scope: 'env:prod AND service:billing-sync',
      monitor_identifier: { monitor_id: 123 },
      message: 'Muted by ana via Herald',
    });
    expect(Date.parse(call.body.data.attributes.schedule.end)).toBe(Math.ceil(endsAt / 1000) * 1000);
    expect(h.dd.downtimes.has(id)).toBe(true);

    await writeBack.cancelDowntime(id);
    expect(h.dd.callsTo(`DELETE /api/v2/downtime/${id}`)).toHaveLength(1);
    expect(h.dd.downtimes.has(id)).toBe(false);
    await expect(writeBack.cancelDowntime(id)).resolves.toBeUndefined(); // already gone
  });

  it('uses * for an empty scope and redacts the message', async () => {
    const { writeBack } = await h.datadog();
    await writeBack.createDowntime({ monitorId: '123', scope: [], endsAt: Date.now() + 60_000, message: `key ${SECRET}` });
    const [call] = h.dd.callsTo('POST /api/v2/downtime');
    expect(call.body.data.attributes.scope).toBe('*');
    expect(call.body.data.attributes.message).toBe('key [REDACTED:stripe-secret-key]');
  });

  it('rejects a non-numeric monitor id without calling Datadog', async () => {
    const { writeBack } = await h.datadog();
    const e = await rejection(writeBack.createDowntime({ monitorId: 'abc', scope: [], endsAt: Date.now() + 60_000, message: 'm' }));
    expect(e.code).toBe('invalid_payload');
    expect(h.dd.calls).toHaveLength(0);
  });

  it('does not retry a 500 on a write, and says it is retryable', async () => {
    h.dd.script((c) => (c.method === 'POST' ? { status: 500, headers: { 'x-ratelimit-reset': '0' }, body: 'boom' } : undefined));
    const { writeBack } = await h.datadog();
    const e = await rejection(writeBack.createDowntime({ monitorId: '123', scope: [], endsAt: Date.now() + 60_000, message: 'm' }));
    expect(e.code).toBe('datadog_api');
    expect(e.retryable).toBe(true);
    expect(e.message).toBe('create downtime: Datadog API error (HTTP 500)');
    expect(h.dd.callsTo('POST /api/v2/downtime')).toHaveLength(1);
  });

  it('retries a 503 on a write, then succeeds', async () => {
    let n = 0;
    h.dd.script((c) => (c.method === 'POST' && n++ === 0 ? { status: 503, headers: { 'x-ratelimit-reset': '0' }, body: 'busy' } : undefined));
    const { writeBack } = await h.datadog();
    const id = await writeBack.createDowntime({ monitorId: '123', scope: ['env:prod'], endsAt: Date.now() + 60_000, message: 'm' });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.dd.callsTo('POST /api/v2/downtime')).toHaveLength(2);
  });

  it('turns a slow answer into a retryable timeout error', async () => {
    h.dd.script(() => ({ delayMs: 2000, body: {} }));
    const { writeBack } = await h.datadog({ timeoutMs: 200 });
    const t0 = Date.now();
    const e = await rejection(writeBack.cancelDowntime('00000000-0000-0000-0000-000000000001'));
    expect(Date.now() - t0).toBeLessThan(200 + 300);
    expect(e.code).toBe('timeout');
    expect(e.retryable).toBe(true);
    expect(e.message).toBe('cancel downtime: timed out after 200 ms');
  });
});

describe('events', () => {
  it('posts an event with the actor and note, sending only the API key', async () => {
    const { writeBack } = await h.datadog();
    await writeBack.postEvent({
      title: 'Resolved: billing-sync errors',
      text: 'Resolved by <@U123> (ana): rotated the Stripe key',
      tags: ['service:billing-sync', 'source:herald'],
      alertType: 'success',
      aggregationKey: 'fp-123',
    });
    const [call] = h.dd.callsTo('POST /api/v1/events');
    expect(call.headers['dd-api-key']).toBe(API_KEY);
    expect(call.headers['dd-application-key']).toBeUndefined();
    expect(call.body).toMatchObject({
      title: 'Resolved: billing-sync errors',
      tags: ['service:billing-sync', 'source:herald'],
      alert_type: 'success',
      aggregation_key: 'fp-123',
    });
    expect(call.body.text).toBe('%%% \nResolved by <@U123> (ana): rotated the Stripe key\n %%%');
  });
});

describe('incidents', () => {
  it('refuses to create an incident unless enabled, without calling Datadog', async () => {
    const { writeBack } = await h.datadog();
    expect(writeBack.incidentsEnabled).toBe(false);
    const e = await rejection(writeBack.createIncident({ title: 'Stripe sync down' }));
    expect(e.code).toBe('datadog_api');
    expect(e.retryable).toBe(false);
    expect(e.message).toMatch(/incidents are disabled/);
    expect(h.dd.callsTo('POST /api/v2/incidents')).toHaveLength(0);
  });

  it('creates an incident when enabled', async () => {
    const { writeBack } = await h.datadog({ incidents: true });
    expect(writeBack.incidentsEnabled).toBe(true);
    const inc = await writeBack.createIncident({ title: 'Stripe sync down', severity: 'SEV-2' });
    expect(inc.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(inc.publicId).toBe('1');
    const [call] = h.dd.callsTo('POST /api/v2/incidents');
    expect(call.body).toEqual({
      data: {
        type: 'incidents',
        attributes: {
          title: 'Stripe sync down',
          customer_impacted: false,
          fields: { state: { type: 'dropdown', value: 'active' }, severity: { type: 'dropdown', value: 'SEV-2' } },
        },
      },
    });
  });
});

describe('secrets', () => {
  it('never puts a key in a thrown error', async () => {
    h.dd.script((c) => ({ status: 403, body: { errors: [`Forbidden: key ${String(c.headers['dd-api-key'])}`] } }));
    const { writeBack } = await h.datadog({ incidents: true });
    const errors = [
      await rejection(writeBack.createDowntime({ monitorId: '1', scope: [], endsAt: Date.now() + 60_000, message: 'm' })),
      await rejection(writeBack.postEvent({ title: 't', text: 'x', tags: [], alertType: 'info' })),
      await rejection(writeBack.createIncident({ title: 't' })),
    ];
    for (const e of errors) {
      expect(e.code).toBe('datadog_api');
      expect(e.retryable).toBe(false);
      expect(JSON.stringify({ m: e.message, d: e.details, s: e.stack })).not.toContain(API_KEY);
    }
    // the key echoed in a parsed error body was scrubbed, not merely absent
    expect(errors.some((e) => e.message.includes('Forbidden: key [redacted]'))).toBe(true);
    expect(JSON.stringify(h.warnings)).not.toContain(API_KEY);
  });
});
