import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid } from '../validators';

/** Record type 6 and a transaction code of a live checking or savings entry (credit 22/32, prenote 23/33, debit 27/37, prenote 28/38). */
const ENTRY = String.raw`(?:^|\n)6[23][2378]`;

/**
 * True when the entry-detail record starting at `at` is read from a NACHA file: the record is
 * 94 characters long, or the text holds the file header (`101 `) or a batch header (`5200`, `5220`, `5225`).
 */
function nachaRecord(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  const line = text.slice(at, nl === -1 ? text.length : nl).replace(/\r$/, '');
  if (line.length === 94 && /^6\d{11}[0-9A-Za-z -]{17}\d{10}/.test(line)) return true;
  return /(?:^|\n)101 [ \d]\d{8}[ \d]{10}\d{6}/.test(text) || /(?:^|\n)52(?:00|20|25)[A-Za-z0-9 ]{16}/.test(text);
}

/** Keywords: the record type and transaction code the record starts with. */
const CODES = ['622', '623', '627', '628', '632', '633', '637', '638'];

/** The receiving bank's routing number and the account number of NACHA (ACH) entry-detail records, read by position. */
export const NACHA_ENTRY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'nacha-entry-routing-number',
    name: 'ABA routing number in a NACHA entry-detail record',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: CODES,
    lineStart: true,
    span: 120, // the window reaches back to the file and batch headers of a short file (spanBack)
    spanBack: 4,
    // Positions 4-12 of a type-6 record: the receiving DFI's 8 digits and the check digit (`622 07499496 4 9638722584…`).
    pattern: new RegExp(String.raw`${ENTRY}(?<v>\d{9})(?=[0-9A-Za-z -]{17}\d{10})`),
    mask: 'full',
    validate: (v, ctx) => abaValid(v) && nachaRecord(ctx.text, ctx.start - 3),
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
  defineDetector({
    id: 'nacha-entry-account-number',
    name: 'Bank account number in a NACHA entry-detail record',
    category: 'financial',
    severity: 'high',
    priority: 46,
    confidence: 0.8,
    keywords: CODES,
    lineStart: true,
    span: 120, // the window reaches back to the file and batch headers of a short file (spanBack)
    spanBack: 4,
    // Positions 13-29: the DFI account number, left-justified and padded with spaces, then the 10-digit amount.
    pattern: new RegExp(String.raw`${ENTRY}\d{9}(?<v>[0-9A-Za-z-]{4,17}) {0,13}(?=\d{10})`),
    mask: 'full',
    validate: (v, ctx) => {
      const field = ctx.text.slice(ctx.start, ctx.start + 17);
      return field.trimEnd() === v && /\d{4}/.test(v) && !/^0+$/.test(v) && /^\d{10}/.test(ctx.text.slice(ctx.start + 17)) && abaValid(ctx.text.slice(ctx.start - 9, ctx.start)) && nachaRecord(ctx.text, ctx.start - 12);
    },
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
];
