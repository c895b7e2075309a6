import { maxSeverity, type Severity } from './severity';
import { NO_LEAK, isLeak, type FindingCategory, type Finding, type LeakSummary } from './finding';

const CATEGORY_ORDER: readonly FindingCategory[] = ['credential', 'financial', 'personal', 'infrastructure'];

/**
 * The leak summary the rules engine matches on (`leak.*`). Only leaks count: public-by-design
 * and example findings (see isLeak) are left out of detected/categories/detectors/severity/count
 * and counted in `notCounted` instead.
 */
export function summarizeFindings(all: readonly Finding[]): LeakSummary {
  const findings = all.filter(isLeak);
  const notCounted = all.length - findings.length;
  if (findings.length === 0) return { ...NO_LEAK, categories: [], detectors: [], ...(notCounted ? { notCounted } : {}) };
  const cats = new Set(findings.map((f) => f.category));
  let max: Severity | null = null;
  for (const f of findings) max = maxSeverity(max, f.severity);
  return {
    detected: true,
    categories: CATEGORY_ORDER.filter((c) => cats.has(c)),
    detectors: [...new Set(findings.map((f) => f.detector))].sort(),
    maxSeverity: max,
    count: findings.length,
    ...(notCounted ? { notCounted } : {}),
  };
}

/** Most findings an alert keeps (its `leak` summary, the metrics and the message count all of them). */
export const MAX_FINDINGS = 100;

/**
 * The summary of `prev`'s findings plus `more`: categories, detectors and the worst severity
 * merged, counts added. `prev` may describe more findings than are still kept.
 */
export function mergeLeak(prev: LeakSummary, more: readonly Finding[]): LeakSummary {
  if (more.length === 0) return prev;
  const add = summarizeFindings(more);
  const notCounted = (prev.notCounted ?? 0) + (add.notCounted ?? 0);
  if (prev.count === 0) return { ...add, ...(notCounted ? { notCounted } : {}) };
  if (add.count === 0) return { ...prev, ...(notCounted ? { notCounted } : {}) };
  const cats = new Set([...prev.categories, ...add.categories]);
  return {
    detected: true,
    categories: CATEGORY_ORDER.filter((c) => cats.has(c)),
    detectors: [...new Set([...prev.detectors, ...add.detectors])].sort(),
    maxSeverity: maxSeverity(prev.maxSeverity, add.maxSeverity),
    count: prev.count + add.count,
    ...(notCounted ? { notCounted } : {}),
  };
}

/**
 * Adds findings (e.g. from logs fetched later) to what an alert has, keeping at most
 * MAX_FINDINGS of them (the most severe first are not re-sorted: earlier ones stay) while
 * the summary counts every one.
 */
export function addFindings(a: { findings: Finding[]; leak: LeakSummary }, more: readonly Finding[]): { findings: Finding[]; leak: LeakSummary } {
  const prev = a.leak.count + (a.leak.notCounted ?? 0) < a.findings.length ? summarizeFindings(a.findings) : a.leak;
  return { findings: [...a.findings, ...more].slice(0, MAX_FINDINGS), leak: mergeLeak(prev, more) };
}
