import { createScanner } from '../scan/create-scanner';

/** Scans and redacts one text (Scanner.redact fits). */
export type Redact = (text: string) => { text: string; findings: readonly { detector: string }[] };

let defaultRedact: Redact | undefined;

/** A scanner of the module's own, for stores built without one (tools, tests). */
export function plainRedact(): Redact {
  if (!defaultRedact) {
    const scanner = createScanner();
    defaultRedact = (t) => scanner.redact(t);
  }
  return defaultRedact;
}

/**
 * The first matcher key or value that holds a secret or personal datum, as `matchers.<path>`
 * and the detector, or null. Alerts are redacted before they are matched, so such a matcher
 * could never match; and it would be stored and shown raw.
 */
export function secretInMatchers(v: unknown, path: string, redact: Redact): { field: string; detector: string } | null {
  if (typeof v === 'string') {
    const f = redact(v).findings[0];
    return f ? { field: path, detector: f.detector } : null;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const hit = secretInMatchers(v[i], `${path}[${i}]`, redact);
      if (hit) return hit;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const inKey = redact(k).findings[0];
      if (inKey) return { field: path, detector: inKey.detector };
      const hit = secretInMatchers(x, `${path}.${k}`, redact);
      if (hit) return hit;
    }
  }
  return null;
}
