import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Herald's own Datadog webhook fixtures, in the repository (test/fixtures/datadog): payloads
 * 01–19 (JSON), raw bodies 20–24 (form-encoded and broken templates), the headers of a
 * delivery (00) and manifest.json, which says what each one is and which sensitive values it
 * holds. Nothing here reads outside the repository.
 */
export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/datadog');

/** One manifest entry: a fixture file, its case, and the sensitive values it holds. */
export interface FixtureEntry {
  file: string;
  case: string;
  contains_sensitive_data: boolean;
  /** Raw bodies only: the Content-Type they are sent with. */
  content_type?: string;
  /** Raw bodies only: the id Herald must answer with. */
  expect_id?: string;
  /** Raw bodies only: accepted as an unparsable alert. */
  unparsable?: boolean;
  sensitive: { value: string; detector: string; what: string }[];
}

/** Names of the JSON payload fixtures (not the headers file, the raw bodies or the manifest). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^\d\d-.*\.json$/.test(f) && !f.startsWith('00-'))
    .sort();
}

function fileOf(name: string): string {
  if (name.includes('.')) return name;
  const file = readdirSync(FIXTURE_DIR).find((f) => f.startsWith(`${name}-`));
  if (!file) throw new Error(`no fixture ${name} in ${FIXTURE_DIR}`);
  return file;
}

/** Read one fixture as an object (by number, `'12'`, or file name). */
export function fixture(name: string): Record<string, any> {
  return JSON.parse(fixtureText(name));
}

/** Read one fixture's raw text (by number or file name). */
export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, fileOf(name)), 'utf8');
}

/** The manifest: every fixture file with its case and sensitive values. */
export function manifest(): FixtureEntry[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'manifest.json'), 'utf8')) as FixtureEntry[];
}

/** The raw-body fixtures (form-encoded, broken templates) with their content type and text. */
export function rawFixtures(): (FixtureEntry & { text: string; content_type: string })[] {
  return manifest()
    .filter((m) => m.content_type !== undefined)
    .map((m) => ({ ...m, content_type: m.content_type!, text: fixtureText(m.file) }));
}

/** The raw sensitive values a fixture holds (by number), as manifest.json lists them. */
export function sensitiveValues(num: string): string[] {
  const m = manifest().find((x) => x.file.startsWith(`${num}-`));
  if (!m) throw new Error(`fixture ${num} is not in the manifest`);
  return m.sensitive.map((s) => s.value);
}
