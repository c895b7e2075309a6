import type { Severity } from './severity';

/** What kind of sensitive datum a finding is. */
export type FindingCategory = 'credential' | 'personal' | 'financial' | 'infrastructure';

/**
 * One sensitive value found by the scanner (src/scan). Never carries the raw value. Part of
 * the alert model: findings travel with the alert through the queue to the incident.
 */
export interface Finding {
  /** Stable detector id, e.g. `stripe-secret-key`. */
  detector: string;
  category: FindingCategory;
  severity: Severity;
  /** 0..1 */
  confidence: number;
  /** Field path in the alert, e.g. `logs[1].message`. */
  path: string;
  /** Offsets of the value in the scanned (original) text of that field. */
  start: number;
  end: number;
  /** A preview that keeps only what identifies the kind, e.g. `sk_live_…FAKE`. */
  masked: string;
  /** Known test value (e.g. Stripe sk_test_, card 4242…). */
  test?: boolean;
  /** Public-by-design value (e.g. Stripe pk_live_). */
  public?: boolean;
  /** What to do about it. */
  remediation: string;
}

/** The leak summary the rules engine can match on (`leak.*`). */
export interface LeakSummary {
  detected: boolean;
  categories: FindingCategory[];
  detectors: string[];
  maxSeverity: Severity | null;
  /** Leaks only: public-by-design and documentation/example findings are not counted here. */
  count: number;
  /** Findings redacted and listed but not counted as a leak (public or example values). */
  notCounted?: number;
}

/** A leak summary with nothing found. */
export const NO_LEAK: LeakSummary = Object.freeze({
  detected: false,
  categories: [],
  detectors: [],
  maxSeverity: null,
  count: 0,
}) as LeakSummary;

/**
 * True when a finding is a leak: not a public-by-design value (Stripe `pk_`, Firebase web
 * keys, Mapbox `pk.`) and not documentation or example data (a test finding of severity info:
 * `AKIAIOSFODNN7EXAMPLE`, `user@example.com`). Such findings are still redacted; they are
 * reported, not counted (the leak summary the rules match on, the corpus figures, the CLI's exit code).
 */
export function isLeak(f: Pick<Finding, 'public' | 'test' | 'severity'>): boolean {
  return !f.public && !(f.test && f.severity === 'info');
}
