import { buildBlindSet14 } from '../../helpers/blind-set-14';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-9-checks';
import { idChecks14 } from '../../helpers/blind-set-14-ids';
import { bech32Ok, btcLegacyOk } from '../../helpers/blind-set-14-wallets';

/**
 * Blind held-out set 14 (issue #13): integration error logs in the log formats of the platforms integrations
 * run on (Lambda/CloudWatch START/[ERROR]/REPORT lines, GCP Cloud Logging jsonPayload, Azure Functions and
 * App Insights, Heroku router/app/release lines, Vercel, Netlify, Cloudflare Workers tail JSON, Sentry event
 * request/breadcrumbs/extra, Datadog log samples, Fluent Bit, Logstash rubydebug, systemd journal, Nginx and
 * Envoy access logs), integration middleware (Zapier, Make, n8n, Workato, MuleSoft, Boomi, Airbyte, Fivetran,
 * Segment, RudderStack), mobile/back-office (Firebase Admin, FCM, OneSignal, Expo, RevenueCat, App Store,
 * Play, Sign in with Apple, Branch, Clerk), ERP/HR/logistics/telco/MLOps providers (NetSuite, Odoo, SAP,
 * Shippo, EasyPost, Vonage, Telnyx, Infobip, W&B, Hugging Face, Databricks, Groq, Pinecone, Paddle, …);
 * people data under keys in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Swedish,
 * Norwegian, Japanese, Korean and Chinese (18 national ids with checksums from 18 countries plus US SSN
 * and UK NINO, phones of 16 countries in national layouts, dates of birth in five layouts, passports, a
 * German driving licence, addresses); and
 * financial values in PSP and bank callbacks (Adyen, Worldpay, Checkout.com, Mollie, Klarna, GoCardless,
 * Plaid, TrueLayer, Wise, Nordigen, Stripe), SEPA pain.001/camt.053 XML, ISO 8583 dumps, cards of seven
 * brands, CVCs, mod-97 IBANs from 11 countries, ABA routing + account, BTC base58check/bech32 and ETH
 * addresses. Written by an author who did not read src/scan/, docs/scanner.md, the detector list or other
 * sets' cases. A value counts only when every character of every occurrence lies inside leak findings; a
 * negative is flagged when any leak finding lands anywhere in its text. BLIND14_SEED picks the seed;
 * BLIND14_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions: public-by-design keys (Stripe pk_live_, Firebase web apiKey, Supabase anon, Adyen client key,
 * Mapbox pk.), OneSignal app ids, Stripe cus_ ids, Twilio AC/SM/MG sids, AWS's example pair, published test
 * cards and docs IBANs, 555-01xx phones, example.com/*.test, noreply@, secrets-manager references, GitHub
 * Actions `${{ secrets.X }}`, placeholders, redactions (`[Filtered]`, `****`), masked cards (`411111******1234`),
 * last-4, masked IBANs/phones/mails, public PEM/SSH/JWKS keys and the jwt.io docs token are negatives. Planted
 * judgement calls: a Zapier catch-hook URL is planted whole (anyone holding it can fire the Zap); a OneSignal
 * legacy REST key is base64 of a UUID, as OneSignal issued them.
 *
 * FIRST SIGHT (2026-12-04 19:00 UTC, scanner = main untouched, as branched; 138 positives, 179 values:
 * 94 credential, 57 personal, 28 financial; 83 negatives):
 *   seed 1: covered 88.3 % (158/179): credential 94.7 % (89/94), personal 75.4 % (43/57), financial 92.9 % (26/28); flagged 0.0 % (0/83)
 *   seed 2: covered 88.8 % (159/179): credential 95.7 % (90/94), personal 75.4 % (43/57), financial 92.9 % (26/28); flagged 1.2 % (1/83)
 *   seed 3: covered 88.8 % (159/179): credential 95.7 % (90/94), personal 75.4 % (43/57), financial 92.9 % (26/28); flagged 0.0 % (0/83)
 *   seeds 4-10: covered 87.2-88.8 %, credential 94.7-95.7 %, personal 73.7-77.2 %, financial 85.7-89.3 %, flagged 0.0 %.
 * Harness fixes before recording (found in the first run; no planted value changed to suit the scanner): the
 *   Mapbox pk. negative had mis-aligned base64 (not a well-formed public token; it was flagged by
 *   secret-assignment in seeds 1-3) and is now base64url of {"u","a"}; the German driving-licence number had
 *   an invented 9-char layout and is now the real 11-char card layout with its mod-11 check digit (still
 *   missed). The first run otherwise gave the same coverage; flagged was 1.2 / 2.4 / 1.2 % on seeds 1-3.
 * Misses by class (every seed unless said): credential: a Zapier catch-hook URL (only the path after
 *   `/hooks/catch/` is covered, not the URL); a OneSignal legacy REST key (48-char base64 of a UUID) after
 *   `Authorization: Basic` in a curl command; an Odoo API key (40 hex) as a positional argument of xmlrpc
 *   `execute_kw(...)` in a Python Fault; a Mollie live key `live_…` (30) inside a Laravel exception message
 *   `(key live_…)`; a Vonage API secret (16 alnum) in PHP `new Basic(key: '…', secret: '…')` (2 of 10 seeds).
 *   personal: Japanese My Number (4-4-4), mobile `0X0-XXXX-XXXX`, `YYYY年M月D日` birth date and `東京都…丁目…番…号`
 *   address under Japanese keys; Korean RRN `YYMMDD-NNNNNNN`, mobile `010-XXXX-XXXX` and a `YYYY.MM.DD` birth
 *   date under Korean keys; a Chinese resident id (18 digits) under `身份证号` and a bare 11-digit mobile under
 *   `手机号` (the `+86 13x xxxx xxxx` layout is found); a Belgian national number `YY.MM.DD-SSS.CC` under an
 *   itsme claim URI; a Chilean RUT `NN.NNN.NNN-D`; a German driving-licence number under `Führerscheinnummer`;
 *   a Turkish TC Kimlik No under iyzico's `identityNumber`, and a Turkish mobile in national layout
 *   `0532 xxx xx xx` (4 of 10 seeds; `+90 5xx …` is found); a passport number under Sumsub's idDocs
 *   `"number"`; once, a German street without a Straße suffix (`Am Mühlbach 62, 61695 Leipzig`).
 *   financial: cards in a CSV run (Adyen batch report `merchant,pspRef,card,status`): the 14-digit Diners
 *   every seed, and in 3-4 of 10 seeds the whole run (UnionPay 62…, Visa) too; a CVC in a chat sentence
 *   ("the code on the back is NNN") after a dashed card.
 * False alarms by class: an FCM v1 message id `projects/…/messages/0:<16 digits>%<hex>` reported as a credit
 *   card when the 16 digits happen to pass Luhn (seed 2; about one seed in ten).
 * Floors sit a hair under the lowest first-sight figure over seeds 1-10, so any seed passes now and a
 * regression fails.
 * HELD OUT AGAINST ROUND 1 (2026-12-04 19:50 UTC, main d151ec0: issue-cred13 and issue-pf13, whose authors never saw
 *   this set): 91.1-92.2 % covered (credential 95.7-96.8, personal 80.7-82.5, financial 96.4), 0-1.2 % flagged, seeds 1-3.
 * AFTER ROUND 2 (2026-12-04 20:03 UTC, issue-r2c and issue-r2p, written from this set's and set 13's misses: tuned, an
 *   upper bound): 100 % covered, 0 % flagged, seeds 1-3. Floors raised to just under that.
 */
