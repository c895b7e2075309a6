import type { Alert } from '../alert/alert';
import { safeAlertId, safeMonitorId, shortHash } from '../alert/fingerprint';
import type { Scanner } from './create-scanner';
import { mergeLeak, summarizeFindings } from '../alert/leak-summary';
import type { Finding } from './types';

/** Alert fields that are computed or typed by Herald, not text from outside: never scanned. */
const COMPUTED = new Set(['findings', 'leak', 'fingerprint', 'source', 'transition', 'priority', 'date', 'receivedAt', 'id', 'monitorId']);

/** Keys of the alert's own nested shapes (log lines, links, org): names Herald gives, not scanned. */
const OWN_KEYS = new Set(['time', 'host', 'message', 'event', 'monitor', 'logs', 'snapshot', 'runbook', 'id', 'name']);

/** Fields derived from tags: scanned as `key:value`, like the tag they usually come from. */
const FROM_TAGS = ['service', 'env', 'team'] as const;

/** Adds "; it was logged by service X." to a remediation hint. */
function withService(f: Finding, service: string): Finding {
  if (!service) return f;
  const base = f.remediation.replace(/\.$/, '');
  return { ...f, remediation: `${base}; it was logged by service ${service}.` };
}

/** Redacts `text[from, to)` with the findings' spans clipped to it (offsets into `text`). */
function redactSlice(text: string, findings: readonly Finding[], from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const f of findings) {
    const s = Math.max(f.start, from);
    const e = Math.min(f.end, to);
    if (s >= e || s < pos) continue;
    out += text.slice(pos, s) + `[REDACTED:${f.detector}]`;
    pos = e;
  }
  return out + text.slice(pos, to);
}

/** What one walk collects. */
class Walk {
  readonly found: Finding[] = [];
  constructor(private readonly scanner: Scanner) {}

  /** A plain text field. */
  text(text: string, path: string): string {
    if (!text) return text;
    const r = this.scanner.redact(text, path);
    if (r.findings.length) this.found.push(...r.findings);
    return r.text;
  }

  /**
   * `key:value` scanned as one text (so `password:…` is seen with its keyword), then split
   * back: findings in the key get `keyPath`, those in the value `valuePath(redacted key)`.
   */
  pair(key: string, value: string, keyPath: string, valuePath: (k: string) => string): [string, string] {
    const joint = value === '' ? key : `${key}:${value}`;
    const fs = this.scanner.scan(joint, keyPath);
    if (fs.length === 0) return [key, value];
    const k = redactSlice(joint, fs, 0, key.length);
    const at = key.length + 1;
    const v = value === '' ? '' : redactSlice(joint, fs, at, joint.length);
    for (const f of fs) {
      if (f.start < key.length) this.found.push({ ...f, path: keyPath, end: Math.min(f.end, key.length) });
      if (value !== '' && f.end > at) this.found.push({ ...f, path: valuePath(k), start: Math.max(0, f.start - at), end: f.end - at });
    }
    return [k, v];
  }

  /** Any value: strings scanned, arrays and objects walked (object keys scanned too). */
  any(v: unknown, path: string): unknown {
    if (typeof v === 'string') return this.text(v, path);
    if (Array.isArray(v)) return v.map((x, i) => this.any(x, `${path}[${i}]`));
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    Object.entries(v as Record<string, unknown>).forEach(([key, x], i) => {
      let name = OWN_KEYS.has(key) ? key : this.text(key, `${path}Keys[${i}]`);
      if (Object.prototype.hasOwnProperty.call(out, name) || name === '__proto__') name = `${name}#${i}`;
      out[name] = this.any(x, `${path}.${name}`);
    });
    return out;
  }

  /** Tags, each scanned as `key:value`. */
  tags(tags: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    Object.entries(tags).forEach(([key, value], i) => {
      const [k, v] = this.pair(key, value, `tagKeys[${i}]`, (name) => `tags.${name}`);
      out[Object.prototype.hasOwnProperty.call(out, k) ? `${k}#${i}` : k] = v;
    });
    return out;
  }
}

/**
 * Returns a new alert in which every string that came from outside is redacted: every field
 * of the alert (title, message, status, query, host, org, keys, scope, log lines, links,
 * extra keys and values, and any field added later) except the few Herald computes itself.
 * Tags are scanned as `key:value`, and `service`, `env` and `team` (derived from tags) the
 * same way, so they come out exactly as redacted as the tag they came from. The id and
 * monitor id, which end up in Redis key names, are checked to be Datadog's digits, else
 * hashed. `findings` gets the new findings after any already there (paths such as
 * `logs[1].message`, `tags.service`, `tagKeys[2]`), and `leak` summarizes them all.
 * Remediation hints name the (redacted) service that logged the value.
 */
export function scanAlert(scanner: Scanner, alert: Alert): Alert {
  const w = new Walk(scanner);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(alert)) {
    if (COMPUTED.has(key)) out[key] = value;
    else if (key === 'tags') out[key] = w.tags(value as Record<string, string>);
    else if ((FROM_TAGS as readonly string[]).includes(key)) out[key] = value ? w.pair(key, value as string, key, () => key)[1] : value;
    else out[key] = w.any(value, key);
  }
  const next = out as unknown as Alert;
  // Ids end up in Redis key names: Datadog's digits are kept unless the scanner finds
  // something in them (a card number is digits too); anything else is hashed or dropped.
  next.id = w.text(alert.id, 'id') === alert.id ? safeAlertId(alert.id) : `h-${shortHash(`id:${alert.id}`)}`;
  const monitorId = alert.monitorId !== null && w.text(alert.monitorId, 'monitorId') === alert.monitorId ? safeMonitorId(alert.monitorId) : null;
  next.monitorId = monitorId;
  if (alert.monitorId !== null && monitorId === null && alert.fingerprint.startsWith(`m:${alert.monitorId}:`)) {
    next.fingerprint = `m:${shortHash(`monitor:${alert.monitorId}`)}:${alert.fingerprint.slice(alert.monitorId.length + 3)}`;
  }
  const found = w.found.map((f) => withService(f, next.service || next.tags['service'] || ''));
  const prev = alert.leak.count + (alert.leak.notCounted ?? 0) < alert.findings.length ? summarizeFindings(alert.findings) : alert.leak;
  return { ...next, findings: [...alert.findings, ...found], leak: mergeLeak(prev, found) };
}
