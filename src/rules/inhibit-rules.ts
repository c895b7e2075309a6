import { FIELD_NAMES, lookupField, MatchContext } from './fields';
import { compileMatch } from './match';
import { isPlainObject, show, suggest, type PathSeg, type ProblemList } from './problems';
import type { InhibitRule, SeverityAwareMatcher } from './types';
import type { Compiled } from './condition';

const KEYS = ['name', 'source', 'target', 'equal'];

/** The inhibit rule shipped when a rules file has no `inhibit` section. */
export const DEFAULT_INHIBIT = [
  {
    name: 'critical-covers-warnings',
    source: { severity: 'critical', service: { exists: true } },
    target: { any: [{ severity: { in: ['medium', 'low', 'info'] } }, { transition: { in: ['Warn', 'Re-Warn'] } }] },
    equal: ['service', 'env'],
  },
];

/** Parses the `inhibit` list (absent → DEFAULT_INHIBIT; `[]` → none). Records problems. */
export function parseInhibitRules(raw: unknown, p: ProblemList): InhibitRule[] {
  const list = raw === undefined ? DEFAULT_INHIBIT : raw;
  if (!Array.isArray(list)) {
    p.add(['inhibit'], `inhibit must be a list of rules, got ${show(list)}`);
    return [];
  }
  const out: InhibitRule[] = [];
  const names = new Set<string>();
  list.forEach((r, i) => {
    const at: PathSeg[] = ['inhibit', i];
    if (!isPlainObject(r)) {
      p.add(at, `an inhibit rule is a mapping with name, source, target and equal, got ${show(r)}`);
      return;
    }
    for (const k of Object.keys(r)) if (!KEYS.includes(k)) p.add([...at, k], `unknown key '${k}'${suggest(k, KEYS)}; inhibit rule keys: ${KEYS.join(', ')}`, true);
    const name = typeof r.name === 'string' && r.name !== '' ? r.name : `inhibit[${i}]`;
    if ('name' in r && (typeof r.name !== 'string' || r.name === '')) p.add([...at, 'name'], `name must be a non-empty string, got ${show(r.name)}`);
    if (names.has(name)) p.add([...at, 'name'], `duplicate inhibit rule name '${name}'`);
    names.add(name);
    const source = 'source' in r ? compileMatch(r.source, [...at, 'source'], p, { allowEmpty: false }) : missing(at, 'source', p);
    const target = 'target' in r ? compileMatch(r.target, [...at, 'target'], p, { allowEmpty: false }) : missing(at, 'target', p);
    const equal: string[] = [];
    if ('equal' in r) {
      if (!Array.isArray(r.equal)) p.add([...at, 'equal'], `equal is a list of field names, got ${show(r.equal)}`);
      else
        r.equal.forEach((f, j) => {
          if (typeof f === 'string' && lookupField(f)) equal.push(f);
          else p.add([...at, 'equal', j], `unknown field ${show(f)}${typeof f === 'string' ? suggest(f, FIELD_NAMES) : ''}`);
        });
    }
    if (source && target) out.push({ name, source: matcher(source), target: matcher(target), equal });
  });
  return out;
}

function missing(at: PathSeg[], key: string, p: ProblemList): null {
  p.add(at, `inhibit rule needs '${key}' matchers`);
  return null;
}

function matcher(c: Compiled): SeverityAwareMatcher {
  return { matches: (alert, severity) => c.test(new MatchContext(alert, severity)), describe: c.describe };
}
