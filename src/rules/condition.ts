import { isSeverity, severityRank, SEVERITIES, type Severity } from '../alert/severity';
import { MAX_MATCH_INPUT, type FieldSpec, type MatchContext } from './fields';
import { isPlainObject, show, suggest, type PathSeg, type ProblemList } from './problems';
import { compileUserRegex, type UserRegex } from './regex-safety';

/** A compiled test with a readable description of what it checks. */
export interface Compiled {
  test: (c: MatchContext) => boolean;
  describe: string;
  /** Rough cost, so cheap tests run first. */
  cost: number;
  /** Equalities that must hold for the test to pass (field → allowed values), for route indexing. */
  requires?: Requirement[];
}

/** A necessary condition `field ∈ values` (values as the field's getter returns them). */
export interface Requirement {
  field: FieldSpec;
  values: ReadonlySet<unknown>;
}

/** Operators a field condition may use. */
export const OPERATORS = ['equals', 'in', 'regex', 'contains', 'exists', 'gt', 'gte', 'lt', 'lte', 'eq', 'not'] as const;

const COMPARE = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '==' } as const;
type CompareOp = keyof typeof COMPARE;

const bound = (s: string): string => (s.length > MAX_MATCH_INPUT ? s.slice(0, MAX_MATCH_INPUT) : s);

/**
 * Compiles one field condition: a scalar (equals), a list (in), or a mapping of operators
 * (all must hold). Records problems under `path` and returns null when invalid.
 */
export function compileCondition(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (Array.isArray(raw)) return compileIn(f, raw, path, p);
  if (!isPlainObject(raw)) return compileEquals(f, raw, path, p);
  const keys = Object.keys(raw);
  if (keys.length === 0) {
    p.add(path, `empty condition: use a value, a list, or one of ${OPERATORS.join(', ')}`);
    return null;
  }
  const parts: Compiled[] = [];
  let ok = true;
  for (const op of keys) {
    const at = [...path, op];
    const v = raw[op];
    let c: Compiled | null = null;
    if (op === 'equals') c = compileEquals(f, v, at, p);
    else if (op === 'in') c = compileIn(f, v, at, p);
    else if (op === 'regex') c = compileRegex(f, v, at, p);
    else if (op === 'contains') c = compileContains(f, v, at, p);
    else if (op === 'exists') c = compileExists(f, v, at, p);
    else if (op in COMPARE) c = compileCompare(f, op as CompareOp, v, at, p);
    else if (op === 'not') {
      const inner = compileCondition(f, v, at, p);
      if (inner) c = { test: (x) => !inner.test(x), describe: `not (${inner.describe})`, cost: inner.cost };
    } else {
      p.add(at, `unknown operator '${op}'${suggest(op, OPERATORS)}; operators: ${OPERATORS.join(', ')}`, true);
    }
    if (c) parts.push(c);
    else ok = false;
  }
  if (!ok) return null;
  return and(parts);
}

/** All of the parts (cheapest first); their descriptions joined with `and`. */
export function and(parts: Compiled[]): Compiled {
  if (parts.length === 1) return parts[0];
  const describe = parts.map((x) => x.describe).join(' and ');
  const sorted = [...parts].sort((a, b) => a.cost - b.cost);
  const tests = sorted.map((x) => x.test);
  const cost = parts.reduce((n, x) => n + x.cost, 0);
  const requires = parts.flatMap((x) => x.requires ?? []);
  if (tests.length === 2) {
    const [a, b] = tests;
    return { test: (c) => a(c) && b(c), describe, cost, requires };
  }
  return {
    test: (c) => {
      for (let i = 0; i < tests.length; i++) if (!tests[i](c)) return false;
      return true;
    },
    describe,
    cost,
    requires,
  };
}

/** Converts a literal to the field's value type, or records why it cannot be. */
function literal(f: FieldSpec, v: unknown, path: PathSeg[], p: ProblemList): string | number | boolean | undefined {
  switch (f.kind) {
    case 'boolean':
      if (typeof v === 'boolean') return v;
      p.add(path, `${f.name} is true or false, got ${show(v)}`);
      return undefined;
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      p.add(path, `${f.name} is a number, got ${show(v)}`);
      return undefined;
    case 'priority': {
      const n = typeof v === 'string' && /^[Pp][1-5]$/.test(v) ? Number(v.slice(1)) : v;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5) return n;
      p.add(path, `priority is 1..5 (or "P1".."P5"), got ${show(v)}`);
      return undefined;
    }
    case 'severity':
      if (isSeverity(v)) return v;
      p.add(path, `${f.name} is one of ${SEVERITIES.join(', ')}, got ${show(v)}`);
      return undefined;
    default: {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        const hint = v === null ? ' (to test for absence use { exists: false })' : '';
        p.add(path, `expected a text value for ${f.name}, got ${show(v)}${hint}`);
        return undefined;
      }
      const s = String(v);
      if (f.values && !f.values.includes(s)) {
        p.add(path, `unknown ${f.name} ${JSON.stringify(s)}${suggest(s, f.values)}; one of: ${f.values.join(', ')}`);
        return undefined;
      }
      return s;
    }
  }
}

function compileEquals(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  const v = literal(f, raw, path, p);
  if (v === undefined) return null;
  const get = f.get;
  const describe = `${f.name} = ${v}`;
  if (f.kind === 'list') return { test: (c) => (get(c) as readonly string[]).includes(v as string), describe, cost: 2 };
  return { test: (c) => get(c) === v, describe, cost: 1, requires: [{ field: f, values: new Set([v]) }] };
}

