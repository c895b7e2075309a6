import { describe, expect, it } from 'vitest';
import { ALERT_LIMITS, boundAlert, safeCut } from '../../../src/alert/bound-alert';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { decodingScanner } from '../../../src/ingest/decoding-scanner';
import { createScanner, scanAlert } from '../../../src/scan';
import { MAX_FINDINGS } from '../../../src/alert/leak-summary';
import { freshSecrets } from '../../helpers/secrets';

const scanner = decodingScanner(createScanner());

/** Every string leaf of a value, with its path. */
function strings(v: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([`${path}{key}`, k]); strings(x, `${path}.${k}`, out); }
  return out;
}

describe('scanAlert: every string of the alert', () => {
  const s = freshSecrets();
  const payload = {
    id: s.github!.value,
    title: `[P2] [Triggered on {service:${s.stripe!.value}}] t`,
    body: 'plain',
    event_type: s.email!.value,
    tags: `service:${s.stripe!.value}, env:${s.email!.value}, team:${s.password!.text}, ${s.awsKeyId!.value}, password:${s.password!.value}`,
    org: { id: s.card!.value, name: s.email!.value },
    aggreg_key: s.github!.value,
    alert: { id: `12${s.card!.value}x`, cycle_key: s.stripe!.value, status: s.email!.value, query: s.password!.text, metric: s.email!.value },
    routing: { runbook: `https://wiki.example/rb?token=${s.github!.value}`, slack_channel_hint: s.email!.value },
    logs_sample: { columns: ['Time', 'Host'], rows: [{ items: [s.email!.value, s.email!.value], message: 'x' }] },
    hostname: s.email!.value,
  };

  it('leaves no raw value in any field, tag, key or id', () => {
    const out = scanAlert(scanner, normalizeDatadog(payload, { now: 1 }));
    const leaks = strings(out).filter(([, v]) => Object.values(s).some((x) => v.includes(x.value)));
    expect(leaks).toEqual([]);
  });

  it('derives service, env and team exactly as redacted as their tags', () => {
    const out = scanAlert(scanner, normalizeDatadog(payload, { now: 1 }));
    expect(out.service).toBe('[REDACTED:stripe-secret-key]');
    expect(out.service).toBe(out.tags.service);
    expect(out.env).toBe(out.tags.env);
    expect(out.team).toBe(out.tags.team);
    expect(out.tags.password).toBe('[REDACTED:password-assignment]');
    expect(out.leak.count).toBeGreaterThanOrEqual(10);
    expect(out.leak.categories).toContain('credential');
    expect(out.findings.every((f) => !f.remediation.includes(s.stripe!.value))).toBe(true);
  });

  it('keeps only digits (Datadog ids) or a hash where ids become Redis key names', () => {
    const out = scanAlert(scanner, normalizeDatadog(payload, { now: 1 }));
    expect(out.id).toMatch(/^h-[0-9a-f]{20}$/);
    expect(out.monitorId).toBeNull();
    expect(out.fingerprint).toMatch(/^[a-z]:[0-9a-f]{20}$/);
    const again = scanAlert(scanner, normalizeDatadog(payload, { now: 2 }));
    expect(again.id).toBe(out.id); // a redelivery keeps its idempotency key
    const plain = scanAlert(scanner, normalizeDatadog({ id: '8790400011122233344', title: 't', alert: { id: 123 } }, { now: 1 }));
    expect(plain.id).toBe('8790400011122233344');
    expect(plain.monitorId).toBe('123');
    expect(plain.fingerprint).toMatch(/^m:123:/);
  });
});

describe('boundAlert and safeCut', () => {
  it('cuts after redaction and never inside a placeholder or a surrogate pair', () => {
    expect(safeCut('abc [REDACTED:github-pat] def', 10)).toBe('abc …');
    expect(safeCut('abc [REDACTED:email] def', 21)).toBe('abc [REDACTED:email]…');
    expect(safeCut('ab😀cd', 4)).toBe('ab…');
    expect(safeCut('short', 10)).toBe('short');
  });

  it('a token cut by the excerpt limit is redacted whole first', () => {
    const s = freshSecrets();
    const pad = 'x'.repeat(ALERT_LIMITS.unparsableMessage - 10);
    const body = `{"title": "broken", "body": "${pad} ${s.github!.value} tail" {{`;
    const a = scanAlert(scanner, normalizeDatadog({ title: 'x' }, { now: 1 }));
    const un = boundAlert(scanAlert(scanner, { ...a, source: 'unparsable', message: body }));
    expect(un.message.length).toBeLessThanOrEqual(ALERT_LIMITS.unparsableMessage);
    for (let n = 6; n <= s.github!.value.length; n++) expect(un.message).not.toContain(s.github!.value.slice(0, n));
  });

  it('200 KB of addresses keep 100 findings, count them all, and stay small', () => {
    const emails = Array.from({ length: 8_000 }, (_, i) => `user${i}@acme-mail.io`).join(' ');
    expect(emails.length).toBeGreaterThan(150_000);
    const scanned = scanAlert(scanner, normalizeDatadog({ title: 'many', body: emails, logs_sample: emails, tags: emails.slice(0, 20_000).replace(/ /g, ',') }, { now: 1 }));
    const kept = boundAlert(scanned);
    expect(scanned.leak.count).toBeGreaterThan(8_000);
    expect(kept.findings).toHaveLength(MAX_FINDINGS);
    expect(kept.leak).toEqual(scanned.leak);
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThan(200_000);
  });
});

describe('ids that are digits but a card number', () => {
  it('are hashed (alert id) or dropped (monitor id), the fingerprint too', () => {
    const s = freshSecrets();
    const card = s.card!.value;
    const out = scanAlert(scanner, normalizeDatadog({ id: card, title: 't', alert: { id: card } }, { now: 1 }));
    expect(out.id).toMatch(/^h-[0-9a-f]{20}$/);
    expect(out.monitorId).toBeNull();
    expect(JSON.stringify(out)).not.toContain(card);
    expect(out.fingerprint).toMatch(/^m:[0-9a-f]{20}:[0-9a-f]{20}$/);
    expect(out.leak.count).toBeGreaterThanOrEqual(2);
  });
});
