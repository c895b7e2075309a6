import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../../src/errors/herald-error';
import { scrub, toHeraldError } from '../../../src/enrich/to-herald-error';

const KEY = 'abcdef0123456789';
const apiException = (code: number, body: unknown) => Object.assign(new Error(`HTTP-Code: ${code}\nMessage: x ${KEY}`), { code, body });

describe('toHeraldError', () => {
  it('maps timeouts', () => {
    const { error, kind } = toHeraldError(new DOMException('t', 'TimeoutError'), 'monitor', 2000, [KEY]);
    expect(kind).toBe('timeout');
    expect(error).toMatchObject({ code: 'timeout', retryable: true, message: 'monitor: timed out after 2000 ms' });
  });

  it.each([
    [404, 'not_found', false, 'monitor: not found (HTTP 404) (Monitor not found)'],
    [429, 'rate_limited', true, 'monitor: rate limited by Datadog (HTTP 429)'],
    [500, 'unavailable', true, 'monitor: Datadog API error (HTTP 500)'],
    [400, 'rejected', false, 'monitor: Datadog API refused the request (HTTP 400) (Monitor not found)'],
  ])('maps HTTP %i', (code, kind, retryable, message) => {
    const r = toHeraldError(apiException(code, { errors: ['Monitor not found'] }), 'monitor', 2000, [KEY]);
    expect(r.kind).toBe(kind);
    expect(r.error).toMatchObject({ code: 'datadog_api', retryable, message });
    expect(r.error.cause).toBeUndefined();
  });

  it('never copies the underlying message and scrubs keys from error bodies', () => {
    const r = toHeraldError(apiException(403, { errors: [`key ${KEY} invalid`] }), 'logs', 2000, [KEY]);
    expect(r.error.message).not.toContain(KEY);
    expect(r.error.message).toContain('[redacted]');
  });

  it('maps network errors and passes HeraldErrors through with the label', () => {
    const net = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(toHeraldError(net, 'logs', 1, []).error).toMatchObject({ retryable: true, message: 'logs: could not reach Datadog (ECONNREFUSED)' });
    const limited = new HeraldError('datadog_api', 'rate limited', { retryable: true, retryAfterMs: 5000, details: { status: 429 } });
    const r = toHeraldError(limited, 'logs', 1, []);
    expect(r.kind).toBe('rate_limited');
    expect(r.error).toMatchObject({ message: 'logs: rate limited', retryAfterMs: 5000 });
  });

  it('scrub ignores too-short secrets', () => {
    expect(scrub('a abc a', ['abc', 'a'])).toBe('a abc a');
    expect(scrub('x abcd y abcd', ['abcd'])).toBe('x [redacted] y [redacted]');
  });
});
