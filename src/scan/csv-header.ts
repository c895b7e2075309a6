import { keyWords } from './key-names';

/** What a CSV column holds, as its header names it (`routing`, `bank_account_number`). */
export type BankColumn = 'routing' | 'account' | 'sort';

/** One header line of a delimited table, with the bank columns it names. */
interface Header {
  /** Offset of the line's first character. */
  start: number;
  sep: string;
  columns: number;
  kinds: Map<number, BankColumn>;
}

/** Words of a column name that make an account column something else (`account_id`, `account_type`). */
// Also a ledger's accounts (`GL_ACCOUNT`, `ledger_account`, `expense_account`, `nominal account`: chart-of-accounts codes, round r48).
const NOT_ACCOUNT = new Set(['id', 'type', 'name', 'status', 'holder', 'owner', 'email', 'currency', 'balance', 'kind', 'ref', 'key', 'url', 'created', 'updated', 'count', 'manager', 'gl', 'ledger', 'nominal', 'expense', 'revenue', 'coa']);

/** Words of a column name that make a routing column a message-routing one (`routing_key`, `routing_table`). */
const NOT_ROUTING = new Set(['key', 'table', 'rule', 'rules', 'queue', 'exchange', 'mode', 'type', 'id', 'policy', 'group']);

/** The bank column a header cell names, or null (`routing`, `aba`, `account`, `acct_no`, `bank_account_number`, `sort_code`). */
export function bankColumn(name: string): BankColumn | null {
  const words = keyWords(name);
  // A UK sort code or an Australian BSB (`sort_code`, `sortCode`, `bsb`).
  if (words.includes('bsb') || words.includes('sortcode') || (words.includes('sort') && words.includes('code'))) return 'sort';
  if (words.some((w) => w === 'routing' || w === 'aba' || w === 'rtn')) return words.some((w) => NOT_ROUTING.has(w)) ? null : 'routing';
  // Round r44: German `Konto`/`Kontonummer` (`Empfänger;BLZ/ABA;Konto`).
  if (!words.some((w) => w === 'account' || w === 'acct' || w === 'konto' || w === 'kontonummer')) return null;
  return words.some((w) => NOT_ACCOUNT.has(w)) ? null : 'account';
}

/** The cells of one delimited line (double quotes group a cell and may hold the separator). */
export function splitRow(line: string, sep: string): { cells: string[]; starts: number[] } {
  const cells: string[] = [];
  const starts: number[] = [];
  let cell = '';
  let at = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      cells.push(cell);
      starts.push(at);
      cell = '';
      at = i + 1;
      continue;
    }
    cell += c;
  }
  cells.push(cell);
  starts.push(at);
  return { cells, starts };
}

const SEPARATORS = [',', ';', '\t', '|'];
const HEADER_HINT = /rout|aba|rtn|acc(?:oun)?t|sort.?code|bsb|konto/i;

