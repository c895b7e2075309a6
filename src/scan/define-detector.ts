import type { Severity } from '../alert/severity';
import type { Detector, MaskStyle, MatchContext, ShapeId, Verdict } from './detector';
import type { FindingCategory } from './types';
import { isPlaceholderBody, tokenAt } from './placeholder-words';
import { caselessSource } from './caseless-table';
import { lineStartFinder } from './match-starts';

/** What a detector definition may say; everything but the basics has a default. */
export interface DetectorSpec {
  id: string;
  name: string;
  category: FindingCategory;
  severity: Severity;
  pattern: RegExp;
  /** See Detector.precheck. */
  precheck?: { re: RegExp; reach: number };
  /** See Detector.keyOk. */
  keyOk?: (key: string) => boolean;
  /** See Detector.starts. */
  starts?: (text: string, from: number, anchors?: ArrayLike<number>) => number;
  /** See Detector.anchors (lowercase ASCII; needs `starts`). */
  anchors?: string[];
  /** See Detector.valueLast. */
  valueLast?: boolean;
  /** See Detector.needs. */
  needs?: string[];
  remediation: string;
  keywords?: string[];
  shape?: ShapeId;
  confidence?: number;
  priority?: number;
  span?: number;
  /** See Detector.spanBack. */
  spanBack?: number;
  /** Keywords count only where they start a line (see Detector.lineStart; they must all be of one length). */
  lineStart?: boolean;
  /** See Detector.wideOnly. */
  wideOnly?: boolean;
  /** See Detector.needsShape. */
  needsShape?: ShapeId;
  /** See Detector.lineHead (written without flags; compiled sticky). */
  lineHead?: RegExp;
  /** See Detector.keywordBoundary. */
  keywordBoundary?: 'word' | 'digit';
  placeholders?: boolean;
  minEntropy?: number;
  mask?: MaskStyle;
  kind?: RegExp;
  validate?: (value: string, ctx: MatchContext) => boolean | Verdict;
}

/**
 * Separator between a key and its value as logs and code write it: `=`, `:`, `=>`, `:=`,
 * `::=`, `?=`, `.=`, `+=`, URL-encoded `%3D`/`%3A`, with optional (JSON-escaped) quotes around it.
 */
export const SEP = String.raw`(?:\\{0,3}["']|%22|%27)?\s{0,3}(?:::=|:=|\?=|\.=|\+=|=>|=|:|%3D|%3A)\s{0,3}(?:\\{0,3}["']|%22|%27)?`;

/**
 * A field named, then its value, as parameter lists write them: HAR `{"name":"sort_code","value":"…"}`, Postman
 * `{"key":"…","value":"…"}` (the key name's closing quote, a comma, a `value` key). Used after a key name in place of SEP.
 */
export const NAMED_VALUE = String.raw`\\{0,3}["']\s{0,3},\s{0,3}\\{0,3}["']value\\{0,3}["']\s{0,3}:\s{0,3}\\{0,3}["']`;

/**
 * `re`'s source and flags for matching: an `i` pattern written out case-sensitively where
 * caseless() can (the same matches; it compiles in a third of the time), with `flags` added.
 */
function compiled(re: RegExp, flags: string, own = re.flags.replace(/[gyd]/g, '')): RegExp {
  const written = own.includes('i') && !own.includes('u') && !own.includes('v') ? caselessSource(re.source) : null;
  const out = new RegExp(written ?? re.source, (written === null ? own : own.replace('i', '')) + flags);
  if (written !== null) REWRITTEN.set(out, [re.source, own + flags]);
  return out;
}

const REWRITTEN = new WeakMap<RegExp, [string, string]>();

/** For a detector's regular expression that caseless() rewrote, the one its definition wrote (the same flags, and `i`); else undefined. Tests compare them. */
export function asWritten(re: RegExp): RegExp | undefined {
  const w = REWRITTEN.get(re);
  return w && new RegExp(w[0], w[1]);
}

