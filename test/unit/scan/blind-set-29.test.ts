import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet29 } from '../../helpers/blind-set-29';
import { formatOk29 } from '../../helpers/blind-set-29-format';

/**
 * Sealed blind set 29: consumer mobile apps and travel bookings — crash reports, push, app stores,
 * analytics, sign-in, in-app payments, GDS/NDC/PNR/APIS, hotel PMS, car rental and support exports.
 * Size measured for seeds 1–3: 470 positives from 94 templates
 * (5 each), 160 negatives from 40 templates (4 each); values 1,759 / 1,755 / 1,726 (credential 930 / 923 / 906,
 * personal 583 / 589 / 578, financial 246 / 243 / 242), i.e. about 53 % credential, 33 % personal, 14 % financial.
 *
 * First sight (measured by the lead, 2026-12-05 18:48 UTC, on main after rounds fp28, h28 and gh28, 712 detectors,
 * none aimed at this set; the author never ran the scanner, never read src/scan, the docs or another set): seeds
 * 1-3 90.2-90.9 % of values fully covered (credential 92.0-93.0 %, personal 85.1-85.7 %, financial 94.6-95.9 %),
 * 8.1-10.0 % of negatives flagged (12 of them device push tokens: APNs tokens under device_token/token, FCM
 * registration tokens). After one general rule (push tokens are identifiers: push-tokens.test.ts), the same
 * coverage and 3.1-5.0 % flagged. Floors sit under these figures.
 *
 * After round h29 (general rules for the set's miss classes: PNR name elements and APIS SSR DOCS/DOCO/DOCA, redress
 * numbers, NDC/OTA identity documents and SeriesCode, Klarna/Mews/AppsFlyer keys, property lists, Postman exports,
 * Swift optionals, JSON-escaped PEM tails, 64-hex vendor keys, letters-only shared secrets, names in metadata blocks
 * and capitalised bank records, addresses in customers' prose; OneSignal device tokens, support lines and `VAT Reg.`
 * numbers not leaks): seeds 1-5 99.5-99.7 % covered (credential 99.0-99.5 %, personal 100 %, financial 100 %),
 * 0 % flagged. Left: a Gorgias key in prose (`export uploaded with key <64 hex>`) and under an unquoted camelCase
 * `gorgiasKey=` (not woken: `key=` alone would wake every cache line), and a few letters-only secrets that read as words.
 *
 * 2026-12-06, round r48: this set counts frequent-flyer numbers in a loyalty accrual log (`[loyalty] accrual posted
 * member=743418210 programme=LH tier=GOLD`) as look-alikes; set 48 counts the same numbers as a member's personal data,
 * and the scanner now follows set 48 (a loyalty number is a customer's account number: with a surname it signs in and
 * spends miles). Those four look-alikes (2.5 %) are flagged by that convention; the floor allows them.
 */
describeBlindSet({
  n: 29,
  build: buildBlindSet29,
  formatOk: formatOk29,
  minSize: { positives: 465, values: 1640, negatives: 160 },
  minCovered: 0.993,
  minByGroup: { credential: 0.988, personal: 0.995, financial: 0.995 },
  maxFlagged: 0.03,
});
