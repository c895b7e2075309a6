import fs from 'node:fs';
import path from 'node:path';
import type { Alert, LogLine } from '../../../src/alert/alert';
import { NO_LEAK } from '../../../src/scan/types';
import { FIXTURE_DIR } from '../../helpers/fixtures';

/** Herald's own Datadog fixtures folder (test/fixtures/datadog), in the repository. */
export function fixturesDir(): string {
  return FIXTURE_DIR;
}

/** Reads one fixture by its number prefix (`12` → `12-*.json`). */
export function readFixture(num: string): Record<string, unknown> {
  const dir = fixturesDir();
  const file = fs.readdirSync(dir).find((f) => f.startsWith(`${num}-`) && f.endsWith('.json'));
  if (!file) throw new Error(`fixture ${num} not found`);
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
}

function flatten(v: unknown, prefix: string, out: Record<string, string>): void {
  if (typeof v === 'string') out[prefix] = v;
  else if (typeof v === 'number' || typeof v === 'boolean') out[prefix] = String(v);
  else if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${prefix}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
}

/**
 * A minimal, test-only mapping of a raw Datadog payload to an Alert (the real normalizer
 * lives in src/alert): known fields go to their place, log samples (object or JSON
 * string) to `logs`, every other string leaf to `extra`, so every raw text is scanned.
 */
export function alertFromFixture(raw: Record<string, unknown>): Alert {
  const alert = (raw['alert'] ?? {}) as Record<string, string>;
  const tags: Record<string, string> = {};
  for (const t of String(raw['tags'] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = t.indexOf(':');
    if (i < 0) tags[t] = '';
    else tags[t.slice(0, i)] = t.slice(i + 1);
  }
  let sample = raw['logs_sample'];
  if (typeof sample === 'string') {
    try {
      sample = JSON.parse(sample);
    } catch {
      /* keep as a string in extra */
    }
  }
  const logs: LogLine[] = [];
  const rows = (sample as { rows?: { items?: string[]; message?: string }[] } | undefined)?.rows;
  if (Array.isArray(rows)) for (const r of rows) logs.push({ time: r.items?.[0] ?? '', host: r.items?.[1] ?? '', message: r.message ?? '' });
  const known = new Set(['id', 'title', 'body', 'tags', 'alert', 'logs_sample', 'link', 'service', 'env', 'team', 'hostname', 'org', 'event_type', 'date']);
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (!known.has(k)) flatten(v, k, extra);
  if (typeof sample === 'string') extra['logs_sample'] = sample;
  const title = String(raw['title'] ?? '');
  return {
    id: String(raw['id'] ?? ''), source: raw['security'] ? 'security' : 'datadog', eventType: String(raw['event_type'] ?? ''),
    title: title.replace(/^(\[[^\]]*\]\s*)+/, ''), rawTitle: title, message: String(raw['body'] ?? '').replace(/%%%/g, ''),
    transition: 'Triggered', alertType: alert['type'] ?? '', priority: null, status: alert['status'] ?? '',
    monitorId: alert['id'] ?? null, scope: (alert['scope'] ?? '').split(',').filter(Boolean).sort(), query: alert['query'] ?? '',
    metric: alert['metric'] ?? '', service: String(raw['service'] ?? tags['service'] ?? ''), env: String(raw['env'] ?? ''),
    team: String(raw['team'] ?? ''), host: String(raw['hostname'] ?? ''), tags, links: { event: String(raw['link'] ?? '') },
    logs, date: Number(raw['date'] ?? 0), cycleKey: alert['cycle_key'] ?? '', aggregKey: String(raw['aggreg_key'] ?? ''),
    org: { id: '', name: '' }, fingerprint: '', receivedAt: 0, extra, findings: [], leak: NO_LEAK,
  };
}
