import type { Severity } from '../alert/severity';
import type { Detector } from '../scan/detector';
import { isLeak } from '../scan/is-leak';
import type { LocatedFinding } from './scan-stream';

/** Output formats of `herald scan`. */
export type ScanFormat = 'text' | 'json' | 'sarif';

/** A finding and the file it is in. */
export interface FileFinding {
  file: string;
  f: LocatedFinding;
}

const flagsOf = (f: LocatedFinding): string => {
  const flags = [f.test ? (f.severity === 'info' ? 'example' : 'test') : '', f.public ? 'public' : ''].filter(Boolean).join(',');
  return flags ? `  (${flags})` : '';
};

/** One line of the text report: `file:line:col  severity  category  detector  masked`. */
export function textLine({ file, f }: FileFinding): string {
  return `${file}:${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.category.padEnd(14)} ${f.detector}  ${f.masked}${flagsOf(f)}\n`;
}

/**
 * One JSON line per finding: `file`, `line` and `column` (1-based), `start`/`end` within the
 * line (0-based, as before), `offset` in the file, detector facts and the masked preview.
 */
export function jsonLine({ file, f }: FileFinding): string {
  const row: Record<string, unknown> = {
    file, line: f.line, column: f.column, start: f.start - f.lineStart, end: f.end - f.lineStart, offset: f.start,
    detector: f.detector, category: f.category, severity: f.severity, masked: f.masked, confidence: f.confidence,
  };
  if (f.test) row['test'] = true;
  if (f.public) row['public'] = true;
  row['leak'] = isLeak(f);
  return JSON.stringify(row) + '\n';
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/**
 * A SARIF 2.1.0 log: one run, the detectors as rules, one result per finding with its region.
 * Messages carry the masked preview only, never the value.
 */
export function sarifLog(detectors: readonly Detector[], found: readonly FileFinding[], version: string): string {
  const used = new Set(found.map((x) => x.f.detector));
  const rules = detectors.filter((d) => used.has(d.id));
  const index = new Map(rules.map((d, i) => [d.id, i]));
  const uri = (file: string): string => (file === '-' ? 'stdin' : file.split('\\').join('/'));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'herald-scan',
            version,
            rules: rules.map((d) => ({
              id: d.id,
              name: d.name.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: d.name },
              fullDescription: { text: `${d.name} (${d.category}).` },
              help: { text: d.remediation + '.' },
              defaultConfiguration: { level: LEVEL[d.severity] },
              properties: { category: d.category, severity: d.severity, tags: ['security', d.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: found.map(({ file, f }) => ({
          ruleId: f.detector,
          ruleIndex: index.get(f.detector),
          level: LEVEL[f.severity],
          message: { text: `${rules[index.get(f.detector)!]!.name}: ${f.masked}${flagsOf(f)}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          properties: { category: f.category, severity: f.severity, confidence: f.confidence, leak: isLeak(f), ...(f.test ? { test: true } : {}), ...(f.public ? { public: true } : {}) },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The detector catalogue (`--list-detectors`): a table, or JSON with `--format json`. */
export function detectorList(detectors: readonly Detector[], format: ScanFormat): string {
  if (format !== 'text') {
    return JSON.stringify(detectors.map((d) => ({ id: d.id, category: d.category, severity: d.severity, description: d.name })), null, 2) + '\n';
  }
  const w = Math.max(...detectors.map((d) => d.id.length));
  const head = `${'id'.padEnd(w)}  ${'category'.padEnd(14)} ${'severity'.padEnd(8)} description\n`;
  return head + detectors.map((d) => `${d.id.padEnd(w)}  ${d.category.padEnd(14)} ${d.severity.padEnd(8)} ${d.name}\n`).join('');
}
