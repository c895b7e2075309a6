/**
 * Sealed blind set 26: the global commerce desk. Error logs and payloads that a company selling
 * worldwide sends to Datadog from its payment, commerce, messaging, logistics, tax and ERP
 * integrations, printed the way the providers' SDKs and the frameworks print them (Logback with MDC,
 * log4j2 JSON, Serilog/ILogger, Laravel/Monolog, Magento exception.log, Rails/Sidekiq, Python
 * logging/structlog, zap/logrus, pino/winston, Envoy/nginx, k8s, SQL with bound params, SOAP/XML,
 * OData, IDoc, EDI, CSV, webhook and retry-queue dumps, SMTP transcripts).
 *
 * DECISIONS (what counts as a leak, as a user or an auditor reading the Slack channel would expect):
 * - Credentials are leaks whether live or test/sandbox: secret API keys (Mollie live_/test_, Paystack
 *   sk_test_, Flutterwave FLWSECK_TEST-…), access and refresh tokens, OAuth client secrets, webhook
 *   signing secrets, passwords (in DSNs, env dumps, XML, form bodies), private keys (the base64 body of
 *   a PEM/.p8, planted without its BEGIN/END lines), session cookies, Basic credentials (the base64
 *   blob is planted as one value), and derived secrets that work as-is (M-Pesa STK Password =
 *   base64(shortcode+passkey+time), B2C SecurityCredential). A test key still opens the provider's
 *   test account, which holds real customers' names and e-mails often enough to rotate it.
 * - Not leaks: keys public by design (Stripe-style pk_live_/pk_test_, Paystack pk_, Adyen clientKey,
 *   Checkout.com pk_, Razorpay key_id alone, Algolia search-only keys, Mercado Pago public keys, Midtrans
 *   Mid-client-, Xendit xnd_public_, FLWPUBK, Klarna client ids), public keys and certificate serials,
 *   signatures and HMAC outputs (X-Shopify-Hmac-Sha256, Stripe-Signature, Alipay sign: bound to one
 *   payload, not reusable), placeholders (<YOUR_API_KEY>, ${VAR}, changeme, xxxx), the published
 *   Daraja sandbox passkey, provider-documented test card numbers in clearly test/sandbox runs (4242…,
 *   Adyen's 4111 1111 4555 1142 table), masked values (j***@gmail.com, **** 4242), [FILTERED]/
 *   [REDACTED] markers, ids (orders, payments, refunds, disputes, ARNs, IDocs, Salesforce ids),
 *   GS1 codes (EAN, SSCC), tracking numbers (UPS 1Z, DHL, FedEx, S10), invoice numbers, company VAT
 *   numbers, merchant ids, hashes, UUIDs, trace ids, timestamps, amounts, FX rates.
 * - A key identifier that is not itself secret (Razorpay key_id, Vonage api_key, Plivo auth id,
 *   commercetools client_id, Xero/QuickBooks client_id, Avalara account id) is not planted even next
 *   to its secret; the secret is. Redacting it too is harmless.
 * - Personal data: a person's e-mail, phone (E.164 or national), street line of a home address (the
 *   street and house number; city and postcode alone are shared by many and not planted), birth date,
 *   national ids (with valid check digits where the scheme has them), passports, and a person's full
 *   name where it sits in a named field next to other data about them (holder, recipient, customer).
 *   A given name alone is not planted. Rakuten's per-buyer relay address (…@fw.rakuten.ne.jp) is an
 *   e-mail that reaches the buyer and is planted.
 * - Financial data: full card numbers of every scheme (a BIN or last four alone is not), IBANs, bank
 *   account numbers, CLABEs, UPI ids, Alipay buyer user ids (the payer's account id), and a US ABA
 *   routing number when it sits next to an account number (NACHA treats the pair as the payment
 *   identity). Bank directory codes (BIC, IFSC, UK sort code, BSB, agência) are public directory data
 *   and are not planted; a directory lookup holding them alone is a negative.
 * - A value is planted exactly as it must be redacted, encoded as the text carries it (percent, form,
 *   base64, JSON or XML escapes: kind `base~enc`). Expiry dates are not planted (not a leak without the
 *   number). No CVCs are printed.
 */
