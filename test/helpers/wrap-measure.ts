import { createScanner, isLeak, type Finding, type Scanner } from '../../src/scan/index';
import { scanAlert } from '../../src/scan/scan-alert';
import { normalizeDatadog } from '../../src/alert/normalize';
import { decodeEntities } from '../../src/alert/markdown';
import { decodingScanner } from '../../src/ingest/decoding-scanner';
import type { BlindSetShape } from './blind-set-measure';
import { AS_WRITTEN, WRAP_TRANSFORMS, wrappedCovered, type WrapTransform } from './wrap-transforms';
import { buildBlindSet10 } from './blind-set-10';
import { buildBlindSet11 } from './blind-set-11';
import { buildBlindSet12 } from './blind-set-12';
import { buildBlindSet13 } from './blind-set-13';
import { buildBlindSet14 } from './blind-set-14';
import { buildBlindSet15 } from './blind-set-15';
import { buildBlindSet16 } from './blind-set-16';
import { buildBlindSet17 } from './blind-set-17';
import { buildBlindSet18 } from './blind-set-18';
import { buildBlindSet19 } from './blind-set-19';
import { buildBlindSet20 } from './blind-set-20';
import { buildBlindSet21 } from './blind-set-21';
import { buildBlindSet22 } from './blind-set-22';
import { buildBlindSet23 } from './blind-set-23';
import { buildBlindSet24 } from './blind-set-24';

/** One case of the pooled sets: its id (`<set>:<id>`), text and planted values. */
export interface WrapCase {
  id: string;
  text: string;
  values: readonly string[];
}

/** Sets 10–24 for one seed, pooled: positives (every `step`-th, for a sample) and all negatives. */
export function pooledSets(seed: number, step = 1): { positives: WrapCase[]; negatives: WrapCase[] } {
  const sets: [number, BlindSetShape][] = [
    [10, buildBlindSet10(seed)], [11, buildBlindSet11(seed)], [12, buildBlindSet12(seed)], [13, buildBlindSet13(seed)],
    [14, buildBlindSet14(seed)], [15, buildBlindSet15(seed)], [16, buildBlindSet16(seed)], [17, buildBlindSet17(seed)],
    [18, buildBlindSet18(seed)], [19, buildBlindSet19(seed)], [20, buildBlindSet20(seed)], [21, buildBlindSet21(seed)],
    [22, buildBlindSet22(seed)], [23, buildBlindSet23(seed)], [24, buildBlindSet24(seed)],
  ];
  const positives = sets.flatMap(([n, s]) => s.positives.map((p) => ({ id: `${n}:${p.id}`, text: p.text, values: p.values.map((v) => v.value) })));
  const negatives = sets.flatMap(([n, s]) => s.negatives.map((c) => ({ id: `${n}:${c.id}`, text: c.text, values: [] })));
  return { positives: positives.filter((_, i) => i % step === 0), negatives };
}

/** What one transform measured: values covered, negatives flagged, and the cases behind the gaps. */
export interface WrapFigures {
  name: string;
  covered: number;
  values: number;
  flagged: number;
  negatives: number;
  misses: string[];
  alarms: string[];
}

const shown = (v: string): string => JSON.stringify(v.length > 64 ? `${v.slice(0, 44)}…(${v.length})` : v);

/** Measures one transform (or the text as written) over the cases with the default scanner's leak findings. */
export function measureTransform(scanner: Scanner, t: WrapTransform, positives: readonly WrapCase[], negatives: readonly WrapCase[]): WrapFigures {
  const r: WrapFigures = { name: t.name, covered: 0, values: 0, flagged: 0, negatives: 0, misses: [], alarms: [] };
  const leaksIn = (text: string): Finding[] => scanner.scan(text).filter(isLeak);
  for (const p of positives) {
    const w = t.wrap(p.text);
    const leaks = leaksIn(w.text);
    for (const v of p.values) {
      r.values++;
      if (wrappedCovered(p.text, v, w, leaks)) r.covered++;
      else r.misses.push(`${p.id}: ${shown(v)} [${leaks.map((f) => `${f.detector}@${f.start}-${f.end}`).join(', ') || 'none'}]`);
    }
  }
  for (const n of negatives) {
    const w = t.wrap(n.text);
    const leaks = leaksIn(w.text);
    r.negatives++;
    if (leaks.length) {
      r.flagged++;
      r.alarms.push(`${n.id}: ${leaks.map((f) => `${f.detector} ${shown(w.text.slice(f.start, f.end))}`).join(', ')}`);
    }
  }
  return r;
}

/** Every string in a value (an alert after scanAlert), for the end-to-end check. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * Transform 5, end to end: each text as the body and as a log sample row's message of a Datadog
 * webhook payload, normalized (normalizeDatadog) and redacted (scanAlert). A value counts when
 * no string of the redacted alert holds it (nor its entity-decoded form, as the body is decoded),
 * nor any of its lines of 16 characters or more. Pass the scanner ingest uses (decodingScanner).
 */
export function measureWebhook(scanner: Scanner, positives: readonly WrapCase[]): WrapFigures {
  const r: WrapFigures = { name: 'webhook-e2e', covered: 0, values: 0, flagged: 0, negatives: 0, misses: [], alarms: [] };
  for (const p of positives) {
    const payload = {
      id: '7300000000000000001', title: '[Triggered] Error rate on api', body: p.text, tags: 'service:api,env:prod',
      logs_sample: { columns: ['Time', 'Host'], rows: [{ items: ['08:41:07 UTC', 'ip-10-0-0-1'], message: p.text }] },
    };
    const out = strings(scanAlert(scanner, normalizeDatadog(payload, { now: 0 })));
    for (const v of p.values) {
      r.values++;
      const forms = [v, decodeEntities(v), ...v.split(/\r?\n/).filter((l) => l.trim().length >= 16)];
      const left = forms.find((f) => out.some((s) => s.includes(f)));
      if (left === undefined) r.covered++;
      else r.misses.push(`${p.id}: ${shown(v)} left ${shown(left)}`);
    }
  }
  return r;
}

/** All figures: the text as written, transforms 1–4 (positives and negatives), and the webhook (positives, with ingest's scanner as app.ts builds it). */
export function measureWrapped(positives: readonly WrapCase[], negatives: readonly WrapCase[]): WrapFigures[] {
  const scanner = createScanner();
  return [
    measureTransform(scanner, AS_WRITTEN, positives, negatives),
    ...WRAP_TRANSFORMS.map((t) => measureTransform(scanner, t, positives, negatives)),
    measureWebhook(decodingScanner(createScanner()), positives),
  ];
}

/** The table: per transform, values covered and negatives flagged, and the change from the text as written. */
export function wrapTable(rows: readonly WrapFigures[]): string {
  const p = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  const base = rows[0]!;
  const lines = ['transform        covered             flagged'];
  for (const r of rows) {
    const dc = (100 * r.covered) / r.values - (100 * base.covered) / base.values;
    const df = r.negatives ? (100 * r.flagged) / r.negatives - (100 * base.flagged) / base.negatives : 0;
    const cov = `${p(r.covered, r.values)} (${r.covered}/${r.values}) ${dc >= 0 ? '+' : ''}${dc.toFixed(1)}`;
    const flag = r.negatives ? `${p(r.flagged, r.negatives)} (${r.flagged}/${r.negatives}) ${df >= 0 ? '+' : ''}${df.toFixed(1)}` : '—';
    lines.push(`${r.name.padEnd(16)} ${cov.padEnd(30)} ${flag}`);
  }
  return lines.join('\n');
}
