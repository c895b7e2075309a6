import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet78 } from '../../helpers/blind-set-78';
import { formatOk78 } from '../../helpers/blind-set-78-format';

/**
 * Sealed blind set 78: personal and financial data inside the objects of mainstream SaaS and payment APIs as
 * integration error logs print them (SDK exceptions, request/response bodies, webhook payloads, Bulk API CSV results,
 * Go url.Values, Ruby/Python reprs, XML integration logs) from Stripe, Adyen, Braintree, PayPal, Square, Plaid,
 * Salesforce, HubSpot, Zendesk, Intercom, Mailchimp, Segment, Twilio, SendGrid, Mailgun, Shopify, DocuSign, Okta, Auth0,
 * BambooHR, Workday, Gusto, QuickBooks and Xero. Planted: people of US, UK, DE, FR, ES, IT, NL, BR, MX, IN, JP, AU, CA
 * (names, personal mail, national-format and E.164 phones, home street lines, birth dates, end-user IPs, SSN, NINO,
 * Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, CPF, CURP, Aadhaar/PAN, My Number, TFN, SIN), cards, IBANs, ABA routing
 * and account numbers, sort codes, BSBs, transit numbers, CLABEs, and the providers' keys and tokens in the same logs
 * (inline, Basic auth, and settings dumps printed on failure). Negatives: the same objects with ids, last4/brand/expiry,
 * masked or redacted values, placeholders and env references, public client ids and publishable keys, company
 * addresses/phones/mailboxes, documented test and sandbox values, counts and timestamps under secret-ish key names.
 * Seed 1: 495 positives, 5308 values (2893 credential, 1732 personal, 683 financial), 240 negatives.
 * First sight (lead, 1662 detectors): seeds 1–3 97.4–97.5 % of values fully covered (credential 99.2 %, personal 93.3–93.5 %,
 * financial 100 %), 31.7–32.1 % of negatives flagged (77/240: company phones and addresses in business objects, a
 * `{email}/token:{api_token}` template, Plaid's sandbox bank numbers, DocuSign integration keys).
 * After round r78 (8 detectors in providers-r78.ts; business-records.ts: a phone, street line or postcode in a business's
 * own record is public — a legal-form name, a business name key, a business type or the value's own company key, and no
 * person's key, name, mailbox or object key in the object; name-echoes.ts: a name split into first/last members is found where the log writes it whole;
 * placeholder templates, published sandbox bank numbers and DocuSign integration keys are no leak; Adyen keys with a comma
 * in their last part): seeds 1–3 99.96–100.0 % of values fully covered (credential 100.0 %, personal 99.88–100.0 %,
 * financial 100.0 %), 0.0 % of negatives flagged. Left: customers' US toll-free numbers (`+1 833 …`, `(888) …`), which
 * Herald reports as a company's line by design.
 */
describeBlindSet({ n: 78, build: buildBlindSet78, formatOk: formatOk78, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.999, minByGroup: { credential: 0.999, personal: 0.998, financial: 0.999 }, maxFlagged: 0.005 });
