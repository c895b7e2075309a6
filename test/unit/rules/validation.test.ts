import { describe, expect, it } from 'vitest';
import { compileRules, RulesValidationError, type Problem } from '../../../src/rules';

function problems(yaml: string): { err: RulesValidationError; list: Problem[] } {
  try {
    compileRules(yaml, 'rules.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(RulesValidationError);
    const err = e as RulesValidationError;
    return { err, list: err.problems };
  }
  throw new Error('expected the rules to be rejected');
}

const BAD = `defaults:
  channel: "#alerts"
routes:
  - name: a
    match: { service: a }
  - name: b
    match: { service: b }
  - name: c
    match: { service: c }
  - name: d
    match: { service: d }
    routes:
      - name: d-child
        match:
          service: { regx: "x" }
        chanel: "#x"
`;

describe('rules validation', () => {
  it('names file, line, column and route path for each problem', () => {
    const { err, list } = problems(BAD);
    expect(list).toEqual([
      { path: 'routes[3].routes[0].chanel', line: 16, column: 9, message: expect.stringMatching(/^unknown key 'chanel' \(did you mean 'channel'\?\)/) },
      { path: 'routes[3].routes[0].match.service.regx', line: 15, column: 22, message: expect.stringMatching(/^unknown operator 'regx' \(did you mean 'regex'\?\)/) },
    ]);
    expect(err.code).toBe('rules_invalid');
    expect(err.message).toContain('rules.yaml:16:9 routes[3].routes[0].chanel: unknown key');
    expect(err.message).toContain('rules.yaml:15:22 routes[3].routes[0].match.service.regx: unknown operator');
  });

  const cases: { name: string; yaml: string; path: string; line: number; column: number; message: RegExp }[] = [
    {
      name: 'wrong type',
      yaml: 'routes:\n  - match: { service: x }\n    continue: "yes"\n',
      path: 'routes[0].continue',
      line: 3,
      column: 15,
      message: /continue is true or false/,
    },
    {
      name: 'bad regex',
      yaml: 'routes:\n  - match:\n      title: { regex: "([a-z" }\n',
      path: 'routes[0].match.title.regex',
      line: 3,
      column: 23,
      message: /bad regex|not closed/,
    },
    {
      name: 'unsupported regex (lookahead)',
      yaml: 'routes:\n  - match:\n      logs: { regex: "token(?=[0-9])" }\n',
      path: 'routes[0].match.logs.regex',
      line: 3,
      column: 22,
      message: /unsupported regex: lookahead/,
    },
    {
      name: 'bad channel',
      yaml: 'routes:\n  - match: { service: x }\n    channel: "#Payments Alerts"\n',
      path: 'routes[0].channel',
      line: 3,
      column: 14,
      message: /bad channel "#Payments Alerts"/,
    },
    {
      name: 'unquoted channel is a YAML comment',
      yaml: 'routes:\n  - match: { service: x }\n    channel: #payments\n',
      path: 'routes[0].channel',
      line: 3,
      column: 14,
      message: /quote channel names/,
    },
    {
      name: 'bad channel in a list',
      yaml: 'routes:\n  - match: { service: x }\n    channel: ["#ok", "payments"]\n',
      path: 'routes[0].channel[1]',
      line: 3,
      column: 22,
      message: /bad channel "payments"/,
    },
    {
      name: '@here on a non-critical route',
      yaml: 'routes:\n  - match: { service: x }\n    severity: high\n    mention: ["@here"]\n',
      path: 'routes[0].mention',
      line: 4,
      column: 14,
      message: /only allowed on routes whose severity is critical \(here severity is high\)/,
    },
    {
      name: '@channel inherited by a child that lowers severity',
      yaml: 'routes:\n  - match: { service: x }\n    severity: critical\n    mention: "@channel"\n    routes:\n      - match: { env: dev }\n        severity: low\n',
      path: 'routes[0].routes[0].severity',
      line: 7,
      column: 19,
      message: /only allowed on routes whose severity is critical/,
    },
    {
      name: 'bad mention',
      yaml: 'routes:\n  - match: { service: x }\n    mention: ["security team"]\n',
      path: 'routes[0].mention[0]',
      line: 3,
      column: 15,
      message: /bad mention/,
    },
    {
      name: 'unknown severity',
      yaml: 'routes:\n  - match: { service: x }\n    severity: urgent\n',
      path: 'routes[0].severity',
      line: 3,
      column: 15,
      message: /severity is one of critical, high, medium, low, info/,
    },
    {
      name: 'bad duration',
      yaml: 'defaults:\n  repeat_interval: 4 hours\n',
      path: 'defaults.repeat_interval',
      line: 2,
      column: 20,
      message: /invalid duration "4 hours"/,
    },
    {
      name: 'unknown top-level key',
      yaml: 'route:\n  - match: { service: x }\n',
      path: 'route',
      line: 1,
      column: 1,
      message: /unknown key 'route' \(did you mean 'routes'\?\)/,
    },
    {
      name: 'unknown group_by field',
      yaml: 'routes:\n  - group_by: [service, cluster]\n',
      path: 'routes[0].group_by[1]',
      line: 2,
      column: 25,
      message: /unknown field "cluster"/,
    },
    {
      name: 'duplicate route name',
      yaml: 'routes:\n  - name: a\n  - name: a\n',
      path: 'routes[1].name',
      line: 3,
      column: 11,
      message: /duplicate route name 'a' \(also used by routes\[0\]\)/,
    },
    {
      name: 'bad inhibit rule',
      yaml: 'inhibit:\n  - name: x\n    source: {}\n    target: { severity: low }\n',
      path: 'inhibit[0].source',
      line: 3,
      column: 13,
      message: /at least one condition/,
    },
    {
      name: 'YAML syntax error',
      yaml: 'routes:\n  - match: { service: x\n',
      path: '',
      line: 3,
      column: 1,
      message: /YAML syntax/,
    },
  ];

  it.each(cases)('$name', ({ yaml, path, line, column, message }) => {
    const { err, list } = problems(yaml);
    const p = list.find((x) => x.path === path);
    expect(p, `${err.message}`).toBeDefined();
    expect(p?.message).toMatch(message);
    expect([p?.line, p?.column]).toEqual([line, column]);
  });

  it('reports every problem at once', () => {
    const { list } = problems('routes:\n  - severity: urgent\n    channel: nope\n    bogus: 1\n');
    expect(list.map((p) => p.path).sort()).toEqual(['routes[0].bogus', 'routes[0].channel', 'routes[0].severity']);
  });

  it('accepts an empty route list and a file with only defaults', () => {
    expect(compileRules('routes: []\n', 'r.yaml').routeCount).toBe(0);
    expect(compileRules('defaults: { channel: "C0123ABCD" }\n', 'r.yaml').defaults.channels).toEqual(['C0123ABCD']);
  });
});
