import { buildBlindSet12 } from '../../helpers/blind-set-12';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-12-checks';
import { idChecks12 } from '../../helpers/blind-set-12-ids';

/**
 * Blind held-out set 12 (issue #13): integration error logs of providers an engineer may not have
 * thought of (Razorpay, Paystack, Mercado Pago, Shopify, WooCommerce, QuickBooks, Xero, Gusto,
 * Rippling, Klaviyo, Neon, PlanetScale, Upstash, Turso, Railway, Render, Fly, R2, B2, Wasabi,
 * Tailscale, ngrok, Pulumi, Doppler, Infisical, 1Password, Linear, Figma, Contentful, Sanity, …),
 * personal data in CRM/HR/KYC/support payloads (phones in ten national layouts, SSN, CPF, BSN,
 * DNI/NIE, personnummer, PESEL, HETU, SIN, NINO, dates of birth, a street address) and financial
 * values (cards of seven brands, CVCs, mod-97 IBANs, ABA routing and account numbers, an ETH
 * address), written by an author who did not read the detectors or docs/scanner.md. A value counts
 * only when every character of every occurrence lies inside leak findings; a negative is flagged
 * when any leak finding lands anywhere in its text. BLIND12_SEED picks the seed; BLIND12_REPORT=1
 * prints the misses and false alarms themselves.
 *
 * Decisions: public-by-design keys (Stripe pk_, Firebase web, Supabase anon, Adyen client, Mapbox
 * pk.), Stripe cus_ ids, Twilio account SIDs, published test cards, AWS's example pair, the docs
 * IBAN DE89 3704…, 555-01xx phones, example.com/*.test, noreply@ and vendor support mailboxes,
 * private IPs, a server's address in curl -v output and secrets-manager references are negatives.
 * A Klaviyo private key (`pk_` + 34 hex) is planted: Klaviyo's private keys carry that prefix.
 *
 * FIRST SIGHT (2026-12-04 17:46 UTC, scanner = main at de2ae52 untouched; 105 positives, 119 values:
 * 63 credential, 35 personal, 21 financial; 72 negatives):
 *   seed 1: covered 93.3 % (111/119): credential 92.1 % (58/63), personal 91.4 % (32/35), financial 100.0 % (21/21); flagged 1.4 % (1/72)
 *   seed 2: covered 93.3 % (111/119): credential 92.1 % (58/63), personal 91.4 % (32/35), financial 100.0 % (21/21); flagged 1.4 % (1/72)
 *   seed 3: covered 93.3 % (111/119): credential 92.1 % (58/63), personal 91.4 % (32/35), financial 100.0 % (21/21); flagged 1.4 % (1/72)
 *   (seeds 4-10: the same 93.3 % / 1.4 %; the misses are by class, not by drawn value)
 * Misses by class (every seed): a Razorpay key id `rzp_live_…` (its `key_secret` beside it was found; a
 *   judgement call: Razorpay's key id also goes to Checkout in the browser, but the README lists it
 *   nowhere as public, so it stays planted); a Backblaze B2 application key `K005…` as a CLI argument;
 *   the API secret in a `cloudinary://key:secret@cloud` URL; a Dropbox `sl.u.…` access token in Python
 *   source; a Loggly customer token (UUID) in the `/inputs/<token>/tag/` URL path; an Australian
 *   mobile in national layout `04xx xxx xxx`; a US SSN without dashes in a Postgres `Key (tax_id)=(…)`
 *   detail; a Finnish HETU `DDMMYY-NNNC` (that case's SAML OID `1.2.246.21` was reported as an IPv4).
 * False alarms by class (every seed): a vendor's support mailbox (`support@razorpay.com`,
 *   `support@paystack.com`).
 * Harness fix before recording (no value changed): the SSN format check now accepts the undashed form.
 * Floors sit a hair under the first-sight figures, so the test fails on a regression.
 * AFTER FIXES FROM ITS MISSES (2026-12-04 18:08 UTC, lead: src/scan/detectors/vendor-urls.ts, AU 4-3-3
 * mobiles, the eIDAS key nationalIdentificationNumber; tuned on this set, so an upper bound): 98.3 %
 * (117/119) covered, 1.4 % flagged, seeds 1-3. Left: the Razorpay key id (public by Razorpay's design?
 * undecided), the undashed SSN under a Postgres `Key (tax_id)=(…)` (a 9-digit tax id may be an EIN),
 * the vendor support mailbox. The floors stay under the first-sight figure.
 */
const MIN_COVERED = 0.93;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.92, personal: 0.91, financial: 0.99 };
const MAX_FLAGGED = 0.015;


/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind.endsWith('jwt') || kind === 'supabase-service' || kind === 'calendly-jwt') {
    const [h, b] = value.split('.');
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  }
  const check = idChecks12[kind];
  return check ? check(value) : true;
}

describeBlindSet({
  n: 12,
  build: buildBlindSet12,
  formatOk: formatOk,
  minSize: { positives: 95, values: 115, negatives: 70 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
