import { describe, expect, it } from 'vitest';
import { parseDatadogJson, repairJson } from '../../../src/ingest/repair-json';
import { checkSecret, presentedSecrets, safeEqual } from '../../../src/ingest/check-secret';
import { bodyKind, decodeForm } from '../../../src/ingest/read-body';
import { unparsableAlert } from '../../../src/ingest/unparsable-alert';
import { ALERT_LIMITS, boundAlert } from '../../../src/alert/bound-alert';

describe('repairJson / parseDatadogJson', () => {
  it('turns an unquoted empty $LOGS_SAMPLE into null', () => {
    const r = parseDatadogJson('{"id": "1", "title": "x", "logs_sample": }');
    expect(r?.value).toEqual({ id: '1', title: 'x', logs_sample: null });
    expect(parseDatadogJson('{"logs_sample": , "title": "x"}')?.value).toEqual({ logs_sample: null, title: 'x' });
  });
  it('keeps a bare 19-digit id exact', () => {
    const r = parseDatadogJson('{"id": 8790400011122233344, "n": 5}');
    expect(r?.value).toEqual({ id: '8790400011122233344', n: 5 });
  });
  it('keeps long integers exact at any depth, and leaves shorter ones and decimals as numbers', () => {
    const r = parseDatadogJson('{"a": {"b": [1, {"c": -1234567890123456}]}, "d": 123456789012345, "e": 1.5}');
    expect(r?.value).toEqual({ a: { b: [1, { c: '-1234567890123456' }] }, d: 123456789012345, e: 1.5 });
    expect(r?.repaired).toBe(true);
    expect(parseDatadogJson('{"d": 123456789012345, "s": "8790400011122233344"}')?.repaired).toBe(false);
  });
  it('does not touch digits inside strings', () => {
    const s = '{"msg": "id: 8790400011122233344, ok", "x": ":"}';
    expect(parseDatadogJson(s)?.value).toEqual(JSON.parse(s));
  });
  it('escapes raw newlines inside strings and drops trailing commas', () => {
    expect(parseDatadogJson('{"a": "line1\nline2\tx", "b": [1,2,],}')?.value).toEqual({ a: 'line1\nline2\tx', b: [1, 2] });
  });
  it('leaves valid JSON unchanged', () => {
    const s = JSON.stringify({ a: [1, { b: 'c:"d"' }], e: null, f: -12.5e3 });
    expect(repairJson(s)).toBe(s);
  });
  it('gives up on hopeless text', () => {
    expect(parseDatadogJson('not json at all {')).toBeUndefined();
    expect(parseDatadogJson('{"a": "unterminated')).toBeUndefined();
  });
});

describe('webhook secret', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it('accepts Bearer, X-Herald-Token and the basic-auth password', () => {
    expect(checkSecret({ authorization: 'Bearer s3cret-value' }, 's3cret-value')).toBe(true);
    expect(checkSecret({ 'x-herald-token': 's3cret-value' }, 's3cret-value')).toBe(true);
    expect(checkSecret({ authorization: `Basic ${b64('datadog:s3cret-value')}` }, 's3cret-value')).toBe(true);
  });
  it('rejects wrong, missing, and prefix-only secrets', () => {
    expect(checkSecret({}, 's3cret-value')).toBe(false);
    expect(checkSecret({ authorization: 'Bearer s3cret' }, 's3cret-value')).toBe(false);
    expect(checkSecret({ authorization: 'Bearer s3cret-value-more' }, 's3cret-value')).toBe(false);
    expect(checkSecret({ authorization: `Basic ${b64('s3cret-value')}` }, 's3cret-value')).toBe(false);
  });
  it('compares without early exit on length', () => {
    expect(safeEqual('a', 'a')).toBe(true);
    expect(safeEqual('a', 'ab')).toBe(false);
    expect(presentedSecrets({ authorization: 'Bearer  x ' })).toEqual(['x']);
  });
});

describe('body kinds', () => {
  it('maps content types', () => {
    expect(bodyKind('application/json; charset=utf-8')).toBe('json');
    expect(bodyKind('application/x-www-form-urlencoded')).toBe('form');
    expect(() => bodyKind('text/plain')).toThrow(/unsupported content type/);
    expect(() => bodyKind(undefined)).toThrow(/\(none\)/);
  });
  it('decodes Datadog form encoding (fields, JSON values, or one payload field)', () => {
    const form = new URLSearchParams({ id: '1', title: '[Triggered] x', alert: JSON.stringify({ id: '5' }) }).toString();
    expect(JSON.parse(decodeForm(form))).toEqual({ id: '1', title: '[Triggered] x', alert: { id: '5' } });
    const one = new URLSearchParams({ payload: JSON.stringify({ id: '2', title: 't' }) }).toString();
    expect(JSON.parse(decodeForm(one))).toEqual({ id: '2', title: 't' });
  });
});

describe('unparsable alerts', () => {
  it('salvages the id and title and keeps a bounded excerpt', () => {
    const raw = `{"id": "8790400011122233344", "title": "[P1] [Triggered] Disk full", "x": {{{ ${'y'.repeat(5000)}`;
    const a = unparsableAlert(raw, 1);
    expect(a.id).toBe('8790400011122233344');
    expect(a.title).toContain('Disk full');
    expect(a.source).toBe('unparsable');
    expect(a.message).toBe(raw); // whole until scanned; boundAlert cuts the excerpt
    expect(boundAlert(a).message.length).toBeLessThanOrEqual(ALERT_LIMITS.unparsableMessage);
  });
  it('derives a stable id when none can be read', () => {
    expect(unparsableAlert('garbage', 1).id).toBe(unparsableAlert('garbage', 2).id);
    expect(unparsableAlert('garbage', 1).id).not.toBe(unparsableAlert('garbage2', 1).id);
  });
});
