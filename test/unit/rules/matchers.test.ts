import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/alert/severity';
import { compileMatcher, RulesValidationError } from '../../../src/rules';
import { makeAlert, type AlertOverrides } from './alert-factory';

interface Row {
  name: string;
  match: Record<string, unknown>;
  alert: AlertOverrides;
  severity?: Severity;
  expected: boolean;
}

const leak = { detected: true, categories: ['credential' as const, 'personal' as const], detectors: ['stripe-secret-key', 'email'], maxSeverity: 'high' as const, count: 3 };

const rows: Row[] = [
  // equals
  { name: 'equals text', match: { service: 'stripe-sync' }, alert: {}, expected: true },
  { name: 'equals text, other value', match: { service: 'hubspot-sync' }, alert: {}, expected: false },
  { name: 'equals is case-sensitive', match: { service: 'Stripe-Sync' }, alert: {}, expected: false },
  { name: 'equals explicit operator', match: { env: { equals: 'prod' } }, alert: {}, expected: true },
  { name: 'equals on empty field never matches', match: { host: 'x' }, alert: { host: '' }, expected: false },
  { name: 'equals number literal on text field', match: { monitor_id: 51022018 }, alert: {}, expected: true },
  { name: 'equals tag', match: { 'tags.integration': 'stripe' }, alert: {}, expected: true },
  { name: 'equals tag with empty value', match: { 'tags.monitor': '' }, alert: {}, expected: true },
  { name: 'equals priority number', match: { priority: 3 }, alert: {}, expected: true },
  { name: 'equals priority "P3"', match: { priority: 'P3' }, alert: {}, expected: true },
  { name: 'equals priority when unset', match: { priority: 3 }, alert: { priority: null }, expected: false },
  { name: 'equals transition', match: { transition: 'Warn' }, alert: { transition: 'Warn' }, expected: true },
  { name: 'equals boolean', match: { 'leak.detected': true }, alert: { leak }, expected: true },
  { name: 'equals boolean false', match: { 'leak.detected': false }, alert: {}, expected: true },
  { name: 'list field: any element equals', match: { 'leak.category': 'personal' }, alert: { leak }, expected: true },
  { name: 'list field: none equals', match: { 'leak.category': 'financial' }, alert: { leak }, expected: false },
  { name: 'equals severity so far', match: { severity: 'critical' }, alert: {}, severity: 'critical', expected: true },
  { name: 'equals severity so far, other', match: { severity: 'critical' }, alert: {}, severity: 'high', expected: false },
  { name: 'equals leak.count', match: { 'leak.count': 3 }, alert: { leak }, expected: true },
  // in
  { name: 'in list', match: { 'tags.integration': { in: ['stripe', 'adyen'] } }, alert: {}, expected: true },
  { name: 'in list, no', match: { 'tags.integration': { in: ['salesforce', 'adyen'] } }, alert: {}, expected: false },
  { name: 'bare list means in', match: { env: ['staging', 'prod'] }, alert: {}, expected: true },
  { name: 'in priorities with P-form', match: { priority: { in: ['P1', 2] } }, alert: { priority: 2 }, expected: true },
  { name: 'in on list field', match: { 'leak.detectors': { in: ['aws-key', 'email'] } }, alert: { leak }, expected: true },
  { name: 'in on missing tag', match: { 'tags.region': { in: ['eu'] } }, alert: {}, expected: false },
  // regex
  { name: 'regex', match: { title: { regex: 'sync errors' } }, alert: {}, expected: true },
  { name: 'regex is case-sensitive by default', match: { title: { regex: 'SYNC' } }, alert: {}, expected: false },
  { name: 'regex (?i)', match: { title: { regex: '(?i)SYNC' } }, alert: {}, expected: true },
  { name: 'regex over logs', match: { logs: { regex: 'status=5\\d\\d' } }, alert: {}, expected: true },
  { name: 'regex over text (title+message+logs)', match: { text: { regex: 'last 5m' } }, alert: {}, expected: true },
  { name: 'regex over message only', match: { message: { regex: 'charges' } }, alert: {}, expected: false },
  { name: 'regex on list field', match: { 'leak.detectors': { regex: '^stripe-' } }, alert: { leak }, expected: true },
  { name: 'regex on missing tag', match: { 'tags.region': { regex: '.' } }, alert: {}, expected: false },
  { name: 'regex input is bounded to 16 KB', match: { logs: { regex: 'NEEDLE' } }, alert: { logs: [{ time: '', host: '', message: `${'x'.repeat(17 * 1024)}NEEDLE` }] }, expected: false },
  // contains
  { name: 'contains ignores case', match: { text: { contains: 'RATE LIMIT' } }, alert: { message: 'hit the rate limit' }, expected: true },
  { name: 'contains any of', match: { text: { contains: ['throttled', 'sync'] } }, alert: {}, expected: true },
  { name: 'contains escapes regex characters', match: { text: { contains: 'a.b' } }, alert: { message: 'axb' }, expected: false },
  // exists
  { name: 'exists true', match: { env: { exists: true } }, alert: {}, expected: true },
  { name: 'exists true on empty', match: { host: { exists: true } }, alert: {}, expected: false },
  { name: 'exists false on empty', match: { host: { exists: false } }, alert: {}, expected: true },
  { name: 'tag exists', match: { 'tags.integration': { exists: true } }, alert: {}, expected: true },
  { name: 'tag does not exist', match: { 'tags.integration': { exists: true } }, alert: { tags: {} }, expected: false },
  { name: 'prototype keys are not tags', match: { 'tags.constructor': { exists: true } }, alert: { tags: {} }, expected: false },
  { name: 'priority exists when unset', match: { priority: { exists: true } }, alert: { priority: null }, expected: false },
  { name: 'list exists when empty', match: { 'leak.category': { exists: true } }, alert: {}, expected: false },
  { name: 'leak.max_severity does not exist', match: { 'leak.max_severity': { exists: false } }, alert: {}, expected: true },
  // numeric
  { name: 'priority lte 2 (P2)', match: { priority: { lte: 2 } }, alert: { priority: 2 }, expected: true },
  { name: 'priority lte 2 (P3)', match: { priority: { lte: 2 } }, alert: { priority: 3 }, expected: false },
  { name: 'priority lt "P3"', match: { priority: { lt: 'P3' } }, alert: { priority: 1 }, expected: true },
  { name: 'priority gte when unset', match: { priority: { gte: 1 } }, alert: { priority: null }, expected: false },
  { name: 'range gte and lte', match: { priority: { gte: 2, lte: 4 } }, alert: { priority: 4 }, expected: true },
  { name: 'range outside', match: { priority: { gte: 2, lte: 4 } }, alert: { priority: 5 }, expected: false },
  { name: 'eq', match: { 'leak.count': { eq: 3 } }, alert: { leak }, expected: true },
  { name: 'gt on count', match: { 'leak.count': { gt: 3 } }, alert: { leak }, expected: false },
  { name: 'numeric compare on a numeric tag', match: { 'tags.http_status': { gte: 500 } }, alert: { tags: { http_status: '503' } }, expected: true },
  { name: 'numeric compare on a non-numeric tag', match: { 'tags.http_status': { gte: 500 } }, alert: { tags: { http_status: 'n/a' } }, expected: false },
  { name: 'severity gte high (high)', match: { 'leak.max_severity': { gte: 'high' } }, alert: { leak }, expected: true },
  { name: 'severity gte critical (high)', match: { 'leak.max_severity': { gte: 'critical' } }, alert: { leak }, expected: false },
  { name: 'severity lt medium', match: { severity: { lt: 'medium' } }, alert: {}, severity: 'low', expected: true },
  { name: 'severity gte with no leak', match: { 'leak.max_severity': { gte: 'info' } }, alert: {}, expected: false },
  // not / any / all
  { name: 'field not', match: { env: { not: 'staging' } }, alert: {}, expected: true },
  { name: 'field not in', match: { env: { not: { in: ['prod', 'staging'] } } }, alert: {}, expected: false },
  { name: 'match-level not', match: { not: { service: 'stripe-sync' } }, alert: {}, expected: false },
  { name: 'any: one holds', match: { any: [{ service: 'nope' }, { env: 'prod' }] }, alert: {}, expected: true },
  { name: 'any: none holds', match: { any: [{ service: 'nope' }, { env: 'dev' }] }, alert: {}, expected: false },
  { name: 'all: every holds', match: { all: [{ service: 'stripe-sync' }, { env: 'prod' }] }, alert: {}, expected: true },
  { name: 'all: one fails', match: { all: [{ service: 'stripe-sync' }, { env: 'dev' }] }, alert: {}, expected: false },
  { name: 'several fields all must hold', match: { service: 'stripe-sync', team: 'growth' }, alert: {}, expected: false },
  { name: 'nested any in not', match: { not: { any: [{ priority: 1 }, { priority: 2 }] } }, alert: { priority: 3 }, expected: true },
];

