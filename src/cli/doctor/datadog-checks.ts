import type { Config } from '../../config/config';
import { checker, type Check } from './report';

const c = checker('datadog');

/** The Datadog sites (DD_SITE values) API keys belong to. */
export const DATADOG_SITES = ['datadoghq.com', 'us3.datadoghq.com', 'us5.datadoghq.com', 'datadoghq.eu', 'ap1.datadoghq.com', 'ap2.datadoghq.com', 'ddog-gov.com'] as const;

/** The API base URL for a site (`https://api.<site>`), or the override. */
export function datadogApiBase(site: string, apiUrl?: string): string {
  return (apiUrl ?? `https://api.${site}`).trim().replace(/\/+$/, '');
}

/** The read APIs enrichment uses, with the permission each needs. */
const ENRICHMENT_APIS = [
  { what: 'monitors (monitor details)', permission: 'monitors_read', method: 'GET', path: '/api/v1/monitor?page=0&page_size=1' },
  { what: 'logs search (recent error logs)', permission: 'logs_read_data', method: 'POST', path: '/api/v2/logs/events/search', body: { filter: { query: '*', from: 'now-15m', to: 'now' }, page: { limit: 1 } } },
  { what: 'service catalog (owning team and channel)', permission: 'apm_service_catalog_read', method: 'GET', path: '/api/v2/services/definitions?page[size]=1' },
] as const;

type Answer = { status: number } | { error: string };

async function call(base: string, headers: Record<string, string>, method: string, path: string, timeoutMs: number, body?: unknown): Promise<Answer> {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { accept: 'application/json', ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    await res.arrayBuffer();
    return { status: res.status };
  } catch (e) {
    return { error: (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name };
  }
}

/**
 * Check the Datadog side: the API key is valid for the configured site (`/api/v1/validate`;
 * keys belong to one site), and the read APIs enrichment uses answer with the application
 * key. Write-back (downtimes, events, incidents) is not exercised: it would write to Datadog.
 */
export async function checkDatadog(config: Config): Promise<Check[]> {
  const d = config.datadog;
  if (!d.apiKey || !d.appKey) return [c.skip('not configured (no DD_API_KEY / DD_APP_KEY): no enrichment or write-back')];
  const checks: Check[] = [];
  const where = d.apiUrl ? `${d.apiUrl} (DD_API_URL)` : d.site;
  if (!d.apiUrl && !(DATADOG_SITES as readonly string[]).includes(d.site)) {
    checks.push(c.warn(`DD_SITE ${d.site} is not a known Datadog site`, `use the site of your Datadog URL: ${DATADOG_SITES.join(', ')}`));
  }
  const base = datadogApiBase(d.site, d.apiUrl);
  const timeout = Math.max(d.timeoutMs, 5_000);
  const v = await call(base, { 'dd-api-key': d.apiKey }, 'GET', '/api/v1/validate', timeout);
  if ('error' in v) return [...checks, c.error(`cannot reach the Datadog API at ${base} (${v.error})`, 'check the network, DD_SITE or DD_API_URL')];
  if (v.status === 403 || v.status === 401) {
    return [...checks, c.error(`DD_API_KEY is not valid for ${where}`, `an API key works only on its own site: check DD_SITE against your Datadog URL (app.datadoghq.eu → datadoghq.eu, us5.datadoghq.com → us5.datadoghq.com), or create a key under Organization Settings → API Keys`)];
  }
  if (v.status !== 200) return [...checks, c.warn(`the Datadog API answered ${v.status} to /api/v1/validate`, 'try again later; see status.datadoghq.com')];
  checks.push(c.ok(`DD_API_KEY valid for ${where}`));
  if (!d.enrich) {
    checks.push(c.skip('enrichment off (datadog.enrich: false): monitor details, logs and owners are not fetched'));
    return checks;
  }
  const headers = { 'dd-api-key': d.apiKey, 'dd-application-key': d.appKey };
  const answers = await Promise.all(ENRICHMENT_APIS.map((a) => call(base, headers, a.method, a.path, timeout, 'body' in a ? a.body : undefined)));
  if (answers.every((a) => 'status' in a && (a.status === 403 || a.status === 401))) {
    checks.push(c.error(`DD_APP_KEY is refused by ${where}: enrichment gets nothing`, 'create an application key in the same organization (Organization Settings → Application Keys) and set DD_APP_KEY'));
    return checks;
  }
  ENRICHMENT_APIS.forEach((a, i) => {
    const r = answers[i];
    if ('error' in r) checks.push(c.warn(`${a.what}: no answer (${r.error})`, 'enrichment of this kind will be skipped until it answers'));
    else if (r.status >= 200 && r.status < 300) checks.push(c.ok(`${a.what} API answers`));
    else if (r.status === 403 || r.status === 401) checks.push(c.warn(`${a.what}: the application key lacks the ${a.permission} permission`, `give the key's owner (or its scopes) ${a.permission}; until then alerts go without it`));
    else checks.push(c.warn(`${a.what}: answered ${r.status}`, 'enrichment of this kind will be skipped while it fails'));
  });
  return checks;
}
