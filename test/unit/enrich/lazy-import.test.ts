import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const dir = path.join(__dirname, '../../../src/enrich');

it('imports @datadog/datadog-api-client only as types, or lazily in datadog-client.ts', () => {
  const offenders: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(path.join(dir, f), 'utf8');
    for (const line of src.split('\n')) {
      if (!line.includes('@datadog/datadog-api-client')) continue;
      const typeOnly = /^import type .* from '@datadog\/datadog-api-client';$/.test(line.trim());
      const lazy = f === 'datadog-client.ts' && /(typeof )?import\('@datadog\/datadog-api-client'\)/.test(line);
      const comment = /^\s*(\/\/|\*|\/\*)/.test(line);
      if (!typeOnly && !lazy && !comment) offenders.push(`${f}: ${line.trim()}`);
    }
  }
  expect(offenders).toEqual([]);
});
