import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the shared Datadog fixtures live (../shared beside the repo, or SHARED_DIR). */
export const FIXTURE_DIR = path.resolve(process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared'), 'fixtures/datadog');

/** Names of the payload fixtures (not the headers file or the manifest). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^\d\d-.*\.json$/.test(f) && !f.startsWith('00-'))
    .sort();
}

/** Read one fixture as an object. */
export function fixture(name: string): Record<string, any> {
  const file = name.endsWith('.json') ? name : fixtureNames().find((f) => f.startsWith(name))!;
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), 'utf8'));
}

/** Read one fixture's raw text. */
export function fixtureText(name: string): string {
  const file = name.endsWith('.json') ? name : fixtureNames().find((f) => f.startsWith(name))!;
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/** The manifest's sensitive items per fixture. */
export function manifest(): { file: string; sensitive_items: string[]; contains_sensitive_data: boolean }[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'manifest.json'), 'utf8'));
}