describe('matcher operators', () => {
  it.each(rows)('$name', ({ match, alert, severity, expected }) => {
    const m = compileMatcher(match);
    expect(m.matches(makeAlert(alert), severity ?? 'medium')).toBe(expected);
  });

  it('describes what it checks', () => {
    const m = compileMatcher({ service: 'stripe-sync', priority: { lte: 2 }, title: { regex: '(?i)charge' } });
    expect(m.describe).toBe('service = stripe-sync and priority <= 2 and title ~ /(?i)charge/');
  });
});

const invalid: { name: string; match: unknown; path: string; message: RegExp }[] = [
  { name: 'unknown field', match: { servce: 'x' }, path: 'matchers.servce', message: /unknown field 'servce' \(did you mean 'service'\?\)/ },
  { name: 'unknown operator', match: { service: { regx: 'x' } }, path: 'matchers.service.regx', message: /unknown operator 'regx'/ },
  { name: 'regex on a number', match: { priority: { regex: '1' } }, path: 'matchers.priority.regex', message: /applies to text fields/ },
  { name: 'bad priority', match: { priority: 7 }, path: 'matchers.priority', message: /1\.\.5/ },
  { name: 'bad transition', match: { transition: 'Warning' }, path: 'matchers.transition', message: /unknown transition "Warning"/ },
  { name: 'bad severity', match: { 'leak.max_severity': { gte: 'urgent' } }, path: 'matchers.leak.max_severity.gte', message: /compares with a severity/ },
  { name: 'empty in', match: { env: { in: [] } }, path: 'matchers.env.in', message: /non-empty list/ },
  { name: 'null value', match: { env: null }, path: 'matchers.env', message: /exists: false/ },
  { name: 'exists not boolean', match: { env: { exists: 'yes' } }, path: 'matchers.env.exists', message: /true or false/ },
  { name: 'numeric op on list', match: { 'leak.category': { gt: 1 } }, path: 'matchers.leak.category.gt', message: /compares numbers/ },
  { name: 'empty matchers', match: {}, path: 'matchers', message: /at least one condition/ },
  { name: 'not a mapping', match: 'service=x', path: 'matchers', message: /must be a mapping/ },
  { name: 'bad category', match: { 'leak.category': 'secret' }, path: 'matchers.leak.category', message: /one of: credential/ },
  { name: 'unsupported regex', match: { title: { regex: '(a)\\1' } }, path: 'matchers.title.regex', message: /unsupported regex: backreferences/ },
  { name: 'invalid regex', match: { title: { regex: '(' } }, path: 'matchers.title.regex', message: /not closed|bad regex/ },
];

describe('matcher validation', () => {
  it.each(invalid)('$name', ({ match, path, message }) => {
    let err: unknown;
    try {
      compileMatcher(match);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RulesValidationError);
    const v = err as RulesValidationError;
    expect(v.code).toBe('rules_invalid');
    expect(v.problems[0].path).toBe(path);
    expect(v.problems[0].message).toMatch(message);
    expect(v.message).toContain(`${path}: `);
  });
});
