import { BIRTH_DATE, birthKey, plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { foldName } from '../column-names';

/** Delimiters of exported tables: CSV, semicolon CSV, TSV, pipe (markdown, psql) tables. */
const DELIMS = [',', ';', '\t', '|'] as const;

/** The fields of one table line split at `delim`, outside double quotes; each with where it starts. */
function fields(line: string, delim: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (i === line.length || (c === delim && !quoted)) {
      out.push({ text: line.slice(start, i).trim().replace(/^"|"$/g, ''), at: start });
      start = i + 1;
    }
  }
  return out;
}

/** The delimiter and column names of a header line (3+ names of identifier shape), or null. */
function headerOf(line: string): { delim: string; names: string[] } | null {
  for (const delim of DELIMS) {
    if (!line.includes(delim)) continue;
    const names = fields(line, delim).map((f) => f.text);
    // A log prefix before the header (`… ERROR export: employee_id,name,dob`) belongs to no column name.
    names[0] = names[0]!.split(/[\s:=]+/).pop()!;
    if (delim === '|' && names[0] === '') names.shift();
    if (delim === '|' && names[names.length - 1] === '') names.pop();
    if (names.length >= 3 && names.every((n) => /^[\p{L}_][\p{L}\p{N}_ .°º-]{0,40}$/u.test(n))) return { delim, names };
  }
  return null;
}

/** How far above a value its header line may start (under the detector's span, so that every window that holds the value holds its header). */
const REACH = 7900;

/**
 * True when the value at `ctx.start` is in the birth-date column of the nearest table header
 * above it (a line of 3+ column names, one of them a birth-date name, at most REACH back).
 */
function inBirthColumn(ctx: MatchContext): boolean {
  const text = ctx.text;
  const lineStart = text.lastIndexOf('\n', ctx.start - 1) + 1;
  let lineEnd = text.indexOf('\n', ctx.start);
  if (lineEnd < 0) lineEnd = text.length;
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start < ctx.end - REACH) return false;
    const header = headerOf(text.slice(start, end).replace(/\r$/, ''));
    end = start - 1;
    if (header === null) continue;
    let row = fields(text.slice(lineStart, lineEnd).replace(/\r$/, ''), header.delim);
    if (header.delim === '|' && row[0]?.text === '') row = row.slice(1);
    const col = row.findIndex((f, i) => lineStart + f.at <= ctx.start && (i + 1 === row.length || lineStart + row[i + 1]!.at > ctx.start));
    return col >= 0 && row.length >= header.names.length - 1 && birthKey(foldName(header.names[col] ?? ''));
  }
  return false;
}

/** Personal records in exported tables: a column named in the header line, its values on the lines below. */
export const RECORD_COLUMN_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'date-of-birth-column',
    name: 'Date of birth (in a table column named for it)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['dob', 'birth', 'geburtsdatum', 'nacimiento', 'naissance', 'nascita', 'geboortedatum'],
    // From the header line on (span): every date that fills a field; its column is checked in validate.
    span: REACH + 100,
    pattern: new RegExp(String.raw`(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>${BIRTH_DATE})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))`, 'i'),
    mask: 'full',
    validate: (v, ctx) => plausibleBirthDate(v) && inBirthColumn(ctx),
    remediation: 'Remove the date-of-birth column from this export or log (log a user id instead)',
  }),
];