const MIN_COVERED = 0.99;
// Round 2 (issue-r2c, as tuning material): credential 100 % (94/94) on seeds 1-10; credential floor raised.
const MIN_BY_GROUP: Record<string, number> = { credential: 0.99, personal: 0.98, financial: 0.98 };
const MAX_FLAGGED = 0.015;

const JWT_KINDS = new Set(['n8n-api-key', 'supabase-service', 'apple-client-secret', 'auth0-access-token']);

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'btc-address') return value.startsWith('bc1') ? bech32Ok(value) : btcLegacyOk(value);
  if (kind === 'eth-address') return /^0x[0-9a-f]{40}$/.test(value);
  if (kind.endsWith('-b64') || kind === 'fivetran-basic' || kind === 'elastic-api-key') return /^[^:]+:.+$/.test(Buffer.from(value, 'base64').toString());
  if (kind.endsWith('sa-key') || kind.endsWith('private-key') || kind === 'appstore-p8') return /^-----BEGIN PRIVATE KEY-----.+-----END PRIVATE KEY-----$/s.test(value);
  if (JWT_KINDS.has(kind)) {
    const [h, b] = value.split('.');
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  }
  const check = idChecks14[kind];
  return check ? check(value) : true;
}

describeBlindSet({
  n: 14,
  build: buildBlindSet14,
  formatOk: formatOk,
  minSize: { positives: 110, values: 125, negatives: 80 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
