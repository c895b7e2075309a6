import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS, kindPrefix, maskValue } from '../../../src/scan';
import { rng, SAMPLES } from './generators';

describe('maskValue', () => {
  it('keeps only what identifies the kind', () => {
    const stripe = DEFAULT_DETECTORS.find((d) => d.id === 'stripe-secret-key')!;
    expect(maskValue(stripe, 'sk_live_' + 'a'.repeat(60) + 'WXYZ')).toBe('sk_live_…WXYZ');
    expect(maskValue(stripe, 'sk_live_abcdefghij')).toBe('sk_live_…');
    expect(maskValue('card', '4242 4242 4242 4242')).toBe('•••• 4242');
    expect(maskValue('email', 'jane.doe@example.com')).toBe('j•••@example.com');
    expect(maskValue('email', 'j@example.com')).toBe('•••@example.com');
    expect(maskValue('tail', 'short')).toBe('••••••••');
    expect(maskValue('full', 'hunter2-long-password-value')).toBe('••••••••');
    expect(maskValue('ip', '203.0.113.77')).toBe('203.•.•.•');
    expect(maskValue('ssn', '123-45-6789')).toBe('•••-••-6789');
  });

  it.each(DEFAULT_DETECTORS.map((d) => d.id))('%s: the preview never contains the raw value nor 8+ chars of a long secret', (id) => {
    const det = DEFAULT_DETECTORS.find((d) => d.id === id)!;
    const r = rng(id.length * 31 + 7);
    for (let i = 0; i < 20; i++) {
      const raw = SAMPLES[id]!(r)[1];
      const masked = maskValue(det, raw);
      expect(masked).not.toContain(raw);
      if (det.category === 'credential' && raw.length >= 16) {
        // Only the kind prefix (`sk_live_`, `github_pat_`…) may survive; no 8 chars of the secret part.
        const kind = kindPrefix(det, raw).length;
        for (let k = Math.max(0, kind - 7); k + 8 <= raw.length; k++) {
          if (k + 8 <= kind) continue;
          expect(masked, `${id}: ${raw.slice(k, k + 8)}`).not.toContain(raw.slice(k, k + 8));
        }
      }
    }
  });
});
