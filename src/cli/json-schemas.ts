import { z } from 'zod';
import { CONFIG_DOCS } from '../config/config-docs';
import { fileConfigSchema } from '../config/schema';
import { rulesFileSchema, TAG_KEY } from '../rules/rules-schema';
import { accessFileSchema } from '../slack/access/access-policy';

/** The JSON Schemas Herald ships (schema/<name>.schema.json), one per YAML file it reads. */
export const SCHEMA_NAMES = ['herald', 'rules', 'access'] as const;
/** One of SCHEMA_NAMES. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

type Json = Record<string, unknown>;

/** A field only a match mapping has: how the override recognizes one. */
const MATCH_MARKER = 'leak.category';

const TITLES: Record<SchemaName, string> = {
  herald: "Herald's main configuration (config/herald.yaml)",
  rules: 'Herald routing rules (config/rules.yaml)',
  access: 'Who may do what from Slack (config/access.yaml)',
};

/** Adds CONFIG_DOCS descriptions along the `properties` tree, by dotted key path. */
function describe(schema: Json, docs: Readonly<Record<string, string>>, at = ''): void {
  const props = schema.properties as Record<string, Json> | undefined;
  if (!props) return;
  for (const [k, sub] of Object.entries(props)) {
    const key = at ? `${at}.${k}` : k;
    if (docs[key]) sub.description = docs[key];
    describe(sub, docs, key);
  }
}

/**
 * The JSON Schema (draft-07, which YAML editors understand) of one of Herald's YAML files,
 * generated from the zod schemas that validate them. Unknown keys are refused
 * (`additionalProperties: false`), as Herald refuses them at startup.
 */
export function jsonSchemaFor(name: SchemaName): Json {
  const base = { target: 'draft-07' as const, io: 'input' as const };
  let schema: Json;
  if (name === 'herald') {
    schema = z.toJSONSchema(fileConfigSchema, base) as Json;
    describe(schema, CONFIG_DOCS);
  } else if (name === 'rules') {
    schema = z.toJSONSchema(rulesFileSchema, {
      ...base,
      override: (ctx) => {
        // `tags.<key>: condition` for any tag key, beside the fixed fields of a match mapping.
        const props = ctx.jsonSchema.properties as Json | undefined;
        if (props && MATCH_MARKER in props && !('match' in props)) {
          Object.assign(ctx.jsonSchema, { patternProperties: { [TAG_KEY.source]: { $ref: '#/definitions/condition' } }, additionalProperties: false });
        }
      },
    }) as Json;
  } else {
    schema = z.toJSONSchema(accessFileSchema, base) as Json;
  }
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLES[name], ...rest };
}

/** The text of a schema file: 2-space JSON and a final newline. */
export function schemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
}
