import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { validUnderKey } from '../id-kinds';
import { boundColumn } from '../sql-binds';
import { plausibleAccount } from './bank-accounts';

/**
 * Round r40 (blind set 40: observability, logging pipelines and on-call tooling): personal and
 * payment data in the records pipelines carry — a national id under a short `nat_id`/`natl_id`
 * key (checked as any national id of its layout), a bank account number bound to an
 * `account_no`-like column in a Postgres parameter log, and a card security code in a slow-query
 * log's `INSERT (…, cvv, …) VALUES (…)`.
 */

/** The statement Postgres logged before its parameters (as sql-parameters.ts reads it). */
const STATEMENT = /(?:execute|bind|statement|duration: [\d.]+ ms {1,2}(?:execute|bind)[^:\n]{0,80})[^:\n]{0,80}:\s{1,3}([^\n]{8,4000})\n(?:[^\n]{0,300}\n)?[^\n]*$/i;

/** Columns that hold a bank account number (not an account id of a service: the statement must also name bank details). */
const ACCOUNT_COLUMN = /^(?:bank_?)?(?:account|acct)_?(?:no|nr|num|number)?$|^bank_?account(?:_?(?:no|nr|num|number))?$/i;
const BANK_STATEMENT = /\b(?:iban|routing|aba|sort_?code|bsb|swift|bic|beneficiar\w*|payee\w*|payout\w*|bank\w*)\b/i;

function bankParameter(v: string, ctx: MatchContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const statement = STATEMENT.exec(ctx.text.slice(Math.max(0, lineStart - 4400), ctx.start));
  if (statement === null) return false;
  const column = boundColumn(statement[1]!, ctx.key ?? '');
  return column !== null && ACCOUNT_COLUMN.test(column) && BANK_STATEMENT.test(statement[1]!) && plausibleAccount(v);
}

/** The column name of the SQL value at `start` in `INSERT … (cols) VALUES (…, <value>`, or null. */
function sqlInsertColumnAt(text: string, start: number): string | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return null;
  const head = /\(([^()]{1,600})\)\s*VALUES\s*(?:\([^()]*\)\s*,\s*)*$/i.exec(text.slice(Math.max(0, open - 1000), open));
  if (!head) return null;
  const index = text.slice(open + 1, start).split(',').length - 1;
  return head[1]!.split(',')[index]?.trim().replace(/^[`"[]|[`"\]]$/g, '') ?? null;
}

export const RECORDS_R40_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'national-id-under-short-key',
    name: 'National id under a short `nat_id`/`natl_id` key (validated as a national id of its layout)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['nat_id', 'natid', 'nat-id', 'natl_id', 'natlid', 'natl-id'],
    pattern: /(?<![A-Za-z0-9])(?:nat|NAT|Nat)[lL]?[_-]?(?:id|ID|Id)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[0-9A-Z][0-9A-Z .-]{6,18}[0-9A-Z])(?![\w-])/,
    mask: 'full',
    validate: (v) => validUnderKey('national_id', v),
    remediation: 'Remove national id numbers from logged verification records',
  }),
  defineDetector({
    id: 'bank-account-sql-parameter',
    name: 'Bank account number (Postgres bind parameter of an `account_no` column in a statement on bank details)',
    category: 'financial',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['log:  execute ', 'log:  bind ', 'ms  execute ', 'ms  bind '],
    span: 4600,
    pattern: /(?<![\w$])\$(?<k>\d{1,3}) = '(?<v>\d{6,17})'/,
    mask: 'tail',
    validate: bankParameter,
    remediation: 'Stop logging statement parameters (Postgres: log_parameter_max_length = 0) or mask them',
  }),
  defineDetector({
    id: 'card-cvv-sql-column',
    name: 'Card security code in a logged SQL insert (`INSERT … (…, cvv, …) VALUES (…)`)',
    category: 'financial',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['cvv', 'cvc', 'card_code', 'security_code'],
    pattern: /(?<=[(,]\s{0,3}'?)(?<v>\d{3,4})(?='?\s{0,3}[,)])/,
    mask: 'full',
    validate: (_v, ctx) => {
      const column = sqlInsertColumnAt(ctx.text, ctx.start);
      return column !== null && /^(?:card_?)?(?:cvv2?|cvc2?|cid|card_?code|security_?code|csc)$/i.test(column);
    },
    remediation: 'Never store or log card security codes (PCI DSS 3.3.1); purge the slow-query log',
  }),
];
