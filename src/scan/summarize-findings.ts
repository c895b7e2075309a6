import { maxSeverity, type Severity } from '../alert/severity';
import { NO_LEAK, type FindingCategory, type Finding, type LeakSummary } from './types';

const CATEGORY_ORDER: readonly FindingCategory[] = ['credential', 'financial', 'personal', 'infrastructure'];

/** The leak summary the rules engine matches on (`leak.*`). */
export function summarizeFindings(findings: readonly Finding[]): LeakSummary {
  if (findings.length === 0) return { ...NO_LEAK, categories: [], detectors: [] };
  const cats = new Set(findings.map((f) => f.category));
  let max: Severity | null = null;
  for (const f of findings) max = maxSeverity(max, f.severity);
  return {
    detected: true,
    categories: CATEGORY_ORDER.filter((c) => cats.has(c)),
    detectors: [...new Set(findings.map((f) => f.detector))].sort(),
    maxSeverity: max,
    count: findings.length,
  };
}
