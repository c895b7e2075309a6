import { describe, expect, it } from 'vitest';
import { createDatadog } from '../../../src/enrich';
import { loadDatadogModule, makeConfiguration } from '../../../src/enrich/datadog-client';

const noFetch = async () => {
  throw new Error('not used');
};

describe('Datadog client configuration', () => {
  it('targets the site, or the API URL without its trailing slash', async () => {
    const dd = await loadDatadogModule();
    const eu = makeConfiguration(dd, { apiKey: 'k', appKey: 'a', site: 'datadoghq.eu', fetch: noFetch });
    expect(eu.getServer('v1.MonitorsApi.getMonitor').makeRequestContext('/api/v1/monitor/1', dd.client.HttpMethod.GET).getUrl()).toBe(
      'https://api.datadoghq.eu/api/v1/monitor/1',
    );
    const local = makeConfiguration(dd, { apiKey: 'k', appKey: 'a', site: 'datadoghq.eu', apiUrl: 'http://127.0.0.1:9/', fetch: noFetch });
    expect(local.getServer('v2.EventsApi.createEvent').makeRequestContext('/api/v2/events', dd.client.HttpMethod.POST).getUrl()).toBe(
      'http://127.0.0.1:9/api/v2/events',
    );
  });

  it('enables the unstable createIncident operation only when asked', async () => {
    const dd = await loadDatadogModule();
    expect(makeConfiguration(dd, { apiKey: 'k', appKey: 'a', fetch: noFetch }).unstableOperations['v2.createIncident']).toBe(false);
    expect(makeConfiguration(dd, { apiKey: 'k', appKey: 'a', fetch: noFetch, incidents: true }).unstableOperations['v2.createIncident']).toBe(true);
  });

  it('refuses to start without both keys', async () => {
    const redactText = (text: string) => ({ text, findings: [] });
    await expect(createDatadog({ apiKey: '', appKey: 'a', redis: {} as never, prefix: 'x:', redactText })).rejects.toMatchObject({ code: 'config_invalid' });
  });
});