function compileIn(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(path, `'in' takes a non-empty list, got ${show(raw)}`);
    return null;
  }
  const values = raw.map((v, i) => literal(f, v, [...path, i], p));
  if (values.some((v) => v === undefined)) return null;
  const set = new Set(values);
  const get = f.get;
  const describe = `${f.name} in [${values.join(', ')}]`;
  if (f.kind === 'list') {
    return { test: (c) => (get(c) as readonly string[]).some((x) => set.has(x)), describe, cost: 3 };
  }
  return { test: (c) => set.has(get(c) as string), describe, cost: 2, requires: [{ field: f, values: set }] };
}

function textOnly(f: FieldSpec, op: string, path: PathSeg[], p: ProblemList): boolean {
  if (f.kind === 'text' || f.kind === 'list') return true;
  p.add(path, `'${op}' applies to text fields; ${f.name} is ${f.kind === 'boolean' ? 'true/false' : `a ${f.kind}`}`);
  return false;
}

function textTest(f: FieldSpec, re: UserRegex | RegExp): (c: MatchContext) => boolean {
  const get = f.get;
  const some = f.someText;
  if (some) {
    const test = (s: string): boolean => re.test(s);
    return (c) => some(c, test);
  }
  if (f.kind === 'list') return (c) => (get(c) as readonly string[]).some((x) => re.test(bound(x)));
  return (c) => {
    const v = get(c) as string | null;
    return v !== null && re.test(bound(v));
  };
}

function compileRegex(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (!textOnly(f, 'regex', path, p)) return null;
  if (typeof raw !== 'string') {
    p.add(path, `regex must be a string, got ${show(raw)}`);
    return null;
  }
  const r = compileUserRegex(raw);
  if (!r.ok) {
    p.add(path, r.problem);
    return null;
  }
  return { test: textTest(f, r.regex), describe: `${f.name} ~ /${raw}/`, cost: 10 };
}

function compileContains(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (!textOnly(f, 'contains', path, p)) return null;
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0 || !list.every((x) => (typeof x === 'string' && x !== '') || typeof x === 'number')) {
    p.add(path, `'contains' takes a non-empty text or a list of texts, got ${show(raw)}`);
    return null;
  }
  const words = list.map(String);
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  const describe =
    words.length === 1 ? `${f.name} contains ${JSON.stringify(words[0])}` : `${f.name} contains any of ${JSON.stringify(words)}`;
  return { test: textTest(f, re), describe, cost: 8 };
}

function compileExists(f: FieldSpec, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (typeof raw !== 'boolean') {
    p.add(path, `'exists' is true or false, got ${show(raw)}`);
    return null;
  }
  const get = f.get;
  const has =
    f.kind === 'list'
      ? (c: MatchContext) => (get(c) as readonly string[]).length > 0
      : f.kind === 'boolean'
        ? () => true
        : (c: MatchContext) => get(c) !== null && get(c) !== undefined;
  return raw
    ? { test: has, describe: `${f.name} exists`, cost: 1 }
    : { test: (c) => !has(c), describe: `${f.name} does not exist`, cost: 1 };
}

function compileCompare(f: FieldSpec, op: CompareOp, raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  const get = f.get;
  const sym = COMPARE[op];
  if (f.kind === 'severity') {
    if (!isSeverity(raw)) {
      p.add(path, `${f.name} compares with a severity (${SEVERITIES.join(', ')}), got ${show(raw)}`);
      return null;
    }
    // Higher = more severe: `gte: high` holds for high and critical.
    const ref = -severityRank(raw);
    const cmp = comparator(op, ref);
    return {
      test: (c) => {
        const v = get(c) as Severity | null;
        return v !== null && cmp(-severityRank(v));
      },
      describe: `${f.name} ${sym} ${raw}`,
      cost: 1,
    };
  }
  if (f.kind === 'list' || f.kind === 'boolean') {
    p.add(path, `'${op}' compares numbers; ${f.name} is ${f.kind === 'list' ? 'a list' : 'true/false'}`);
    return null;
  }
  const n = f.kind === 'priority' ? literal(f, raw, path, p) : typeof raw === 'number' ? raw : undefined;
  if (n === undefined) {
    if (f.kind !== 'priority') p.add(path, `'${op}' takes a number, got ${show(raw)}`);
    return null;
  }
  const cmp = comparator(op, n as number);
  const describe = `${f.name} ${sym} ${n}`;
  if (f.kind === 'text') {
    return {
      test: (c) => {
        const v = get(c) as string | null;
        if (v === null || v.trim() === '') return false;
        const num = Number(v);
        return !Number.isNaN(num) && cmp(num);
      },
      describe,
      cost: 2,
    };
  }
  return {
    test: (c) => {
      const v = get(c) as number | null;
      return v !== null && cmp(v);
    },
    describe,
    cost: 1,
  };
}

function comparator(op: CompareOp, ref: number): (v: number) => boolean {
  switch (op) {
    case 'gt':
      return (v) => v > ref;
    case 'gte':
      return (v) => v >= ref;
    case 'lt':
      return (v) => v < ref;
    case 'lte':
      return (v) => v <= ref;
    default:
      return (v) => v === ref;
  }
}
