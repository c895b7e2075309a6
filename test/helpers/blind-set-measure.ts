import { decodingScanner } from '../../src/ingest/decoding-scanner';
import { createScanner, isLeak, type Finding } from '../../src/scan/index';
import { fullyCovered, pct, tally, type Tally } from './coverage-tally';

/** The shape every sealed blind set shares: positives with planted values, negatives that hold none. */
export interface BlindSetShape {
  positives: readonly { id: string; text: string; values: readonly { value: string; kind: string; group: string }[] }[];
  negatives: readonly { id: string; text: string }[];
}

/** What a blind set measured: values fully covered by group, source and kind; negatives flagged; the cases themselves. */
export interface BlindSetMeasure {
  byGroup: Map<string, Tally>;
  bySource: Map<string, Tally>;
  byKind: Map<string, Tally>;
  flagged: Map<string, Tally>;
  misses: string[];
  alarms: string[];
}

/**
 * Scans every case with the default scanner (`core`), or with the scanner Herald's ingest puts
 * before every text from outside (`ingest`: the default scanner plus the decoded view of percent-,
 * JSON- and HTML-escaped texts; `BLIND_SCANNER=ingest` picks it for any set). A value counts only
 * when every character of every occurrence lies inside leak findings; a negative is flagged when
 * any leak finding lands in it.
 */
export function measureBlindSet(set: BlindSetShape, which: 'core' | 'ingest' = process.env['BLIND_SCANNER'] === 'ingest' ? 'ingest' : 'core'): BlindSetMeasure {
  const scanner = which === 'ingest' ? decodingScanner(createScanner()) : createScanner();
  const leaksIn = (text: string): Finding[] => scanner.scan(text).filter(isLeak);
  const r: BlindSetMeasure = { byGroup: new Map(), bySource: new Map(), byKind: new Map(), flagged: new Map(), misses: [], alarms: [] };
  for (const p of set.positives) {
    const leaks = leaksIn(p.text);
    for (const v of p.values) {
      const ok = fullyCovered(p.text, v.value, leaks);
      tally(r.byGroup, v.group, ok);
      tally(r.byGroup, 'all', ok);
      tally(r.bySource, p.id.split('/')[0]!, ok);
      tally(r.byKind, v.kind, ok);
      const shown = v.value.length > 64 ? `${v.value.slice(0, 44)}…(${v.value.length} chars)` : v.value;
      if (!ok) r.misses.push(`${p.id} [${v.kind}]: ${shown}  [leaks: ${leaks.map((f) => `${f.detector}@${f.start}-${f.end}`).join(', ') || 'none'}]`);
    }
  }
  for (const n of set.negatives) {
    const leaks = leaksIn(n.text);
    tally(r.flagged, n.id.split('/')[0]!, leaks.length > 0);
    tally(r.flagged, 'all', leaks.length > 0);
    if (leaks.length > 0) r.alarms.push(`${n.id}: ${leaks.map((f) => `${f.detector} "${n.text.slice(f.start, f.end).slice(0, 60)}"`).join(', ')}`);
  }
  return r;
}

/**
 * The printed report of a measure: figures by group, source and missed kind, then negatives flagged.
 * The cases themselves only when `showCases` (BLIND<n>_REPORT=1), so routine runs do not show tuners the set.
 */
export function blindSetReport(title: string, r: BlindSetMeasure, showCases: boolean): string {
  const lines = [title, 'values fully covered:'];
  for (const [k, t] of r.byGroup) lines.push(`  group  ${k.padEnd(11)} ${pct(t)}`);
  for (const [k, t] of r.bySource) lines.push(`  source ${k.padEnd(14)} ${pct(t)}`);
  for (const [k, t] of r.byKind) if (t.hit < t.total) lines.push(`  class  ${k.padEnd(24)} ${pct(t)}`);
  lines.push('negatives flagged:');
  for (const [k, t] of r.flagged) lines.push(`  source ${k.padEnd(14)} ${pct(t)}`);
  lines.push(`misses: ${r.misses.length}, false alarms: ${r.alarms.length}`);
  if (showCases) lines.push(...r.misses.map((m) => `  miss  ${m}`), ...r.alarms.map((a) => `  alarm ${a}`));
  return lines.join('\n');
}
