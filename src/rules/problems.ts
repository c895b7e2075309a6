import { HeraldError } from '../errors/herald-error';

/** One step of a path into the rules document: a mapping key or a list index. */
export type PathSeg = string | number;

/** One validation problem, located in the rules file (line/column 0 when not from a file). */
export interface Problem {
  /** E.g. `routes[3].routes[0].match.service`. */
  path: string;
  line: number;
  column: number;
  message: string;
}

/** A problem before it is located: the raw path and whether it is about the key itself. */
export interface RawProblem {
  path: PathSeg[];
  message: string;
  /** True when the problem is the key (e.g. an unknown key), not its value. */
  atKey: boolean;
}

/** Formats a path: `routes[3].routes[0].match.service`. */
export function formatPath(path: readonly PathSeg[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Collects problems while a document is validated, so that all are reported at once. */
export class ProblemList {
  readonly items: RawProblem[] = [];

  /** Records a problem at `path`. */
  add(path: readonly PathSeg[], message: string, atKey = false): void {
    this.items.push({ path: [...path], message, atKey });
  }

  /** How many problems were recorded. */
  get length(): number {
    return this.items.length;
  }

  /** The problems without file positions (line and column 0). */
  unlocated(): Problem[] {
    return this.items.map((p) => ({ path: formatPath(p.path), line: 0, column: 0, message: p.message }));
  }
}

/** Formats one problem as `file:line:col path: message` (or `path: message` without a position). */
export function formatProblem(source: string | null, p: Problem): string {
  const where = p.path === '' ? '(top level)' : p.path;
  if (p.line > 0 && source !== null) return `${source}:${p.line}:${p.column} ${where}: ${p.message}`;
  return `${where}: ${p.message}`;
}

/** Invalid rules or matchers (code `rules_invalid`); `.problems` lists each with its position. */
export class RulesValidationError extends HeraldError {
  readonly problems: Problem[];
  readonly source: string | null;

  constructor(source: string | null, problems: Problem[]) {
    const head =
      source !== null
        ? `invalid rules in ${source} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`
        : `invalid matchers (${problems.length} problem${problems.length === 1 ? '' : 's'}):`;
    super('rules_invalid', [head, ...problems.map((p) => `  ${formatProblem(source, p)}`)].join('\n'), {
      details: { problems },
    });
    this.name = 'RulesValidationError';
    this.problems = problems;
    this.source = source;
  }
}

/** Small edit distance, for "did you mean" hints. */
export function suggest(word: string, candidates: readonly string[]): string {
  let best = '';
  let bestDist = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best === '' ? '' : ` (did you mean '${best}'?)`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** True for a plain object (a YAML/JSON mapping). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe rendering of a value for error messages. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
