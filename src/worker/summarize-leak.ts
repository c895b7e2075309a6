import { maxSeverity, type Severity } from '../alert/severity';
import type { Finding, FindingCategory, LeakSummary } from '../scan/types';

/** The leak summary of a list of findings (same rules as the scanner's). */
export function summarizeLeak(findings: Finding[]): LeakSummary {
  let sev: Severity | null = null;
  const cats = new Set<FindingCategory>();
  const dets = new Set<string>();
  for (const f of findings) {
    sev = maxSeverity(sev, f.severity);
    cats.add(f.category);
    dets.add(f.detector);
  }
  return { detected: findings.length > 0, categories: [...cats], detectors: [...dets], maxSeverity: sev, count: findings.length };
}
