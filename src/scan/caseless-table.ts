import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { caseless } from './caseless';

/** Where `npm run build` writes the rewrites of the built-in detectors' patterns (beside the keyword tables). */
const TABLE_FILE = path.join(__dirname, 'tables', 'caseless.json');

let table: Map<string, string | null> | null = null;
const looked = new Map<string, string | null>();

/**
 * caseless(source), from the table the build wrote when it holds `source`: rewriting ~160
 * patterns in code V8 has not optimized yet cost more at every start than the compilation it
 * saves. A source not in the table (a changed detector, tests run from the sources) is rewritten here.
 */
export function caselessSource(source: string): string | null {
  table ??= readTable();
  const known = table.get(source);
  const out = known === undefined ? caseless(source) : known;
  looked.set(source, out);
  return out;
}

function readTable(): Map<string, string | null> {
  try {
    return new Map(JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as [string, string | null][]);
  } catch {
    return new Map(); // not built (tests run the sources)
  }
}

/** Writes the rewrites looked up so far to the table (the build step, after loading the detectors); returns its path. */
export function writeCaselessTable(): string {
  mkdirSync(path.dirname(TABLE_FILE), { recursive: true });
  writeFileSync(TABLE_FILE, JSON.stringify([...looked]));
  return TABLE_FILE;
}