/** The header a line is, or null: 2+ separated cells, all of them names, one of them a bank column. */
function headerOf(line: string, start: number): Header | null {
  for (const sep of SEPARATORS) {
    if (!line.includes(sep)) continue;
    const { cells } = splitRow(line, sep);
    if (cells.length < 3) continue;
    const names = cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    // Names: a letter first, at most four words, no number in them (a line of prose or data is no header).
    if (!names.every((n) => /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .#()/-]{0,40}$/.test(n) && !/\d{3}/.test(n) && n.split(' ').length <= 4)) continue;
    const kinds = new Map<number, BankColumn>();
    names.forEach((n, i) => {
      const k = bankColumn(n);
      if (k) kinds.set(i, k);
    });
    if (kinds.size > 0) return { start, sep, columns: cells.length, kinds };
  }
  return null;
}

let lastText: string | null = null;
let lastHeaders: Header[] = [];

/** The header lines of `text` that name a bank column (remembered for the last text asked about). */
function headersOf(text: string): Header[] {
  if (text === lastText) {
    lastText = text; // the same content as another object: compare by identity from now on (see match-starts.ts)
    return lastHeaders;
  }
  const headers: Header[] = [];
  let from = 0;
  for (;;) {
    const hit = text.slice(from).search(HEADER_HINT);
    if (hit < 0) break;
    const at = from + hit;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const h = headerOf(text.slice(start, end).replace(/\r$/, ''), start);
    if (h) headers.push(h);
    from = end + 1;
  }
  lastText = text;
  lastHeaders = headers;
  return headers;
}

/**
 * The bank column the cell at `text[start, end)` lies in, or null: the nearest header line above
 * it names that column, and the cell's row has as many cells as the header (a CSV export
 * `employee_id,name,routing,account` with its rows below).
 */
export function bankColumnAt(text: string, start: number, end: number): BankColumn | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let header: Header | undefined;
  for (const h of headersOf(text)) if (h.start < lineStart) header = h;
  if (!header) return null;
  // A table is contiguous: every line between the header and this row is a row of it (so a header far above, whose
  // table ended, names no column of an unrelated row, whichever window the row is scanned in).
  const headerEnd = text.indexOf('\n', header.start);
  for (let s = headerEnd + 1; s > 0 && s < lineStart; ) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > lineStart) e = lineStart;
    if (splitRow(text.slice(s, e).replace(/\r$/, ''), header.sep).cells.length !== header.columns) return null;
    s = e + 1;
  }
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const { cells, starts } = splitRow(text.slice(lineStart, lineEnd).replace(/\r$/, ''), header.sep);
  if (cells.length !== header.columns) return null;
  let col = 0;
  while (col + 1 < starts.length && starts[col + 1]! <= start - lineStart) col++;
  return header.kinds.get(col) ?? null;
}

/**
 * The bank column a value of an SQL `INSERT … (cols) VALUES (…), (…)` lies in, or null: the value
 * at `text[start, end)` is the n-th item of its tuple, and the column list names the n-th column
 * (`INSERT INTO payouts (user_id, routing_number, account) VALUES (42, '021000021', '31926819')`).
 */
export function sqlBankColumnAt(text: string, start: number): BankColumn | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return null;
  const before = text.slice(Math.max(0, open - 4000), open);
  if (!/values/i.test(before)) return null;
  const items = splitRow(text.slice(open + 1, start), ',').cells.length - 1;
  const head = /\(([^()]{1,600})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*$/i.exec(before);
  if (!head) return null;
  const name = head[1]!.split(',')[items]?.trim().replace(/^[`"[]|[`"\]]$/g, '');
  return name === undefined ? null : bankColumn(name);
}

/**
 * Round r73: the header name of the column the cell at `text[start]` lies in, or null. The cell's row and every row
 * between it and the header above (at most 40 lines up) have as many cells, split by the same separator (`,`, `;`, tab,
 * `|`), as the header, whose cells are all names (`pan,amount,currency,psp_ref` over `2201293550214617,73.20,TRY,…`).
 */
export function columnNameAt(text: string, start: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const row = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  for (const sep of SEPARATORS) {
    if (!row.includes(sep)) continue;
    const { cells, starts } = splitRow(row, sep);
    if (cells.length < 2) continue;
    let col = 0;
    while (col + 1 < starts.length && starts[col + 1]! <= start - lineStart) col++;
    let e = lineStart - 1;
    for (let up = 0; up < 40 && e > 0; up++) {
      const s = text.lastIndexOf('\n', e - 1) + 1;
      const line = text.slice(s, e).replace(/\r$/, '');
      const split = splitRow(line, sep);
      if (split.cells.length !== cells.length) break;
      const names = split.cells.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
      if (names.every((n) => /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .#()/-]{0,40}$/.test(n) && !/\d{3}/.test(n))) return names[col] ?? null;
      e = s - 1;
    }
  }
  return null;
}
