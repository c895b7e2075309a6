import type { Finding } from './types';

/**
 * True when a finding is a leak: not a public-by-design value (Stripe `pk_`, Firebase web
 * keys, Mapbox `pk.`) and not documentation or example data (a test finding of severity info:
 * `AKIAIOSFODNN7EXAMPLE`, `user@example.com`). Such findings are still redacted; they are
 * reported, not counted (the corpus figures, the CLI's exit code).
 */
export function isLeak(f: Pick<Finding, 'public' | 'test' | 'severity'>): boolean {
  return !f.public && !(f.test && f.severity === 'info');
}
