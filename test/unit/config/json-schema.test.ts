import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runConfigCommand } from '../../../src/cli/config-command';
import { jsonSchemaFor, SCHEMA_NAMES, schemaText } from '../../../src/cli/json-schemas';
import { CONFIG_DOCS } from '../../../src/config/config-docs';
import { fileConfigSchema } from '../../../src/config/schema';
import { compileRules } from '../../../src/rules/compile-rules';
import { RulesValidationError } from '../../../src/rules/problems';
import { rulesFileSchema } from '../../../src/rules/rules-schema';
import { accessFileSchema } from '../../../src/slack/access/access-policy';
import { captureIo } from '../../helpers/cli-io';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
type Json = Record<string, any>;

describe('herald config schema', () => {
  it.each(SCHEMA_NAMES)('the committed schema/%s.schema.json is the one generated from the zod schema', (name) => {
    expect(read(`schema/${name}.schema.json`), 'run `npx herald config schema --write` after changing a schema, and commit schema/').toBe(schemaText(name));
  });

  it.each(SCHEMA_NAMES)('config/%s.yaml names its schema for the YAML language server, and passes it', (name) => {
    const text = read(`config/${name}.yaml`);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../schema/${name}.schema.json`);
    const zod = { herald: fileConfigSchema, rules: rulesFileSchema, access: accessFileSchema }[name];
    const r = zod.safeParse(YAML.parse(text));
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it('every key of herald.yaml has a description editors show', () => {
    const missing: string[] = [];
    const walk = (s: Json, at: string) => {
      for (const [k, sub] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
        const key = at ? `${at}.${k}` : k;
        if (!sub.description || !CONFIG_DOCS[key]) missing.push(key);
        walk(sub, key);
      }
    };
    walk(jsonSchemaFor('herald'), '');
    expect(missing, 'add them to src/config/config-docs.ts').toEqual([]);
  });

  it('refuses unknown keys at every level, as Herald does at startup', () => {
    const s = jsonSchemaFor('herald');
    expect(s.additionalProperties).toBe(false);
    for (const sub of Object.values(s.properties as Record<string, Json>)) expect(sub.additionalProperties).toBe(false);
    const r = jsonSchemaFor('rules') as Json;
    expect(r.additionalProperties).toBe(false);
    for (const d of ['route', 'match']) expect(r.definitions[d].additionalProperties, d).toBe(false);
    expect(r.definitions.match.patternProperties).toEqual({ '^tags\\.[^\\s]+$': { $ref: '#/definitions/condition' } });
  });

  it('prints one schema, writes all, and refuses bad usage', async () => {
    const io = captureIo();
    expect(await runConfigCommand(['schema', 'rules'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(jsonSchemaFor('rules'));
    const def = captureIo();
    expect(await runConfigCommand(['schema'], def)).toBe(0);
    expect(JSON.parse(def.out).title).toContain('herald.yaml');
    const dir = path.join(require('node:os').tmpdir(), `herald-schema-${process.pid}`);
    const w = captureIo();
    expect(await runConfigCommand(['schema', '--write', dir], w)).toBe(0);
    for (const n of SCHEMA_NAMES) expect(readFileSync(path.join(dir, `${n}.schema.json`), 'utf8')).toBe(schemaText(n));
    require('node:fs').rmSync(dir, { recursive: true, force: true });
    const bad = captureIo();
    expect(await runConfigCommand(['schema', 'nope'], bad)).toBe(2);
    expect(bad.err).toContain('usage');
  });
});

/** The lists the rules compiler names in its "unknown key" problems (the runtime authority). */
function compilerList(yaml: string, label: string): string[] {
  try {
    compileRules(yaml, 'probe.yaml');
  } catch (e) {
    const text = (e as RulesValidationError).message;
    const m = new RegExp(`${label}: ([^\\n]+)`).exec(text);
    if (m) return m[1].split(', ').map((s) => s.trim()).sort();
    throw new Error(`no "${label}:" in ${text}`);
  }
  throw new Error('the probe compiled');
}

describe('the rules JSON Schema and the rules compiler agree', () => {
  const r = jsonSchemaFor('rules') as Json;
  const keys = (s: Json) => Object.keys(s.properties).sort();
  const condObj = (r.definitions.condition.anyOf as Json[]).find((x) => x.type === 'object')!;

  it('on top-level, defaults, route and inhibit keys', () => {
    expect(keys(r)).toEqual(compilerList('zzz: 1\n', 'top-level keys'));
    expect(keys(r.properties.defaults)).toEqual(compilerList('defaults: { zzz: 1 }\n', 'defaults keys'));
    expect(keys(r.definitions.route)).toEqual(compilerList('routes: [ { zzz: 1 } ]\n', 'route keys'));
    expect(keys(r.properties.inhibit.items)).toEqual(compilerList('inhibit: [ { zzz: 1, source: { service: a }, target: { service: b } } ]\n', 'inhibit rule keys'));
  });

  it('on match fields and condition operators', () => {
    const fields = compilerList('routes: [ { match: { zzz: 1 } } ]\n', 'fields');
    expect([...keys(r.definitions.match), 'tags.<key>'].sort()).toEqual(fields);
    expect(keys(condObj)).toEqual(compilerList('routes: [ { match: { service: { zzz: 1 } } } ]\n', 'operators'));
  });

  it('every rules file the compiler accepts in the repository fits the schema', () => {
    for (const f of ['config/rules.yaml', 'bench/support/bench-rules.yaml']) {
      const text = read(f);
      expect(() => compileRules(text, f)).not.toThrow();
      const res = rulesFileSchema.safeParse(YAML.parse(text));
      expect(res.success, `${f}: ${JSON.stringify(res.error?.issues?.slice(0, 3))}`).toBe(true);
    }
  });

  it('flags in the editor what the compiler refuses at load: an unquoted channel, a bad severity, an unknown operator', () => {
    for (const bad of ['defaults: { channel: }', 'routes: [ { severity: urgent } ]', 'routes: [ { match: { service: { startswith: a } } } ]', 'routes: [ { match: { tags.team: { regex: 1 } } } ]']) {
      expect(() => compileRules(bad, 'bad.yaml'), bad).toThrow(RulesValidationError);
      expect(rulesFileSchema.safeParse(YAML.parse(bad)).success, bad).toBe(false);
    }
  });
});
