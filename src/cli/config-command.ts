import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_NAMES, schemaText, type SchemaName } from './json-schemas';
import type { CliIo } from './cli-io';

const USAGE = `usage:
  herald config schema [herald|rules|access]   print the JSON Schema of config/herald.yaml (default), rules.yaml or access.yaml
  herald config schema --write [dir]           write all of them to dir (default schema/) as <name>.schema.json

Editors that speak the YAML language server (VS Code's YAML extension, JetBrains, Neovim…)
complete and check a file whose first line is
  # yaml-language-server: $schema=../schema/<name>.schema.json
`;

/** `herald config schema …`: the JSON Schemas of Herald's YAML files. Exit 0, or 2 on usage errors. */
export async function runConfigCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'help' || sub === '--help') {
    io.stdout(USAGE);
    return 0;
  }
  if (sub !== 'schema') {
    io.stderr(USAGE);
    return 2;
  }
  if (rest[0] === '--write') {
    if (rest.length > 2) {
      io.stderr(USAGE);
      return 2;
    }
    const dir = rest[1] ?? 'schema';
    await mkdir(dir, { recursive: true });
    for (const name of SCHEMA_NAMES) {
      const file = path.join(dir, `${name}.schema.json`);
      await writeFile(file, schemaText(name));
      io.stdout(`wrote ${file}\n`);
    }
    return 0;
  }
  const name = (rest[0] ?? 'herald') as SchemaName;
  if (rest.length > 1 || !SCHEMA_NAMES.includes(name)) {
    io.stderr(USAGE);
    return 2;
  }
  io.stdout(schemaText(name));
  return 0;
}
