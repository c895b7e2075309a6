import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet67 } from '../../helpers/blind-set-67';
import { formatOk67 } from '../../helpers/blind-set-67-format';

/** Sealed blind set 67: accounting, billing and subscription integrations as their sync failures reach an alert (QuickBooks Online, Xero, NetSuite SuiteTalk/RESTlets with TBA and M2M keys, Sage Intacct, FreshBooks, Chargebee, Recurly, Zuora, Paddle, Stripe Billing invoices and dunning, Avalara/TaxJar, Bill.com, Expensify, Ramp/Brex card feeds, Plaid/Yodlee bank feeds, Gusto/ADP payroll exports into the ledger), carrying OAuth tokens, consumer and token secrets, API keys, webhook secrets, passwords and connection strings, and customer, vendor and employee data (names, emails, phones, addresses, birth dates, SSN/ITIN/EIN/NINO/SIN/VAT ids, passports, public IPs, cards, IBANs, routing, sort codes and account numbers); ids `67-<source>/<t>-<k>`; seed 1: 630 positives from 105 templates, 1986 values (1026 credential, 684 personal, 276 financial), 172 negatives from 43 templates. *
 * First sight (lead, 2026-12-06 22:20 UTC, on the build after rounds r60–r65 and the encoded-run rules, nothing aimed at it):
 * seeds 1–3 87.5 % of values fully covered (credential 87.6 %, personal 89.3–89.5 %, financial 82.6 %), 0–0.6 % of negatives flagged. Floors under it.
 * After round r67 (16 detectors, src/scan/detectors/accounting-r67.ts and accounting-r67b.ts; `realm=` an id word of the card rule):
 * seeds 1–3 96.7 % (credential 95.3 %, personal 97.4 %, financial 100.0 %), 0 % flagged; left: the 48 whole DB connection
 * strings per seed (Herald redacts their password and keeps user and host by design) and 18 names in prose or a company field
 * (`existing user … owns this email`, `replacement card for … - <PAN>`, FreshBooks `"organization":"<the client's name>"`).
 */
describeBlindSet({ n: 67, build: buildBlindSet67, formatOk: formatOk67, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.96, minByGroup: { credential: 0.95, personal: 0.97, financial: 0.99 }, maxFlagged: 0.01 });
