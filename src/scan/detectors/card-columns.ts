import { csvColumnAt, HEADER_REACH } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext, Verdict } from '../detector';
import { keyWords } from '../key-names';
import { cardNear, validateCvc } from './financial';

/** Column names of a card's security code (`cvv`, `cvc2`, `card_cvv`, `security_code`) and of its expiry (`exp`, `expiry_date`, `card_exp`). */
const CVC_COLUMN = /^(?:(?:card|cc|credit)[_ -]?)?(?:cvv2?|cvc2?|csc|cid|cvn|security[_ -]?code|card[_ -]?code)$/i;
const EXPIRY_COLUMN = /^(?:(?:card|cc|credit)[_ -]?)?(?:exp|expiry|expiration|expires|exp[_ -]?date|expiry[_ -]?date|expiration[_ -]?date|valid[_ -]?thru)$/i;

/**
 * Header literals: each name beside a delimiter or a quote (a name inside a longer one counts: `,cvv` opens `,cvv2`,
 * `cvv,` ends `card_cvv,`); `exp` only between two delimiters or quoted. Few, since a larger automaton costs every character.
 */
const NAMES = ['cvv', 'cvc', 'csc', 'security_code', 'expiry', 'expiration', 'exp_date', 'card_exp'];
const KEYWORDS = [
  ...NAMES.flatMap((n) => [...[',', ';', '\t', '|'].flatMap((sep) => [sep + n, n + sep]), `"${n}`, `${n}"`]),
  ...[',', ';', '\t', '|'].map((sep) => `${sep}exp${sep}`),
  '"exp"',
];

/** A security code or expiry in the card-data column of a table whose row holds a whole card number. */
function cardDataCell(v: string, ctx: MatchContext): Verdict | boolean {
  const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
  if (column === null) return false;
  const name = keyWords(column).join('_');
  const ok = /^\d{3,4}$/.test(v) ? CVC_COLUMN.test(name) : EXPIRY_COLUMN.test(name);
  if (!ok) return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  let lineEnd = ctx.text.indexOf('\n', ctx.start);
  if (lineEnd < 0) lineEnd = ctx.text.length;
  const row = ctx.text.slice(lineStart, lineEnd);
  if (cardNear(row, ctx.start - lineStart) === null) return false;
  return validateCvc(v, ctx);
}

/** Card security codes and expiry dates in exported tables (CSV, TSV, semicolon, pipe) beside a card column. */
export const CARD_COLUMN_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'card-data-csv-column',
    name: 'Card security code or expiry (table column named for it, in a row with a card number)',
    category: 'financial',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: KEYWORDS,
    // `card_number,exp,cvv,holder` then `4111…,04/27,123,Jane Roe`: the header names the column, the row holds the card.
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>\d{3,4}|(?:0?[1-9]|1[0-2]) ?[/-] ?(?:20)?\d{2})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: cardDataCell,
    remediation: 'Remove card security codes and expiry dates from exported or logged tables (PCI DSS forbids storing the code)',
  }),
];
