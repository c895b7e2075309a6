import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round c30: Google Ads customer ids (`156-672-1467`: 3-3-4 digits, like a NANP phone) are account ids,
 * not phones. Told by where they stand: under a `customer_id` key or CSV column, or on a line with Google
 * Ads' own words (`cost_micros`, `login-customer-id`, `customers/1234567890`, `googleads`, `adwords`).
 * Reported as public (no leak) and preferred to the phone detectors on the same span.
 */

/** Google Ads' own words around its reports, API calls and errors. */
const ADS_MARKERS = /cost_micros|login[-_]customer[-_]id|customers\/\d{10}\b|google[ ._-]?ads|adwords|linked[-_]customer[-_]id|client[-_]?customer[-_]?id/i;

/** A key of a customer id right before the value (`customer_id=`, `"customerId":"`, `login-customer-id: `). */
const CUSTOMER_ID_KEY = /customer[-_ ]?id["']?\s{0,2}[:=]\s{0,2}["']?$/i;

/** A column name of a customer id (`customer_id`, `customer.id`, `Customer ID`). */
const CUSTOMER_ID_COLUMN = /^\s*["']?(?:client_)?customer[-_. ]?id["']?\s*$/i;

/**
 * The header line over the cell at `start` whose columns name a customer id (the first line up to 40 lines and
 * 4,000 characters above, in the same window, with `customer` and `id` in it and no 3-3-4 value), and the
 * cell's column name in it; null when there is none.
 */
function customerIdHeader(text: string, start: number): { line: string; column: string } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const sep = before.includes('\t') ? '\t' : before.includes(',') ? ',' : before.includes('|') ? '|' : ',';
  const col = before.split(sep).length - 1;
  let end = lineStart - 1;
  // The header at most 40 lines and 4,000 characters above (what the keyword's window, 4,200 long, reaches).
  for (let n = 0; n < 40 && end > 0; n++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    if (start - from > 4000) return null;
    const line = text.slice(from, end);
    if (/customer/i.test(line) && /id\b/i.test(line) && line.includes(sep) && !/\d{3}-\d{3}-\d{4}/.test(line)) {
      return { line, column: line.split(sep)[col] ?? '' };
    }
    end = from - 1;
  }
  return null;
}

/** The line holding `[start, end)`. */
function lineAround(text: string, start: number, end: number): string {
  const to = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, to < 0 ? text.length : to);
}

/** Google Ads' words a report's header line holds (each a keyword of the column detector). */
const ADS_HEADER = /cost_micros|google[ ._-]?ads|adwords/i;

/** True when the customer-id column's header (see customerIdHeader) holds Google Ads' words too. */
function adsHeaderColumn(text: string, start: number): boolean {
  const h = customerIdHeader(text, start);
  return h !== null && ADS_HEADER.test(h.line) && CUSTOMER_ID_COLUMN.test(h.column);
}

export const AD_ID_C30_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'google-ads-customer-id',
    name: 'Google Ads customer id (3-3-4 digits; an account id, not a phone)',
    category: 'personal',
    severity: 'low',
    priority: 47.5,
    confidence: 0.8,
    keywords: ['customer_id', 'customer-id', 'customerid', 'customer id', 'cost_micros', 'customers/', 'googleads', 'google ads', 'google_ads', 'google.ads', 'google-ads', 'adwords'],
    needsShape: 'phone', // `845-062-8374` is a phone-shaped run: a line without one (a SQL log's `customer_id`) has no match
    // `login-customer-id: 845-062-8374`, `"customer_id":"845-062-8374"`, `cost_micros for 924-650-8430 up 261%`.
    pattern: /(?<![\w+\/#.-])\d{3}-\d{3}-\d{4}(?![\w-])/,
    mask: 'full',
    validate: (_v, ctx) =>
      CUSTOMER_ID_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || ADS_MARKERS.test(lineAround(ctx.text, ctx.start, ctx.end))
        ? { ok: true, public: true, severity: 'low' }
        : false,
    remediation: 'No action needed: a Google Ads customer id is an account id, not personal data',
  }),
  defineDetector({
    id: 'google-ads-customer-id-column',
    name: "Google Ads customer id in a report's customer_id column (an account id, not a phone)",
    category: 'personal',
    severity: 'low',
    priority: 46.5,
    confidence: 0.8,
    // Only a header with Google Ads' words opens the window (a `customer_id` alone is in every service log).
    keywords: ['cost_micros', 'googleads', 'google ads', 'google_ads', 'google.ads', 'google-ads', 'adwords'],
    span: 4200,
    // `customer_id,campaign_id,impressions,cost_micros\n156-672-1467,12847634081,…`.
    pattern: /(?<![^\n,\t|])\d{3}-\d{3}-\d{4}(?=[,\t|\r\n]|$)/,
    mask: 'full',
    validate: (_v, ctx) => (adsHeaderColumn(ctx.text, ctx.start) ? { ok: true, public: true, severity: 'low' } : false),
    remediation: 'No action needed: a Google Ads customer id is an account id, not personal data',
  }),
];
