import { unwrap } from './owner-info';
import { extractRunbooks } from './runbook-links';
import type { MonitorInfo } from './types';

/** The fields of a v1 Monitor (typed by the client) that enrichment reads. */
export interface MonitorLike {
  id?: number;
  name?: string;
  query?: string;
  message?: string;
  type?: unknown;
  priority?: number | null;
  tags?: string[];
  creator?: { handle?: string; email?: string; name?: string | null };
}

/**
 * The compact monitor shown on a message. `appUrl` is the Datadog web app origin (no
 * trailing slash) or undefined when unknown. Not yet redacted.
 */
export function monitorInfo(id: string, m: MonitorLike, appUrl?: string): MonitorInfo {
  const type = unwrap(m.type);
  const creator = m.creator?.name || m.creator?.handle || m.creator?.email || undefined;
  return {
    id: m.id !== undefined ? String(m.id) : id,
    name: (m.name ?? '').slice(0, 500),
    query: (m.query ?? '').slice(0, 1000),
    ...(typeof type === 'string' ? { type } : {}),
    priority: typeof m.priority === 'number' ? m.priority : null,
    tags: (m.tags ?? []).filter((t): t is string => typeof t === 'string').slice(0, 50),
    ...(creator ? { creator } : {}),
    runbooks: extractRunbooks(m.message ?? ''),
    ...(appUrl ? { url: `${appUrl}/monitors/${encodeURIComponent(id)}` } : {}),
  };
}

/**
 * The Datadog web app origin for a site or API URL: `datadoghq.com` → `https://app.datadoghq.com`,
 * `us3.datadoghq.com` → `https://us3.datadoghq.com`, `https://api.datadoghq.eu` →
 * `https://app.datadoghq.eu`. Undefined for any other API URL (a test server or proxy).
 */
export function datadogAppUrl(site?: string, apiUrl?: string): string | undefined {
  if (apiUrl) {
    const m = /^https:\/\/api\.([a-z0-9.-]+)\/?$/i.exec(apiUrl);
    return m ? datadogAppUrl(m[1]) : undefined;
  }
  const s = (site || 'datadoghq.com').toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(s)) return undefined;
  return s.split('.').length <= 2 ? `https://app.${s}` : `https://${s}`;
}
