import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { validUnderKey } from '../id-kinds';
import { boundColumn } from '../sql-binds';

/** The statement Postgres logged before its parameters (`LOG:  execute <unnamed>: INSERT …`, `statement:`, `bind S_1:`). */
const STATEMENT = /(?:execute|bind|statement|duration: [\d.]+ ms {1,2}(?:execute|bind)[^:\n]{0,80})[^:\n]{0,80}:\s{1,3}([^\n]{8,4000})\n(?:[^\n]{0,300}\n)?[^\n]*$/i;

/** True when the parameter value at `ctx` is what the column its statement binds it to names (an id, a birth date, a phone). */
function parameterUnderColumn(v: string, ctx: MatchContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const before = ctx.text.slice(Math.max(0, lineStart - 4400), ctx.start);
  const statement = STATEMENT.exec(before);
  const column = statement ? boundColumn(statement[1]!, ctx.key ?? '') : null;
  return column !== null && validUnderKey(column, v);
}

/** Values of Postgres' logged bind parameters (`DETAIL:  parameters: $1 = '…', $2 = '…'`) named by the statement's columns. */
export const SQL_PARAMETER_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-id-sql-parameter',
    name: 'Personal or financial id (Postgres bind parameter of a column named for it)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    // The statement's line opens the window (also an error's `STATEMENT:  INSERT …` line) (its span reaches the `DETAIL:  parameters:` line after it):
    // `LOG:  execute <unnamed>: INSERT INTO customers (email, ssn) VALUES ($1, $2)` then `DETAIL:  parameters: $1 = '…', $2 = '123456789'`.
    keywords: ['log:  execute ', 'log:  bind ', 'log:  statement: ', 'ms  execute ', 'ms  bind ', 'statement:  insert ', 'statement:  update '],
    span: 4600,
    pattern: /(?<![\w$])\$(?<k>\d{1,3}) = '(?<v>[^'\n]{4,120})'/,
    mask: 'full',
    validate: parameterUnderColumn,
    remediation: 'Stop logging statement parameters (Postgres: log_parameter_max_length = 0) or mask them',
  }),
];
