import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../../src/enrich/circuit-breaker';

describe('CircuitBreakers', () => {
  it('opens after the threshold, per key, and lets one probe through after openMs', () => {
    let now = 0;
    const b = new CircuitBreakers({ threshold: 3, openMs: 1000, clock: () => now });
    for (let i = 0; i < 2; i++) b.failure('a');
    expect(b.acquire('a')).toBe(0);
    b.failure('a');
    expect(b.state('a')).toBe('open');
    expect(b.acquire('a')).toBe(1000);
    expect(b.acquire('b')).toBe(0);

    now = 1000;
    expect(b.state('a')).toBe('half-open');
    expect(b.acquire('a')).toBe(0); // the probe
    expect(b.acquire('a')).toBe(1); // only one
    b.failure('a');
    expect(b.state('a')).toBe('open');
    expect(b.acquire('a')).toBe(1000);

    now = 2000;
    expect(b.acquire('a')).toBe(0);
    b.success('a');
    expect(b.state('a')).toBe('closed');
    expect(b.acquire('a')).toBe(0);
  });

  it('resets the count on success and releases a neutral probe', () => {
    let now = 0;
    const b = new CircuitBreakers({ threshold: 2, openMs: 10, clock: () => now });
    b.failure('a');
    b.success('a');
    b.failure('a');
    expect(b.state('a')).toBe('closed');
    b.failure('a');
    now = 10;
    expect(b.acquire('a')).toBe(0);
    b.neutral('a');
    expect(b.state('a')).toBe('closed');
  });
});
