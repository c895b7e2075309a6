import { birthKey, plausibleBirthDate } from '../birth-dates';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { abaValid, cardBrand, luhnValid } from '../validators';
import { validateCvc } from './financial';

/**
 * Values a record prints without their column names: a database's failing row (`DETAIL: Failing
 * row contains (…)`), a CSV line, a table row without a header rule, a DataFrame print. The
 * record's own shape says what a value is: a security code between a card and its expiry, a
 * routing number and an account before the account type, a date under a `dob` column.
 */

/** Between two items of a row: a comma, semicolon, pipe or tab with spaces around, or 1–3 spaces. */
const ITEM = String.raw`(?:[ \t]{0,20}[,;|\t][ \t]{0,20}|[ \t]{1,3})`;
/** An expiry as records write it: `12/29`, `1/2029`, `13/27` (a row rejected for its expiry is still a card's). */
const EXPIRY = String.raw`\d{1,2}/(?:20)?\d{2}`;

/** True when the record at `ctx` starts with a whole card number (brand and Luhn). */
function startsWithCard(ctx: MatchContext): boolean {
  const m = /^[\d -]{13,23}/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
  const digits = (m?.[0] ?? '').replace(/\D/g, '');
  return digits.length >= 13 && digits.length <= 19 && cardBrand(digits) !== null && luhnValid(digits);
}

/**
 * True when `header` is an aligned table's header line (3+ names apart by 2+ spaces) with a
 * birth-date column over the date at [start, end) of its row: the name ends where the date ends
 * (pandas right-aligns) or starts where it starts, or both are the last of their lines (a print
 * whose rows outgrew the header's widths).
 */
function birthColumnOver(header: string, start: number, end: number, lastOfRow: boolean): boolean {
  const names = [...header.matchAll(/\S+/g)];
  if (names.length < 3 || !/\S {2,}\S/.test(header)) return false;
  return names.some((m, i) => birthKey(m[0]) && (m.index + m[0].length === end || m.index === start || (lastOfRow && i === names.length - 1)));
}

/** True when the date at `ctx` sits in an aligned table (pandas, `column -t`) under a birth-date column of a header line above it. */
function underBirthColumn(ctx: MatchContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (!/ {2}$/.test(ctx.text.slice(Math.max(lineStart, ctx.start - 2), ctx.start))) return false;
  const lineEnd = ctx.text.indexOf('\n', ctx.end);
  const lastOfRow = /^[ \t\r]*$/.test(ctx.text.slice(ctx.end, lineEnd < 0 ? ctx.text.length : lineEnd));
  let end = lineStart - 1;
  for (let i = 0; i < 40 && end > 0; i++) {
    const s = ctx.text.lastIndexOf('\n', end - 1) + 1;
    if (birthColumnOver(ctx.text.slice(s, end), ctx.start - lineStart, ctx.end - lineStart, lastOfRow)) return true;
    end = s - 1;
  }
  return false;
}

/** Financial and personal values identified by their place in a record. */
export const RECORD_TUPLE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'card-record-cvc',
    name: 'Card security code (between a card number and its expiry in a record)',
    category: 'financial',
    severity: 'high',
    priority: 68,
    confidence: 0.85,
    shape: 'card',
    // `(830887, null, 2267512357220217, 142, 12/29, …)`, `| 4381508603311534 | 12/27 | 328 |`, `4111…,12/27,123`.
    pattern: new RegExp(String.raw`(?<![\w.-])(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7})${ITEM}(?:${EXPIRY}${ITEM}(?<v>\d{3,4})|(?<w>\d{3,4})${ITEM}${EXPIRY})(?![\d/.])`),
    mask: 'full',
    validate: (v, ctx) => startsWithCard(ctx) && validateCvc(v, ctx),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
  defineDetector({
    id: 'ach-record-account',
    name: 'Bank routing and account number (a record with the account type)',
    category: 'financial',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: ['checking', 'savings'].flatMap((w) => [`, ${w}`, `,${w}`, `| ${w}`, `\t${w}`, `'${w}'`, `"${w}"`]),
    // `Failing row contains (89422, Hollis Creek Farms, 010746613, 607849504309, checking, …)`: routing and
    // account (either order) right before the account type, quoted or not. Both numbers are the value.
    pattern: new RegExp(String.raw`(?<![\w.-])["']?(?<v>\d{9}["']?${ITEM}["']?\d{4,17}|\d{4,17}["']?${ITEM}["']?\d{9})["']?${ITEM}["']?(?:checking|savings)\b`, 'i'),
    mask: 'full',
    validate: (v) => v.split(/[^\d]+/).some((d) => d.length === 9 && abaValid(d)),
    remediation: 'Remove bank account and routing numbers from logged rows (log a payout id instead)',
  }),
  defineDetector({
    id: 'aligned-birth-date',
    name: 'Date of birth in an aligned table (DataFrame print) under a birth-date column',
    category: 'personal',
    severity: 'medium',
    priority: 52,
    confidence: 0.8,
    keywords: ['dob', 'birth'],
    span: 4000,
    spanBack: 1,
    // pandas right-aligns a column under its name: `   customer_id  …  dob` then `0  15345 … 2000-02-25`.
    pattern: /(?<![\w./-])(?<v>(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2})(?![\w/.-])/,
    mask: 'full',
    validate: (v, ctx) => plausibleBirthDate(v) && underBirthColumn(ctx),
    remediation: 'Do not print DataFrames with customer rows into logs (log row counts and ids instead)',
  }),
];
