/**
 * Round l88: the column a cell of a space-aligned table stands in (a payroll register, a report printed in fixed-width
 * columns, `kubectl get`-style output): the header is the nearest line above, within the table (no blank line between, at
 * most 40 lines and 6000 characters up), whose cells, split where two or more spaces stand, are as many as the row's and
 * are all words (`EMP ID  NAME  ROUTING  ACCOUNT  TYPE`). Cells are matched by position in the split, so a row with an
 * empty cell (fewer cells than the header) has no column.
 */

/** Two or more spaces or a tab: what separates an aligned table's cells. */
const GAP = /[ ]{2,}|\t+/;

/** A header cell: a word or a few, letters first, no long digit runs (`EMP ID`, `Account #`, `pay_date`). */
const HEADER_CELL = /^[\p{L}_][\p{L}\p{N}_ .#/-]{0,30}$/u;

/** The cells of a line split at GAP (leading spaces dropped), with where each starts in the line. */
function cellsOf(line: string): { cells: string[]; starts: number[] } {
  const cells: string[] = [];
  const starts: number[] = [];
  let at = line.length - line.trimStart().length;
  let rest = line.slice(at);
  while (rest.length > 0) {
    const m = GAP.exec(rest);
    const cell = m === null ? rest : rest.slice(0, m.index);
    cells.push(cell.trimEnd());
    starts.push(at);
    if (m === null) break;
    at += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  return { cells, starts };
}

/** True when the cells read as a header: three or more, all words, none a number. */
const isHeader = (cells: string[]): boolean => cells.length >= 3 && cells.every((c) => HEADER_CELL.test(c) && !/\d{3}/.test(c) && c.split(' ').length <= 3);

/** The lowercase name of the aligned-table column whose cell is exactly `text[start, end)`, or null. */
export function alignedColumnAt(text: string, start: number, end: number): string | null {
  const h = alignedHeaderAt(text, start, end);
  return h === null ? null : h.names[h.col]!;
}

/** The lowercase header cells of the aligned table holding the cell `text[start, end)`, and the cell's column; or null. */
export function alignedHeaderAt(text: string, start: number, end: number): { names: string[]; col: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const row = cellsOf(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
  const col = row.starts.indexOf(start - lineStart);
  if (col < 0 || row.cells[col]!.length !== end - start || row.cells.length < 3) return null;
  let stop = lineStart - 1;
  for (let n = 0; n < 40 && stop > 0 && lineStart - stop < 6000; n++) {
    const from = text.lastIndexOf('\n', stop - 1) + 1;
    const line = text.slice(from, stop).replace(/\r$/, '');
    if (line.trim() === '') return null;
    const head = cellsOf(line);
    if (head.cells.length === row.cells.length && isHeader(head.cells)) return { names: head.cells.map((c) => c.toLowerCase()), col };
    stop = from - 1;
  }
  return null;
}
