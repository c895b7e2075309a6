import type { client, v1, v2 } from '@datadog/datadog-api-client';
import type { FetchFn } from './fetch-with-retry';

type DatadogModule = typeof import('@datadog/datadog-api-client');

let loaded: Promise<DatadogModule> | undefined;

/**
 * Load `@datadog/datadog-api-client` once (about 1.8 s the first time) and silence its
 * logger, which would otherwise print request errors (and, in debug, request headers).
 */
export function loadDatadogModule(): Promise<DatadogModule> {
  loaded ??= import('@datadog/datadog-api-client').then((m) => {
    const mod = ((m as unknown as { client?: unknown }).client ? m : (m as unknown as { default: DatadogModule }).default) as DatadogModule;
    mod.logger.setLevel('silent');
    return mod;
  });
  return loaded;
}

/** Options of one client configuration. */
export interface ConfigOptions {
  apiKey: string;
  appKey: string;
  site?: string;
  /** Base URL; wins over `site`. */
  apiUrl?: string;
  /** The per-request fetch (timeouts and retries live there; the client's retries stay off). */
  fetch: FetchFn;
  incidents?: boolean;
}

/** The API objects Herald uses. */
export interface DatadogApis {
  monitors: v1.MonitorsApi;
  events: v1.EventsApi;
  logs: v2.LogsApi;
  services: v2.ServiceDefinitionApi;
  downtimes: v2.DowntimesApi;
  incidents: v2.IncidentsApi;
}

/** Strip trailing slashes from a base URL (the client appends `/api/...` directly). */
export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/**
 * One client configuration: explicit keys (never the environment), `baseServer` when an
 * API URL is given, else the site; `v2.createIncident` enabled only when `incidents`.
 */
export function makeConfiguration(dd: DatadogModule, o: ConfigOptions): client.Configuration {
  const conf = dd.client.createConfiguration({
    authMethods: { apiKeyAuth: o.apiKey, appKeyAuth: o.appKey },
    ...(o.apiUrl ? { baseServer: new dd.client.BaseServerConfiguration(normalizeBaseUrl(o.apiUrl), {}) } : {}),
    fetch: o.fetch,
    enableRetry: false,
  });
  if (!o.apiUrl && o.site) conf.setServerVariables({ site: o.site });
  if (o.incidents) {
    conf.unstableOperations['v2.createIncident'] = true;
    conf.unstableOperations['v2.updateIncident'] = true;
  }
  return conf;
}

/** The API objects for one configuration. */
export function makeApis(dd: DatadogModule, conf: client.Configuration): DatadogApis {
  return {
    monitors: new dd.v1.MonitorsApi(conf),
    events: new dd.v1.EventsApi(conf),
    logs: new dd.v2.LogsApi(conf),
    services: new dd.v2.ServiceDefinitionApi(conf),
    downtimes: new dd.v2.DowntimesApi(conf),
    incidents: new dd.v2.IncidentsApi(conf),
  };
}
