import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { bankColumnAt } from '../csv-header';
import { abaValid, isLowEntropy } from '../validators';

/** A routing word then (within a few characters) nine digits: `routing 021000021`, `"routing":"021000021"`. */
const ROUTING_NEAR = /(?:routing|\baba\b|\brtn\b)[^0-9\n]{0,24}(\d{9})(?!\d)/gi;

/** True when a valid ABA routing number, named as one, lies within 200 characters of the value. */
function routingNear(ctx: MatchContext): boolean {
  const from = Math.max(0, (ctx.matchStart ?? ctx.start) - 200);
  const window = ctx.text.slice(from, ctx.end + 200);
  for (const m of window.matchAll(ROUTING_NEAR)) if (abaValid(m[1]!) && from + m.index + m[0].length !== ctx.end) return true;
  return false;
}

/** An account number's digits: not one repeated digit, not a run (`123456789`). */
function plausibleAccount(v: string): boolean {
  return !isLowEntropy(v);
}

/** Header literals: a bank column's name after or before a delimiter, quoted or not. */
const CSV_KEYWORDS = ['routing', 'account', 'acct', 'aba'].flatMap((name) => [',', ';', '\t', '|'].flatMap((sep) => [sep + name, `${sep}"${name}`, name + sep, `${name}"${sep}`]));

/** Bank account and routing numbers known by their neighbours: a routing number beside, or a CSV header above. */
export const BANK_ACCOUNT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-beside-routing',
    name: 'Bank account number (beside a routing number)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    keywords: ['account', 'acct'],
    // Plaid `{"account":"…","routing":"…"}`, ACH prose `routing 021000021 account 123456789`: the bare
    // `account` key or word names a bank account only beside a routing number.
    pattern: rei`(?<![A-Za-z])(?:bank[_ .-]?)?(?:account|acct)(?:[_ .-]?(?:number|num|no|nr|#))?(?:${SEP}|\s{1,3})(?<v>\d{6,17})(?![\d])`,
    mask: 'tail',
    validate: (v, ctx) => plausibleAccount(v) && routingNear(ctx),
    remediation: 'Remove this bank account number (and the routing number next to it) from the logs',
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
    pattern: /(?<=[\n,;\t|]"?)(?<v>\d{6,17})(?="?(?:[,;\t|\r\n]|$))/,
    mask: 'tail',
    validate: (v, ctx) => {
      const kind = bankColumnAt(ctx.text, ctx.start, ctx.end);
      if (kind === 'routing') return v.length === 9 && abaValid(v);
      return kind === 'account' && plausibleAccount(v);
    },
    remediation: 'Remove bank routing and account numbers from exported or logged tables',
  }),
];
