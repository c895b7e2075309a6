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
 */
describeBlindSet({ n: 30, build: buildBlindSet30, formatOk: formatOk30,
  minSize: { positives: 0, values: 0, negatives: 0 },
  minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
