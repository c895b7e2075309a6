import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDatadog } from '../../helpers/fake-datadog';
import { viewSubmission } from '../../helpers/slack-signing';
import { eventually } from '../../helpers/start-herald';
import { ADMIN_TOKEN, startTriage, USERS, type Triage } from '../triage/triage-harness';
import { adminApi } from './api';

// Issue 14 item 5: API mutes get the Datadog downtime Slack mutes get, their actor is the
// admin token's holder (server.admin_token_name), "this service" mutes (API and Slack) down
// the service's monitors by the service tag, and removing a mute removes its downtime.
let t: Triage;
let dd: FakeDatadog;

beforeAll(async () => {
  dd = await new FakeDatadog().start();
  t = await startTriage('api-mutes', { env: { DD_API_KEY: 'dd-api-key-test', DD_APP_KEY: 'dd-app-key-test', DD_API_URL: dd.url }, configure: (c) => (c.server.adminTokenName = 'ops-automation') });
});
afterAll(async () => {
  await t?.stop();
  await dd?.stop();
});

const api = (method: string, path: string, body?: unknown) => adminApi(t.h.url, method, path, body, ADMIN_TOKEN);
const downtimeCalls = () => dd.callsTo('POST /api/v2/downtime').map((c) => c.body.data.attributes);

describe('mutes made through the API', () => {
  it('a service mute creates a downtime scoped by the service tag; the actor is the token holder; deleting it cancels the downtime', async () => {
    const r = await api('POST', '/api/mutes', { matchers: { service: 'billing-sync', env: 'prod' }, duration: '2h', reason: 'provider maintenance', created_by: 'mallory' });
    expect(r.status).toBe(201);
    expect(r.json.mute.created_by).toBe('ops-automation');
    expect(r.json.mute.claimed_by).toBe('mallory');
    expect(r.json.downtime_id).toEqual(expect.any(String));
    const [attrs] = downtimeCalls();
    expect(attrs.monitor_identifier).toEqual({ monitor_tags: ['service:billing-sync'] });
    expect(attrs.scope).toBe('env:prod');
    expect(attrs.message).toContain('ops-automation');
    expect(dd.downtimes.has(r.json.downtime_id)).toBe(true);

    const entries = await t.h.app.journal.list(); // untouched: nothing was muted yet
    expect(entries).toEqual([]);
    const audit = await api('GET', '/api/audit?since=1h');
    expect(JSON.stringify(audit.json)).toContain('ops-automation');
    expect(JSON.stringify(audit.json)).not.toMatch(/"actor":\{"id":"mallory"/);

    const del = await api('DELETE', `/api/mutes/${r.json.mute.id}?by=mallory`);
    expect(del.status).toBe(200);
    expect(del.json.mute.deleted_by).toBe('ops-automation');
    expect(del.json.downtime_cancelled).toBe(r.json.downtime_id);
    expect(dd.downtimes.has(r.json.downtime_id)).toBe(false);
  });

  it('a monitor mute downs that monitor', async () => {
    const r = await api('POST', '/api/mutes', { matchers: { monitor_id: '60114402' }, duration: '1h', reason: 'noisy' });
    expect(r.status).toBe(201);
    expect(downtimeCalls().at(-1)!.monitor_identifier).toEqual({ monitor_id: 60114402 });
    expect(r.json.mute.created_by).toBe('ops-automation');
    expect(r.json.mute.claimed_by).toBeNull();
  });

  it('a mute Datadog cannot express gets no downtime, and says so', async () => {
    const before = downtimeCalls().length;
    const r = await api('POST', '/api/mutes', { matchers: { title: { contains: 'disk' } }, duration: '1h', reason: 'noisy' });
    expect(r.status).toBe(201);
    expect(r.json.downtime_id).toBeNull();
    expect(downtimeCalls()).toHaveLength(before);
  });
});

describe('"this service" from the Slack mute modal', () => {
  it('downs the service by tag, not the one monitor', async () => {
    const inc = await t.incident();
    await t.click(USERS.admin, 'herald_mute', inc);
    const view = t.fake.callsOf('views.open').at(-1)!.params.view;
    const before = downtimeCalls().length;
    const r = await t.slack.interact(
      viewSubmission({
        user: USERS.admin,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          scope: { value: { type: 'radio_buttons', selected_option: { value: 'service' } } },
          matchers: { value: { type: 'plain_text_input', value: null } },
          duration: { value: { type: 'plain_text_input', value: '1h' } },
          reason: { value: { type: 'plain_text_input', value: 'upstream outage' } },
        },
      }),
    );
    expect(r.status).toBe(200);
    await eventually(() => downtimeCalls().length === before + 1, 5_000, 'downtime created');
    const attrs = downtimeCalls().at(-1)!;
    expect(attrs.monitor_identifier).toEqual({ monitor_tags: ['service:invoice-api'] });
    expect(attrs.scope).toBe('env:prod');
  });
});
