import { and, compileCondition, type Compiled } from './condition';
import { FIELD_NAMES, lookupField, MatchContext } from './fields';
import { isPlainObject, ProblemList, RulesValidationError, show, suggest, type PathSeg } from './problems';
import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';

export type { Compiled } from './condition';

const COMBINATORS = ['all', 'any', 'not'];

/** Options for compiling a `match` mapping. */
export interface MatchOptions {
  /** May the mapping be empty (match everything)? Routes yes, mutes and inhibit rules no. */
  allowEmpty: boolean;
}

/**
 * Compiles a `match` mapping: `field: condition` entries plus `all: [..]`, `any: [..]` and
 * `not: {..}`; every entry must hold. Records problems and returns null when invalid.
 */
export function compileMatch(raw: unknown, path: PathSeg[], p: ProblemList, opts: MatchOptions): Compiled | null {
  if (!isPlainObject(raw)) {
    p.add(path, `match must be a mapping of field: condition, got ${show(raw)}`);
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) {
    if (opts.allowEmpty) return { test: () => true, describe: 'everything', cost: 0 };
    p.add(path, 'at least one condition is required (an empty match would match every alert)');
    return null;
  }
  const parts: Compiled[] = [];
  let ok = true;
  for (const key of keys) {
    const at = [...path, key];
    const v = raw[key];
    let c: Compiled | null = null;
    if (key === 'all' || key === 'any') c = compileList(key, v, at, p);
    else if (key === 'not') {
      const inner = compileMatch(v, at, p, { allowEmpty: false });
      if (inner) c = { test: (x) => !inner.test(x), describe: `not (${inner.describe})`, cost: inner.cost };
    } else {
      const field = lookupField(key);
      if (!field) {
        const names = [...FIELD_NAMES, ...COMBINATORS];
        p.add(at, `unknown field '${key}'${suggest(key, names)}; fields: ${names.join(', ')}`, true);
      } else {
        c = compileCondition(field, v, at, p);
      }
    }
    if (c) parts.push(c);
    else ok = false;
  }
  return ok ? and(parts) : null;
}

function compileList(kind: 'all' | 'any', raw: unknown, path: PathSeg[], p: ProblemList): Compiled | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(path, `'${kind}' takes a non-empty list of match mappings, got ${show(raw)}`);
    return null;
  }
  const parts = raw.map((m, i) => compileMatch(m, [...path, i], p, { allowEmpty: false }));
  if (parts.some((x) => x === null)) return null;
  const list = parts as Compiled[];
  if (kind === 'all') return and(list.map((x) => ({ ...x, describe: `(${x.describe})` })));
  const tests = list.map((x) => x.test);
  return {
    test: (c) => {
      for (let i = 0; i < tests.length; i++) if (tests[i](c)) return true;
      return false;
    },
    describe: `any of (${list.map((x) => x.describe).join('; ')})`,
    cost: list.reduce((n, x) => n + x.cost, 0),
  };
}

/** A standalone matcher (for mutes and tools): tests an alert against a `match` mapping. */
export interface AlertMatcher {
  /** Does the alert match? `severity` is the decided severity (needed by `severity:` conditions). */
  matches(alert: Alert, severity: Severity): boolean;
  /** Readable form, e.g. `service = stripe-sync and env = prod`. */
  describe: string;
}

/**
 * Compiles a `match` mapping given as JSON (mute matchers). Throws RulesValidationError
 * whose problems name the field, e.g. `matchers.service: …`.
 */
export function compileMatcher(raw: unknown, root = 'matchers'): AlertMatcher {
  const p = new ProblemList();
  const c = compileMatch(raw, [root], p, { allowEmpty: false });
  if (!c || p.length > 0) throw new RulesValidationError(null, p.unlocated());
  return { matches: (alert, severity) => c.test(new MatchContext(alert, severity)), describe: c.describe };
}
