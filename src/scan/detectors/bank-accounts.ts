import { defineDetector, NAMED_VALUE, rei, SEP } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { bankColumnAt, sqlBankColumnAt } from '../csv-header';
import { abaChecksumOk, isLowEntropy } from '../validators';
import { bankDirectoryLine } from './company-ids-r33';

/** A routing word then (within a few characters) nine digits: `routing 021000021`, `"routing":"021000021"`. */
const ROUTING_NEAR = /(?:routing|\baba\b|\brtn\b)[^0-9\n]{0,24}(\d{9})(?!\d)/gi;

/** A UK sort code or an Australian BSB, named as one: `sort code 12-34-56`, `BSB 062-000`. */
const SORT_CODE_NEAR = /(?:sort[ _-]?code|\bbsb)[^0-9\n]{0,16}(?:\d{2}-\d{2}-\d{2}|\d{3}-\d{3}|\d{6})(?![\d-])/i;

/** True when a valid ABA routing number or a sort code, named as such, lies within 200 characters of the value. */
function routingNear(ctx: MatchContext): boolean {
  const from = Math.max(0, (ctx.matchStart ?? ctx.start) - 200);
  const window = ctx.text.slice(from, ctx.end + 200);
  for (const m of window.matchAll(ROUTING_NEAR)) if (abaChecksumOk(m[1]!) && from + m.index + m[0].length !== ctx.end) return true;
  return SORT_CODE_NEAR.test(window);
}

/** Words of an account beside a bank code: the account itself, its holder, an IBAN. */
const ACCOUNT_WORDS = /account|acct|\bacc\b|a\/c|konto|compte|cuenta|\bconta\b|beneficiary|payee|\biban\b/i;

/**
 * True when a bank code at `[start, end)` of `text` (a sort code, a BSB, an IFSC) is a field's value or has an account
 * beside it: an account word within 250 characters, or a digit run of 6-18 right after it (`32-13-55 71951477`). A code alone (a bank
 * directory sync, a branch lookup) names a branch, which is public directory data: reported as public, not as a leak.
 */
export function accountBesideCode(text: string, start: number, end: number): boolean {
  // A code assigned to a field (`"sort_code":"12-34-56"`, `ifsc=HDFC0001234`) is a payee's record, whose account the
  // lines around it hold (a pretty-printed body); only a code named in prose (`sort code 58-74-54 -> Barclays`) may stand alone.
  if (/["'=:>]\s{0,3}["']?$/.test(text.slice(Math.max(0, start - 6), start))) return true;
  if (ACCOUNT_WORDS.test(text.slice(Math.max(0, start - 250), Math.min(text.length, end + 250)))) return true;
  return /^[^\d\n]{0,30}\d{6,18}(?![\d-])/.test(text.slice(end, end + 60));
}

/** Round r41: a counting run of digits, also one that wraps from 9 to 0 (`1234567890`, `0987654321`): a test row's placeholder. */
export function isCountingRun(v: string): boolean {
  let up = 0;
  let down = 0;
  for (let i = 1; i < v.length; i++) {
    const d = (v.charCodeAt(i) - v.charCodeAt(i - 1) + 10) % 10;
    if (d === 1) up++;
    else if (d === 9) down++;
  }
  return v.length > 2 && (up === v.length - 1 || down === v.length - 1);
}

/** An account number's digits: not one or two digits only, a counting run (`123456789`) or a repeated block (`12121212`). */
export function plausibleAccount(v: string): boolean {
  if (!/^\d+$/.test(v)) return !isLowEntropy(v);
  // Digits repeat and neighbour by chance (`874456677672`): only one or two digits, a counting run or a
  // repeated block (`121212121`) make a number implausible.
  if (new Set(v).size <= 2) return false;
  let steps = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v.charCodeAt(i) - v.charCodeAt(i - 1)) === 1) steps++;
  if (steps === v.length - 1) return false;
  if (isCountingRun(v)) return false;
  for (let p = 1; p <= v.length >> 1; p++) if (v.slice(p) === v.slice(0, -p)) return false;
  return true;
}

/** Header literals: a bank column's name after or before a delimiter, quoted or not. */
const CSV_KEYWORDS = ['routing', 'account', 'acct', 'aba', 'sort_code', 'sortcode', 'bsb', 'konto'].flatMap((name) => [',', ';', '\t', '|'].flatMap((sep) => [sep + name, `${sep}"${name}`, name + sep, `${name}"${sep}`]));