import { hash9, Rng9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { COMMERCE } from './blind-set-26-commerce';
import { CONFIG } from './blind-set-26-config';
import { ERP } from './blind-set-26-erp';
import { FINANCE } from './blind-set-26-finance';
import { IDENTITY } from './blind-set-26-identity';
import { LOGISTICS } from './blind-set-26-logistics';
import { MESSAGING } from './blind-set-26-messaging';
import { NEG_IDS } from './blind-set-26-neg-ids';
import { NEG_LOGS } from './blind-set-26-neg-logs';
import { NEG_PUBLIC } from './blind-set-26-neg-public';
import { PAYMENTS_A } from './blind-set-26-payments-a';
import { PAYMENTS_B } from './blind-set-26-payments-b';
import { PAYMENTS_C } from './blind-set-26-payments-c';
import { Bag26, type Negative26, type NegTemplate26, type Positive26, type PosTemplate26 } from './blind-set-26-types';

/** All positive templates of the set. */
export const POSITIVE_TEMPLATES_26: PosTemplate26[] = [...PAYMENTS_A, ...PAYMENTS_B, ...PAYMENTS_C, ...COMMERCE, ...MESSAGING, ...LOGISTICS, ...ERP, ...IDENTITY, ...CONFIG, ...FINANCE];

/** All negative templates of the set. */
export const NEGATIVE_TEMPLATES_26: NegTemplate26[] = [...NEG_IDS, ...NEG_PUBLIC, ...NEG_LOGS];

/** Instances drawn per negative template, and per positive template by default. */
const POS_REPS = 4;
const NEG_REPS = 3;

/**
 * Instances per positive template where it differs from the default: credential dumps and financial
 * dumps are drawn more often, templates dense in personal data less, so that the set keeps the
 * suite's shares (more than half credentials, a quarter personal, an eighth financial).
 */
const REPS: Record<string, number> = {
  config: 11,
  http: 11,
  oauth: 11,
  apns: 5,
  payouts: 3,
  'payouts/mass-payout-json': 14,
  cards: 8,
  'cards/tokenize-retry-queue': 16,
  refunds: 8,
  'refunds/bank-refund-list': 14,
  pix: 6,
  'kyc/csv-review-export': 2,
  'sql/postgres-bound-params': 2,
  'sql/mysql-kyc-insert': 3,
  'pagseguro/monolog-form-params': 3,
  'iyzico/java-request-log': 3,
  'magento/mysql-general-log-quote': 2,
  'kyc/log4j2-json-onboarding': 3,
  'kyc/zap-verification-failed': 3,
  'shipstation/ruby-unauthorized': 3,
  'easypost/go-api-error': 3,
  'royalmail/serilog-click-drop': 3,
  'correios/php-prepostagem': 3,
  'fedex/python-oauth-and-ship': 3,
  'fraud/sidekiq-review-job': 3,
  'shopify/pino-webhook-hmac': 3,
};

/** How many instances a positive template draws. */
function repsOf(t: PosTemplate26): number {
  return REPS[`${t.source}/${t.name}`] ?? REPS[t.source] ?? POS_REPS;
}

/** Builds blind set 26 for `seed`: each instance from its own stream (seed, template, instance). */
export function buildBlindSet26(seed: number): BlindSetShape & { positives: Positive26[]; negatives: Negative26[] } {
  const positives: Positive26[] = [];
  for (const t of POSITIVE_TEMPLATES_26) {
    for (let i = 0; i < repsOf(t); i++) {
      const id = `${t.source}/${t.name}#${i}`;
      const b = new Bag26();
      const text = t.make(new Rng9(hash9(`26|${seed}|${id}`)), b);
      positives.push({ id, text, values: b.values });
    }
  }
  const negatives: Negative26[] = [];
  for (const t of NEGATIVE_TEMPLATES_26) {
    for (let i = 0; i < NEG_REPS; i++) {
      const id = `neg-${t.source}/${t.name}#${i}`;
      negatives.push({ id, text: t.make(new Rng9(hash9(`26n|${seed}|${id}`))) });
    }
  }
  return { positives, negatives };
}
