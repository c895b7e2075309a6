import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDatadog } from '../../helpers/fake-datadog';
import { FakeSlack } from '../../helpers/fake-slack';
import { startHerald, type TestHerald } from '../../helpers/start-herald';
import { alertBody } from './payload';

// Issue 14 item 2: with the shipped rules (`channel: owner`), an alert goes to the Slack
// channel its service's Datadog catalog entry names, whichever way the entry gives it, and
// to #alerts when the catalog names none.
let fake: FakeSlack;
let dd: FakeDatadog;
let h: TestHerald;

const schema = (service: string, contacts: Record<string, string>[]) => ({ 'schema-version': 'v2.2', 'dd-service': service, team: 'payments', contacts });

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dd = await new FakeDatadog().start();
  dd.services.set('by-link', schema('by-link', [{ type: 'slack', contact: 'https://acme.slack.com/archives/C0LINKED01', name: '#ignored-name' }]));
  dd.services.set('by-id', schema('by-id', [{ type: 'slack', contact: 'C0BAREID01' }]));
  dd.services.set('by-hash-name', schema('by-hash-name', [{ type: 'slack', contact: '#payments-alerts' }]));
  dd.services.set('by-bare-name', schema('by-bare-name', [{ type: 'slack', contact: 'billing-oncall' }]));
  dd.services.set('no-slack', schema('no-slack', [{ type: 'email', contact: 'team@example.com' }]));
  h = await startHerald({
    name: 'owner',
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, DD_API_KEY: 'dd-api-key-test', DD_APP_KEY: 'dd-app-key-test', DD_API_URL: dd.url },
  });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
  await dd?.stop();
});

const postsFor = (service: string) => fake.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts && String(c.params.text).includes(`on ${service}`));

describe("the owner's channel from the service catalog", () => {
  it.each([
    ['by-link', 'C0LINKED01'],
    ['by-id', 'C0BAREID01'],
    ['by-hash-name', '#payments-alerts'],
    ['by-bare-name', '#billing-oncall'],
    ['no-slack', '#alerts'],
    ['not-in-catalog', '#alerts'],
  ])('an alert of %s posts in %s', async (service, channel) => {
    const n = String(1000 + service.length * 7 + service.charCodeAt(3));
    const r = await h.webhook(alertBody({ id: `72000000000000${n}`, monitor: `720${n}`, service }));
    expect(r.status).toBe(202);
    await fake.waitFor(() => postsFor(service).length === 1);
    expect(postsFor(service).map((c) => c.params.channel)).toEqual([channel]);
  });

  it('a leak still also goes to the security channel, the owner gets it too', async () => {
    const body = alertBody({ id: '7200000000000009999', monitor: '72009999', service: 'by-id', text: 'stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc leaked' });
    expect((await h.webhook(body)).status).toBe(202);
    await fake.waitFor(() => postsFor('by-id').length === 3);
    const channels = postsFor('by-id').slice(1).map((c) => c.params.channel).sort();
    expect(channels).toEqual(['#security-alerts', 'C0BAREID01']);
  });
});