/** Compiles a detector spec: adds the `g` and `d` flags and fills defaults. */
export function defineDetector(spec: DetectorSpec): Detector {
  // The prefilter finds lines by their keyword hits: a keyword holding a line end would end its line at the hit
  // (and the prefilter's walk over the hits would not move past it).
  const broken = (spec.keywords ?? []).find((k) => /[\r\n]/.test(k) || k.length === 0);
  if (broken !== undefined) throw new Error(`detector ${spec.id}: keyword ${JSON.stringify(broken)} is empty or holds a line end`);
  // A pattern keeps only its `i` flag (matchInSlice sets the others).
  const own = spec.pattern.flags.includes('i') ? 'i' : '';
  // A pattern that starts where a line starts is tried there only (lineStartFinder), not at every character.
  const starts = spec.starts ?? (spec.lineStart ? lineStartFinder(spec.pattern) : null);
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    category: spec.category,
    severity: spec.severity,
    confidence: spec.confidence ?? 0.9,
    priority: spec.priority ?? 90,
    keywords: Object.freeze((spec.keywords ?? []).map((k) => k.toLowerCase())),
    shape: spec.shape ?? null,
    pattern: compiled(spec.pattern, 'gd', own),
    precheck: spec.precheck ? { re: compiled(spec.precheck.re, ''), reach: spec.precheck.reach } : null,
    keyOk: spec.keyOk ?? null,
    plain: spec.keyOk ? compiled(spec.pattern, 'g', own) : null,
    starts,
    needs: spec.needs ? Object.freeze([...spec.needs]) : null,
    anchors: anchorsOf(spec),
    sticky: starts ? compiled(spec.pattern, spec.valueLast || spec.keyOk ? 'y' : 'yd', own) : null,
    valueLast: spec.valueLast ?? false,
    span: spec.span ?? 0,
    ...(spec.spanBack ? { spanBack: spec.spanBack } : {}),
    ...(spec.lineStart ? { lineStart: lineStartLength(spec) } : {}),
    ...(spec.wideOnly ? { wideOnly: true } : {}),
    ...(spec.needsShape ? { needsShape: spec.needsShape } : {}),
    ...(spec.lineHead ? { lineHead: new RegExp(spec.lineHead.source, spec.lineHead.flags.replace(/[gy]/g, '') + 'y') } : {}),
    ...(spec.keywordBoundary ? { keywordBoundary: spec.keywordBoundary } : {}),
    placeholders: spec.placeholders ?? spec.category === 'credential',
    minEntropy: spec.minEntropy ?? 0,
    mask: spec.mask ?? (spec.kind ? 'prefix' : 'tail'),
    kind: spec.kind ?? null,
    remediation: spec.remediation,
    validate: spec.kind ? withoutPlaceholderBody(spec.kind, spec.validate) : spec.validate ?? null,
  });
}

/** The one length of a lineStart detector's keywords (checked: there are some, and of one length). */
function lineStartLength(spec: DetectorSpec): number {
  const lengths = new Set((spec.keywords ?? []).map((k) => k.length));
  if (lengths.size !== 1) throw new Error(`${spec.id}: lineStart needs keywords, all of one length`);
  return [...lengths][0]!;
}

/** The spec's anchors, checked: lowercase ASCII (the automaton folds case), and only with `starts` (which uses them). */
function anchorsOf(spec: DetectorSpec): readonly string[] | null {
  const a = spec.anchors;
  if (a === undefined || a.length === 0) return null;
  if (!spec.starts || a.some((x) => !/^[\x21-\x40\x5b-\x7e]+$/.test(x))) throw new Error(`${spec.id}: anchors must be lowercase ASCII literals, with starts`);
  return Object.freeze([...a]);
}

/**
 * Wraps a prefixed detector's validation: a token whose body after the kind prefix is written in
 * placeholder words (`sk_test_placeholder_not_a_real_key`) is a placeholder, even where the
 * match stopped at the first `_` and even for test-mode keys (which skip the shared corpus).
 */
function withoutPlaceholderBody(kind: RegExp, validate: DetectorSpec['validate']): NonNullable<DetectorSpec['validate']> {
  return (value, ctx) => {
    // Fast path: a body with a digit is not made of words (almost every real key has one).
    const head = kind.exec(value)?.[0].length ?? 0;
    if (/\d/.test(value.slice(head))) return validate ? validate(value, ctx) : true;
    const token = tokenAt(ctx.text, ctx.start);
    const prefix = kind.exec(token)?.[0];
    if (prefix !== undefined && isPlaceholderBody(token.slice(prefix.length))) return false;
    return validate ? validate(value, ctx) : true;
  };
}

/** Builds a RegExp from a raw template (fragments such as SEP interpolated). */
export function re(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts));
}

/** Same as `re` with the `i` flag. */
export function rei(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts), 'i');
}