/** Bank account and routing numbers known by their neighbours: a routing number beside, or a CSV header above. */
export const BANK_ACCOUNT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-beside-routing',
    name: 'Bank account number (beside a routing number)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    keywords: ['account', 'acct', 'acc ', 'acc.', 'acc:', 'acc#', 'a/c'],
    // Round r41: the routing number may sit on a line above (an INI section's `routing = …` then `account = …`).
    span: 120,
    spanBack: 3,
    // Plaid `{"account":"…","routing":"…"}`, ACH prose `routing 021000021 account 123456789`: the bare
    // `account` key or word names a bank account only beside a routing number. Typed short in a chat:
    // `sort code 12-34-56 acc 12345678`, `a/c no. 12345678`.
    // After set 56: a CLI table's padded column (`ach_account         70110502813`).
    pattern: rei`(?<![A-Za-z])(?:bank[_ .-]?)?(?:account|acct|acc\.?|a/c)(?:[_ .-]?(?:number|num|no|nr|#)\.?)?(?:${SEP}|\s{1,3}|[ \t]{4,24}|${NAMED_VALUE})(?<v>\d{6,17})(?![\d])`,
    mask: 'tail',
    validate: (v, ctx) => plausibleAccount(v) && routingNear(ctx),
    remediation: 'Remove this bank account number (and the routing number next to it) from the logs',
  }),
  defineDetector({
    id: 'bank-sort-code',
    name: 'UK sort code or Australian BSB',
    category: 'financial',
    severity: 'medium',
    priority: 66,
    confidence: 0.8,
    keywords: ['sort code', 'sort_code', 'sortcode', 'sort-code', 'bsb'],
    // The branch part of UK (`sort code 12-34-56`) and Australian (`BSB 062-000`) bank details.
    pattern: rei`(?:(?<![A-Za-z])sort[ _-]?code|\bbsb)(?:[ _-]?(?:number|no|nr))?(?:${SEP}|\s{1,3}|${NAMED_VALUE})(?<v>\d{2}-\d{2}-\d{2}|\d{2} \d{2} \d{2}|\d{3}-\d{3}|\d{6})(?![\d-])`,
    mask: 'full',
    validate: (v, ctx) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')) && ((!bankDirectoryLine(ctx) && accountBesideCode(ctx.text, ctx.start, ctx.end)) || { ok: true, public: true }),
    remediation: 'Remove this sort code (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'bank-sql-column',
    name: 'Bank routing or account number (SQL column)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    keywords: ['routing', 'account', 'acct'],
    // `INSERT INTO payouts (user_id, routing_number, account) VALUES (42, '021000021', '31926819')`.
    pattern: /(?<=[(,]\s{0,3}'?)(?<v>\d{6,17})(?='?\s{0,3}[,)])/,
    mask: 'tail',
    validate: (v, ctx) => {
      const kind = sqlBankColumnAt(ctx.text, ctx.start);
      if (kind === 'sort') return v.length === 6 && !/^(\d)\1+$/.test(v);
      if (kind === 'routing') return v.length === 9 && abaChecksumOk(v);
      return kind === 'account' && plausibleAccount(v);
    },
    remediation: 'Remove bank routing and account numbers from logged SQL statements (log bound parameters masked)',
  }),
  defineDetector({
    id: 'bank-csv-column',
    name: 'Bank routing or account number (CSV column)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    // A bank column's name beside a separator (`,routing`, `account;`, `,"acct`): a header, not `database`, `partner` or
    // any line that says `account`, opens the window (whose span the table's rows then fill).
    keywords: CSV_KEYWORDS,
    // The header names the column (`employee_id,name,routing,account`), the rows below hold the numbers.
    span: 8192,
    // A sort code or BSB cell may be dashed (`12-34-56`, `062-000`).
    pattern: /(?<=[\n,;\t|]"?)(?<v>\d{6,17}|\d{2}-\d{2}-\d{2}|\d{3}-\d{3})(?="?(?:[,;\t|\r\n]|$))/,
    mask: 'tail',
    validate: (v, ctx) => {
      const kind = bankColumnAt(ctx.text, ctx.start, ctx.end);
      if (kind === 'sort') return /^\d{6}$|-/.test(v) && v.replace(/-/g, '').length === 6 && !/^(\d)\1+$/.test(v.replace(/-/g, ''));
      if (v.includes('-')) return false;
      if (kind === 'routing') return v.length === 9 && abaChecksumOk(v);
      return kind === 'account' && plausibleAccount(v);
    },
    remediation: 'Remove bank routing and account numbers from exported or logged tables',
  }),
];
