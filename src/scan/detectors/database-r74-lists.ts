import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { secretValueOk } from '../secret-value';
import { boundColumn } from '../sql-binds';
import { isLowEntropy } from '../validators';

/**
 * Round r74's shared reading of positional lists (database-r74.ts): a value whose column is named in a separate list,
 * paired by place — `Key (a, b)=(x, y)`, a statement's placeholders and the parameter list an ORM prints after it, a
 * Django `values_list("a", "b")` and the tuples it returns.
 */

/** A column name without quotes or a table prefix (`"users"."api_key"` → `api_key`, `` `token` `` → `token`). */
export const bareColumn = (name: string): string => name.trim().replace(/^.*\./, '').replace(/^[`"'[]+|[`"'\]]+$/g, '');

/** A column that holds a session's id: a bearer credential while the session lives. */
const SESSION_COLUMN = /^(?:session_?(?:id|key|token)|sid)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session id as stores generate it: 20+ characters of one token alphabet, letters and digits, not a UUID (a row id). */
export function sessionValueOk(v: string): boolean {
  return /^[A-Za-z0-9_%+/=.-]{20,256}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !UUID.test(v) && !isLowEntropy(v) && !isPlaceholder(v);
}

/** True when `value` under column `column` is a secret: a secret column's plausible value, or a session column's id. */
export function columnSecretOk(column: string, value: string): boolean {
  const col = bareColumn(column);
  const v = value.trim();
  const kind = secretKeyKind(col);
  if (kind !== null) return secretValueOk(kind, v);
  return SESSION_COLUMN.test(col) && sessionValueOk(v);
}

/**
 * `s` split at its top-level commas: commas inside quotes ('…', "…") or brackets ((…), […], {…}) stay; each part
 * trimmed, one level of quotes around it removed. Null when the quotes or brackets do not close.
 */
export function splitTop(s: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (quote !== '' || depth !== 0) return null;
  out.push(s.slice(from));
  return out.map((p) => p.trim().replace(/^(["'])([\s\S]*)\1$/, '$2'));
}

/** The index of the list element that starts at `at` in `text` when its list opens at `open` (top-level commas between), or -1. */
export function elementIndex(text: string, open: number, at: number): number {
  const parts = splitTop(text.slice(open, at) + 'x');
  return parts === null ? -1 : parts.length - 1;
}

/**
 * Where ORMs open the parameter list they print after a statement: TypeORM `-- PARAMETERS: [` (or a multi-line
 * `parameters: [` under its error's `query:`), Knex `bindings: [`, Drizzle's `params: ` line, MyBatis `Parameters: `,
 * Ecto's `[` after the statement's last placeholder or its RETURNING column.
 */
const LIST_MARKERS = [/-- PARAMETERS: \[/g, /\bbindings: \[/g, /(?:^|\n)params: /g, /\bparameters: \[/gi, /\bParameters: (?!\[)/g, /(?:\$\d{1,3}\)|\$\d{1,3}|"\w{1,60}") \[(?!\[)/g];

/** The ends of every list marker in the last text asked about (validation asks once per element of one window). */
let markedText = '';
let markedEnds: number[] = [];

function markerEnds(text: string): number[] {
  if (text === markedText) return markedEnds;
  const ends: number[] = [];
  for (const re of LIST_MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) ends.push(m.index + m[0].length);
  }
  markedText = text;
  markedEnds = ends.sort((x, y) => x - y);
  return markedEnds;
}

/** The statement whose parameter list holds the value at `at` in `text`, the list's opening, or null. */
function listAround(text: string, at: number): { stmt: string; open: number } | null {
  const ends = markerEnds(text);
  // The last marker ending at or before `at`, no more than 3 000 characters back.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const open = lo > 0 ? ends[lo - 1]! : -1;
  if (open < 0 || at - open > 3000) return null;
  // The statement: the marker's line up to the list, or (no placeholder there: Drizzle, MyBatis, TypeORM's error
  // object) the four lines above it.
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  let stmt = text.slice(lineStart, open);
  if (!/\$\d|\?/.test(stmt)) {
    let prev = lineStart;
    for (let i = 0; i < 4 && prev > 0; i++) prev = text.lastIndexOf('\n', prev - 2) + 1;
    stmt = text.slice(prev, lineStart);
  }
  return { stmt, open };
}

/** `?` placeholders numbered in order (`values (?, ?)` → `values ($1, $2)`), so boundColumn can read them. */
const numbered = (stmt: string): string => {
  if (/\$\d/.test(stmt)) return stmt;
  let n = 0;
  return stmt.replace(/\?/g, () => `$${++n}`);
};

/** The column a value of an ORM's printed parameter list at `at` in `text` is bound to, or null. */
export function listedParamColumn(text: string, at: number): string | null {
  const around = listAround(text, at);
  if (around === null) return null;
  let from = at;
  while (from > around.open && (text[from - 1] === '"' || text[from - 1] === "'")) from--;
  const i = elementIndex(text, around.open, from);
  return i < 0 ? null : boundColumn(numbered(around.stmt), String(i + 1));
}

/**
 * The column of Django's `values_list("a", "b")` a quoted value at `at` in `text` belongs to (its place in its tuple,
 * or the one column of `flat=True`), or null; `head` is the text from the call's line to the value.
 */
export function valuesListColumn(text: string, at: number): { column: string; head: string } | null {
  const head = text.slice(Math.max(0, at - 3000), at);
  const call = head.lastIndexOf('values_list(');
  if (call < 0) return null;
  const close = head.indexOf(')', call);
  if (close < 0) return null;
  const cols = splitTop(head.slice(call + 12, close))?.filter((c) => !/^\w+\s?=/.test(c));
  if (!cols || cols.length === 0) return null;
  const after = head.slice(close);
  if (!/<QuerySet \[|^\)\.?\w*\(?\)?\s*\n\s*\[/.test(after) && !after.includes('[(') && !after.includes("['")) return null;
  const tuple = head.lastIndexOf('(');
  let i = 0;
  if (tuple > close) {
    const idx = elementIndex(head, tuple + 1, head.length - 1);
    if (idx < 0) return null;
    i = idx;
  } else if (cols.length !== 1) return null;
  return i < cols.length ? { column: cols[i]!, head: head.slice(Math.max(0, head.lastIndexOf('\n', call) + 1)) } : null;
}
