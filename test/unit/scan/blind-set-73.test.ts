import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet73 } from '../../helpers/blind-set-73';
import { formatOk73 } from '../../helpers/blind-set-73-format';

/** Sealed blind set 73: personal data across 50 countries in a global company's integration logs (CRM upserts, billing,
 * KYC/ID checks, address validation, courier label APIs, HRIS sync diffs and payroll files, payouts and bank files,
 * support/email/SMS webhooks, CSV import reports, SQL/GraphQL/queue errors) and the credentials of the services moving it.
 * 138 positive templates (2–12 cases each), 45 negative templates (4 each); seed 1: 781 positives, 3754 values (2005 credential, 1251 personal,
 * 498 financial), 180 negatives.
 *
 * After round r73 (27 detectors, src/scan/detectors/global-r73.ts, global-r73-names.ts, global-r73-records.ts,
 * global-r73-binds.ts; general fixes: Australia's ACMA fictional numbers, a company's address in a company-only record,
 * bank codes on a bank directory's refresh line, an EIN beside a company's registry numbers, a company name cut at its
 * legal form's dot, phone layouts inside an IBAN-shaped run, the Twilio SID:token pair over the public SID): seeds 1–3
 * 96.9–97.5 % (credential 99.4–99.5 %, personal 91.6–93.5 %, financial 100 %), 0 % flagged (first sight: 88.3–89.0 %,
 * 8.9–11.1 % flagged). Left: names in fixed-width NACHA entries and after an IBAN in a free row (no key, no delimiter),
 * names in multipart bodies and free-text requests, addresses in other countries' shapes inside free text or geocoder
 * queries (`Carrera 7 …`, `Jl. …`, `Flat …, 13th Cross`), a few national ids without their key, SendGrid's
 * `verification_key` (the writer counts it; it is a public ECDSA key by SendGrid's design, which Herald keeps readable),
 * a key under a bare vendor name (`seon=…`), an Adyen key's odd tail characters.
 */
describeBlindSet({ n: 73, build: buildBlindSet73, formatOk: formatOk73, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.965, minByGroup: { credential: 0.99, personal: 0.91, financial: 0.99 }, maxFlagged: 0.005 });
