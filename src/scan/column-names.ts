import { splitRow } from './csv-header';
import { namesId } from './id-kinds';

/** Letters that do not decompose into an ASCII letter and a mark. */
const UNFOLDED: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', œ: 'oe', Œ: 'OE', '°': '', º: '' };

/** A column name in ASCII letters (`Teléfono` → `Telefono`, `Fødselsnummer` → `Fodselsnummer`, `N° de sécurité sociale` → `N de securite sociale`). */
export function foldName(name: string): string {
  if (!/[\u0080-\uffff]/.test(name)) return name;
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØæÆßłŁđĐœŒ°º]/g, (c) => UNFOLDED[c] ?? c);
}

/** Delimiters of exported tables: CSV, semicolon CSV, TSV, pipe tables. */
const SEPARATORS = [',', ';', '\t', '|'];

/** How far above a cell its header line may start. */
export const HEADER_REACH = 7900;

/**
 * The separator and names of a header line (3+ cells, every one a name, in any script's letters: `téléphone`, `fecha_nacimiento`), or null.
 * `ruled`: the line below is a rule (psql's `------+-----`, MySQL's `+------+`, markdown's `|---|---|`), so two names make a header too.
 */
function headerOf(line: string, ruled = false): { sep: string; names: string[] } | null {
  // A Jira table header doubles its pipes (`||Host||User||Password||`); its rows use single ones.
  if (line.startsWith('||')) line = line.replace(/\|\|/g, '|');
  for (const sep of SEPARATORS) {
    if (!line.includes(sep)) continue;
    // Round r41: bracketed annotations dropped (Google Workspace's `First Name [Required]`, `Custom [Personal] National ID`).
    let names = splitRow(line, sep).cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1').replace(/ ?\[[\p{L}\p{N} _-]{1,30}\]/gu, ''));
    // A log prefix before the header (`… INFO export: employee_id,name,ssn`) belongs to no column name.
    names[0] = names[0]!.split(/[\s:=]+/).pop()!;
    if (sep === '|') names = names.filter((n, i) => n !== '' || (i > 0 && i < names.length - 1));
    if (names.length >= (ruled ? 2 : 3) && names.every((n) => /^[\p{L}_][\p{L}\p{N}_ .#()/°º-]{0,40}$/u.test(n) && !/\d{3}/.test(n) && n.split(' ').length <= 4)) return { sep, names };
  }
  return null;
}

/** A table's rule line: psql `---------+-------`, MySQL `+------+------+`, markdown `|---|:---:|`. */
function isTableRule(line: string): boolean {
  return line.length >= 5 && /^[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+[|+]?[ \t]*$/.test(line);
}

/** The last line looked up: the cells of one row share it (a long line is not searched back once per cell). */
let lastLine: { text: string; from: number; to: number } | null = null;

/** Where the line holding `at` starts. */
function lineStartOf(text: string, at: number): number {
  if (lastLine !== null && lastLine.from <= at && at <= lastLine.to && lastLine.text === text) {
    lastLine.text = text; // the same content as another object: compare by identity from now on (see match-starts.ts)
    return lastLine.from;
  }
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  lastLine = { text, from, to };
  return from;
}

/** The last header lookup (`top`: where the header line starts, -1 for none): consecutive cells and rows share it. */
let lastHeader: { text: string; lineStart: number; header: { sep: string; names: string[] } | null; top: number } | null = null;

/**
 * The header lookup of the line right below the last one looked up, from the last lookup, or undefined. The line
 * in between is read first on the way up (with nothing below it): when it is no header and no table rule (which
 * would change how the line above it reads), every line above reads as before, and the answer is the last one while
 * its header is still within reach. Row after row of a long table then costs one line each, not HEADER_REACH each
 * (256 KB of `geo <lat>,<lng>` lines took 2.9 s).
 */
function nextRowHeader(text: string, lineStart: number): { sep: string; names: string[] } | null | undefined {
  const last = lastHeader;
  if (last === null || lineStart <= last.lineStart || last.text !== text) return undefined;
  if (text.lastIndexOf('\n', lineStart - 2) + 1 !== last.lineStart) return undefined;
  const between = text.slice(last.lineStart, lineStart - 1).replace(/\r$/, '');
  if (headerOf(between, false) !== null || isTableRule(between)) return undefined;
  if (last.header !== null && last.top < lineStart - HEADER_REACH) return undefined;
  return last.header;
}

/** The nearest header line above the line starting at `lineStart` (at most HEADER_REACH back), or null. */
/** Everything of a line up to an HTML `<pre>` or `<code>` tag that opens a block on it. */
const PRE_TAG = /^.{0,400}<(?:pre|code)(?: [^<>\n]{0,80})?>/i;

function headerAbove(text: string, lineStart: number): { sep: string; names: string[] } | null {
  if (lastHeader !== null && lastHeader.lineStart === lineStart && lastHeader.text === text) {
    lastHeader.text = text; // see lineStartOf
    return lastHeader.header;
  }
  const next = nextRowHeader(text, lineStart);
  if (next !== undefined) {
    lastHeader = { text, lineStart, header: next, top: lastHeader!.top };
    return next;
  }
  let header: { sep: string; names: string[] } | null = null;
  let top = -1;
  let below = '';
  for (let stop = lineStart - 1; stop > 0; ) {
    const from = text.lastIndexOf('\n', stop - 1) + 1;
    if (from < lineStart - HEADER_REACH) break;
    // Round l88: a table in an HTML mail's `<pre>` or `<code>` block starts after the tag (`…<pre>name;iban;bic`).
    const line = text.slice(from, stop).replace(/\r$/, '').replace(PRE_TAG, '');
    const h = headerOf(line, isTableRule(below));
    below = line;
    stop = from - 1;
    // A row of name-like cells (`WiFi guest	guest	VTBGQ#jh6Yb4t2	rotate quarterly`) parses as a header too:
    // the table's header is the top line of the run of such lines with the same separator and width.
    if (h !== null && (header === null || (h.sep === header.sep && h.names.length === header.names.length))) {
      header = h;
      top = from;
    } else if (header !== null) break;
  }
  lastHeader = { text, lineStart, header, top };
  return header;
}

/**
 * The header name of the table column the cell at `text[start, end)` lies in, or null: the
 * nearest header line above (at most HEADER_REACH back) and a row with as many cells.
 */
export function csvColumnAt(text: string, start: number, end: number): string | null {
  const lineStart = lineStartOf(text, start);
  const header = headerAbove(text, lineStart);
  if (header === null) return null;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let { cells, starts } = splitRow(text.slice(lineStart, lineEnd).replace(/\r$/, ''), header.sep);
  if (header.sep === '|' && cells[0]?.trim() === '') {
    cells = cells.slice(1);
    starts = starts.slice(1);
  }
  if (header.sep === '|' && cells[cells.length - 1]?.trim() === '') cells = cells.slice(0, -1);
  if (cells.length !== header.names.length) return null;
  let col = 0;
  while (col + 1 < starts.length && starts[col + 1]! <= start - lineStart) col++;
  const name = header.names[col];
  // Accents folded (`teléfono` → `telefono`, `Fødselsnummer` → `Fodselsnummer`): key words are ASCII.
  return name === undefined ? null : foldName(name);
}

/** The last column list looked up: the values of one tuple share it. */
let lastColumns: { text: string; open: number; names: string[] | null } | null = null;

/** The column list of the INSERT whose VALUES tuple opens at `open`, or null (none, or none of them names an id). */
function columnsBefore(text: string, open: number): string[] | null {
  if (lastColumns !== null && lastColumns.open === open && lastColumns.text === text) {
    lastColumns.text = text; // see lineStartOf
    return lastColumns.names;
  }
  const head = /\(([^()]{1,600})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*$/i.exec(text.slice(Math.max(0, open - 4000), open).replace(/'[^'\n]*'/g, (q) => '_'.repeat(q.length)));
  const names = head ? head[1]!.split(',').map((n) => n.trim().replace(/^[`"[]|[`"\]]$/g, '')) : null;
  lastColumns = { text, open, names: names !== null && names.some(namesId) ? names : null };
  return lastColumns.names;
}

/**
 * The column name of the value at `start` in an SQL `INSERT … (cols) VALUES (…), (…)`, or null
 * (`INSERT INTO employees (id, name, ssn) VALUES (7, 'Ann', '123456789')` → `ssn`).
 */
export function sqlColumnAt(text: string, start: number): string | null {
  // A tuple's values lie within 2000 characters of its `(`: the search back stays bounded on a long line.
  const from = Math.max(0, start - 2000);
  // Parentheses inside string literals (`'8 (906) 586-87-41'`) open no tuple.
  const before = text.slice(from, start).replace(/'[^'\n]*'/g, (q) => '_'.repeat(q.length));
  const paren = before.lastIndexOf('(');
  if (paren < 0 || before.lastIndexOf(')') > paren) return null;
  const open = from + paren;
  const names = columnsBefore(text, open);
  if (names === null) return null;
  const index = splitRow(text.slice(open + 1, start).replace(/'[^']*'/g, "''"), ',').cells.length - 1;
  return names[index] ?? null;
}

/**
 * The column of a value in a database's duplicate-key detail, or null: Postgres
 * `Key (email, tax_id)=(a@b.co, 123456789)`, MySQL `Duplicate entry '…' for key 'users.ssn'`,
 * SQL Server `… unique index 'IX_Users_Ssn'. The duplicate key value is (…)`.
 */
export function sqlErrorColumnAt(text: string, start: number, end: number): string | null {
  const lineFrom = Math.max(0, start - 600);
  const from = lineFrom + text.slice(lineFrom, start).lastIndexOf('\n') + 1;
  const line = text.slice(from, Math.min(text.length, end + 300));
  const at = start - from;
  const pg = /Key \(([^()\n]{1,300})\)=\(/g;
  for (let m = pg.exec(line); m !== null; m = pg.exec(line)) {
    const open = m.index + m[0].length;
    const close = line.indexOf(')', open);
    if (at < open || (close >= 0 && at > close)) continue;
    const index = line.slice(open, at).split(', ').length - 1;
    return m[1]!.split(',')[index]?.trim().replace(/^"|"$/g, '') ?? null;
  }
  const after = line.slice(at);
  const my = /^[^'\n]{0,100}' for key '([^'\n]{1,128})'/.exec(after);
  if (my) return my[1]!;
  const ms = /(?:index|constraint) '([^'\n]{1,128})'[^\n]{0,200}?duplicate key value is \($/i.exec(line.slice(0, at));
  return ms ? ms[1]! : null;
}
