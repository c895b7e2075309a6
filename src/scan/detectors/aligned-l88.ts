import { alignedColumnAt, alignedHeaderAt } from '../aligned-tables';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid, isLowEntropy } from '../validators';
import { NAME_COLUMN, personLike } from './paired-names';

/**
 * Lead round l88 (blind set 87's left class, in general form): people's names and bank numbers in a space-aligned table
 * whose header names the column (a payroll system's direct-deposit register, a fixed-width report):
 * `EMP ID  NAME              ROUTING    ACCOUNT      TYPE` over `486200  TREMBLAY MEI      312562362  719982471    SAV`.
 * The column comes from the header (aligned-tables.ts); the cell must be a whole cell of the row.
 */

/** Where an aligned cell starts: the line's start (after indentation), two or more spaces, or a tab. */
const CELL_START = String.raw`(?<=(?:^|\n)[ \t]*|[^ \t\n] {2,}|\t)`;
/** Where it ends: two or more spaces, a tab or the line's end. */
const CELL_END = String.raw`(?= {2,}|\t|[ \t]*\r?$|[ \t]*\n)`;
/** Two to four name words, upper or title case. */
const NAME = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f'’-]{1,24}(?: [A-ZÀ-ÖØ-Þ\u0100-\u017f][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f'’-]{1,24}){1,3}`;

/** Title case of each upper-case word (`TREMBLAY MEI` → `Tremblay Mei`), for the name checks. */
const titled = (v: string): string => v.replace(/[^\s]+/g, (w) => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w));

/** Columns of a person's record: with one of them, a bare `NAME` column names people. */
const PERSONAL_COLUMN = /routing|account|acct|iban|ssn|sin|nino|e-?mail|phone|mobile|dob|birth|salary|wage|net pay|gross|emp(?:loyee)? ?(?:id|no|#)|member|patient|mrn|address/;

const ROUTING_COLUMN = /^(?:routing|routing ?(?:no|number|#)|aba|aba ?(?:no|number|#)|rtn|transit|bank ?routing|routing_number)$/;
const ACCOUNT_COLUMN = /^(?:account|acct|account ?(?:no|number|#)|acct ?(?:no|number|#)|dda|bank ?account|account_number)$/;

/** Header words whose column these detectors read, each before the two spaces that end an aligned header cell. */
const headerKeywords = (words: string[]): string[] => words.flatMap((w) => [`${w}  `, `${w}\t`]);

export const ALIGNED_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-aligned-column',
    name: "Person's name in a space-aligned table under a header naming it (a direct-deposit register's `NAME` column)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: headerKeywords(['name', 'holder', 'employee', 'payee', 'beneficiary', 'customer', 'recipient']),
    span: 6000,
    pattern: new RegExp(`${CELL_START}(?<v>${NAME})${CELL_END}`),
    mask: 'full',
    validate: (v, ctx) => {
      const h = alignedHeaderAt(ctx.text, ctx.start, ctx.end);
      if (h === null || !NAME_COLUMN.test(h.names[h.col]!) || !personLike(titled(v))) return false;
      // A bare `NAME` column is any listing's (`kubectl get`, `docker ps`): a person's only beside a column of theirs.
      return h.names[h.col] !== 'name' || h.names.some((n) => PERSONAL_COLUMN.test(n));
    },
    remediation: 'Print registers with names masked, or keep them out of alert logs: each row names a person and their account',
  }),
  defineDetector({
    id: 'aba-routing-aligned-column',
    name: 'US routing number in a space-aligned table under a routing column (a direct-deposit register)',
    category: 'financial',
    severity: 'medium',
    priority: 41,
    confidence: 0.8,
    keywords: headerKeywords(['routing', 'aba', 'rtn', 'transit']),
    span: 6000,
    pattern: new RegExp(`${CELL_START}(?<v>\\d{9})${CELL_END}`),
    mask: 'tail',
    validate: (v, ctx) => {
      if (!abaValid(v)) return false;
      const column = alignedColumnAt(ctx.text, ctx.start, ctx.end);
      return column !== null && ROUTING_COLUMN.test(column);
    },
    remediation: 'Print registers with bank numbers masked, or keep them out of alert logs',
  }),
  defineDetector({
    id: 'bank-account-aligned-column',
    name: 'Bank account number in a space-aligned table under an account column (a direct-deposit register)',
    category: 'financial',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: headerKeywords(['account', 'acct', 'dda']),
    span: 6000,
    pattern: new RegExp(`${CELL_START}(?<v>\\d{4,17})${CELL_END}`),
    mask: 'tail',
    validate: (v, ctx) => {
      if (isLowEntropy(v)) return false;
      const column = alignedColumnAt(ctx.text, ctx.start, ctx.end);
      return column !== null && ACCOUNT_COLUMN.test(column);
    },
    remediation: 'Print registers with bank numbers masked, or keep them out of alert logs',
  }),
];
