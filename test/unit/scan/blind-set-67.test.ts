import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet67 } from '../../helpers/blind-set-67';
import { formatOk67 } from '../../helpers/blind-set-67-format';

/** Sealed blind set 67: accounting, billing and subscription integrations as their sync failures reach an alert (QuickBooks Online, Xero, NetSuite SuiteTalk/RESTlets with TBA and M2M keys, Sage Intacct, FreshBooks, Chargebee, Recurly, Zuora, Paddle, Stripe Billing invoices and dunning, Avalara/TaxJar, Bill.com, Expensify, Ramp/Brex card feeds, Plaid/Yodlee bank feeds, Gusto/ADP payroll exports into the ledger), carrying OAuth tokens, consumer and token secrets, API keys, webhook secrets, passwords and connection strings, and customer, vendor and employee data (names, emails, phones, addresses, birth dates, SSN/ITIN/EIN/NINO/SIN/VAT ids, passports, public IPs, cards, IBANs, routing, sort codes and account numbers); ids `67-<source>/<t>-<k>`; seed 1: 630 positives from 105 templates, 1986 values (1026 credential, 684 personal, 276 financial), 172 negatives from 43 templates. *
 * First sight (lead, 2026-12-06 22:20 UTC, on the build after rounds r60–r65 and the encoded-run rules, nothing aimed at it):
 * seeds 1–3 87.5 % of values fully covered (credential 87.6 %, personal 89.3–89.5 %, financial 82.6 %), 0–0.6 % of negatives flagged. Floors under it.
 */
describeBlindSet({ n: 67, build: buildBlindSet67, formatOk: formatOk67, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.87, minByGroup: { credential: 0.87, personal: 0.89, financial: 0.82 }, maxFlagged: 0.01 });
