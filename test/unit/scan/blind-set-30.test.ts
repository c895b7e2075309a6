import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet30 } from '../../helpers/blind-set-30';
import { formatOk30 } from '../../helpers/blind-set-30-format';

/**
 * Sealed blind set 30: marketing, CRM and customer-data platforms — Salesforce (REST, Bulk, Marketing
 * Cloud, Pardot), HubSpot, Marketo, Mailchimp/Mandrill, SendGrid, Postmark, Mailgun/SES, Braze,
 * Iterable, Klaviyo, Customer.io, Intercom, Zendesk, Gong, Outreach, Segment, RudderStack, mParticle,
 * Hightouch, Census, Google Ads, Meta, LinkedIn, TikTok, lead forms and list imports, consent logs,
 * and billing syncs (Chargebee, Recurly, Zuora, Stripe, GoCardless). Provider tokens in their
 * documented shapes and headers, contacts of fifteen countries (phones in national, international
 * and E.164 form, addresses, dates of birth, national ids with check digits, passports, licences),
 * cards and bank accounts, planted raw, percent-encoded, JSON-escaped, base64 in Basic auth, SMTP
 * AUTH and Kubernetes secrets; negatives are the domain's look-alikes (record ids, hashed emails
 * for ad APIs, click ids, masked cards, publishable and public keys, placeholders, digests).
 * 136 positive templates x 5 draws, 44 negative templates x 4 draws. Size measured for seeds 1-3 (identical
 * for each): 680 positives, 2,150 values (credential 1,195 = 55.6 %, personal 643-645 = 30.0 %,
 * financial 310 = 14.4 %), 176 negatives.
 * First sight (lead, 2026-12-05 20:35 UTC, main 5060eb1, 712 detectors, no round aimed at it): seeds 1–5 94.0–94.4 %
 * covered (credential 96.2, personal 91.6–92.6, financial 90.0–92.9), 4.5–5.1 % flagged.
 * After round c30 (tuned on seed 1, then on the misses of seeds 2–5, an upper bound; 738 detectors): seeds 1–5
 * 99.95–100 % covered (credential 99.9–100 %, personal 99.8–100 %, financial 100 %), 2.3 % flagged (4 of 176: the
 * public IPv4 sending servers of a DMARC aggregate report, flagged by the project's convention). Left: one TSV
 * row's name whose passport cell has too few digits to read as an id, a 22-letter Mandrill key without digits.
 * Floors sit under these figures.
 */
describeBlindSet({ n: 30, build: buildBlindSet30, formatOk: formatOk30,
  minSize: { positives: 675, values: 2140, negatives: 176 },
  minCovered: 0.995, minByGroup: { credential: 0.995, personal: 0.99, financial: 0.995 }, maxFlagged: 0.03 });
