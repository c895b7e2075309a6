import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH } from '../column-names';
import { nearby } from '../nearby';
import { abaValid } from '../validators';
import { plausibleAccount } from './bank-accounts';
import { clabeValid } from './bank-accounts-world';

/** Words of a bank column or field: the pair in it is a bank's code and an account. */
const BANK_WORD = /bank|account|acct|payout|payee|routing|sort_?code|bsb|beneficiary|remit/i;

/** True for a bank's code of the same record: a UK sort code, an Australian BSB, a US routing number (ABA check). */
function bankCode(code: string): boolean {
  const d = code.replace(/-/g, '');
  if (/^(\d)\1+$/.test(d)) return false;
  return d.length === 9 ? abaValid(d) : d.length === 6;
}

/** An account that reads as a date (`20260512`): a date range or a version, not a bank's pair. */
const DATE_DIGITS = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** A code and an account in one cell: `30-71-56 / 67736081`, `622-189 / 962861800`, `324808072 / 24615541547288`. */
const PAIR = /(?<![\w/-])(?<v>(?<code>\d{2}-\d{2}-\d{2}|\d{3}-\d{3}|\d{9}) ?[/|] ?(?<acct>\d{6,17}))(?![\w/-])/;

/** A UK sort code or an Australian BSB under a `branch_code` key (GoCardless, Modulr): 6 digits, `12-34-56` or `123-456`. */
const BRANCH_CODE = /(?<![A-Za-z0-9])(?<k>branch_?code|branchCode|BranchCode|branch_?number|branchNumber)\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>\d{6}|\d{2}-\d{2}-\d{2}|\d{3}-\d{3})(?![\w-])/;

/** An account number key of the same record. */
const ACCOUNT_KEY = /account_?(?:number|num|no)|accountNumber|AccountNumber|account["']?\s{0,2}[:=]/;

/**
 * Bank codes and accounts that payout exports and direct-debit APIs write together: a sort code,
 * BSB or routing number and the account in one cell (`"30-71-56 / 67736081"` in a `bank` column),
 * and a sort code or BSB under GoCardless' `branch_code` beside an `account_number`.
 */
export const BANK_PAIR_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-code-account-pair',
    name: 'Bank sort code, BSB or routing number and account number in one field',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['bank', 'account', 'payout', 'payee'],
    // The column's header may be lines above the row (`payee,email,bank,amount`).
    span: HEADER_REACH + 100,
    pattern: PAIR,
    mask: 'tail',
    validate: (v, ctx) => {
      const [code, acct] = v.split(/ ?[/|] ?/);
      if (code === undefined || acct === undefined || !bankCode(code) || !plausibleAccount(acct) || DATE_DIGITS.test(acct)) return false;
      const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return (column !== null && BANK_WORD.test(column)) || nearby(BANK_WORD, ctx.text, ctx.start, ctx.end, 60);
    },
    remediation: 'Remove bank codes and account numbers from exported or logged tables (log a payee id instead)',
  }),
  defineDetector({
    id: 'clabe-bank-column',
    name: 'Mexican CLABE (in a bank column of a table)',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['bank', 'account', 'payout', 'payee'],
    span: HEADER_REACH + 100,
    // `payee,email,bank` then `"Lee, Ann",ann@example.org,"012180012345678912"`: the check digit and the column.
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>\d{18})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'tail',
    validate: (v, ctx) => {
      const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return clabeValid(v) && column !== null && BANK_WORD.test(column);
    },
    remediation: 'Remove bank account numbers from exported or logged tables (log a payee id instead)',
  }),
  defineDetector({
    id: 'bank-branch-sort-code',
    name: 'Bank sort code or BSB (branch_code beside an account number)',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['branch_code', 'branchcode', 'branch_number', 'branchnumber'],
    // GoCardless `{"branch_code":"200000","account_number":"55779911"}`, BECS `{"branch_code":"082-082","account_number":"…"}`.
    pattern: BRANCH_CODE,
    mask: 'tail',
    validate: (v, ctx) => bankCode(v) && nearby(ACCOUNT_KEY, ctx.text, ctx.start, ctx.end, 150),
    remediation: 'Remove this sort code (and the account number next to it) from the logs',
  }),
];
