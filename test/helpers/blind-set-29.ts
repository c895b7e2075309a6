/*
 * SEALED BLIND SET 29 — consumer mobile apps and travel bookings.
 *
 * DECISIONS (what counts as a leak in this set)
 * - Credentials are leaks, whole: provider keys/tokens/secrets in their published shapes (Stripe sk_live_/
 *   rk_live_/whsec_, FCM legacy server keys, OneSignal REST keys, Segment/Amplitude/Mixpanel/AppsFlyer/
 *   Branch/RevenueCat/Adapty secrets, Mapbox sk., HERE apiKey, Google GOCSPX- client secrets, 1// refresh
 *   and ya29. access tokens, Sentry sntryu_, Duffel duffel_live_, Amadeus/Expedia/Auth0 secrets, Adyen,
 *   PayPal, Klarna, Zendesk, Intercom, Gorgias, Twilio, Braintree private keys, AWS key pairs), PEM
 *   private keys (APNs/App Store .p8, service accounts, also JSON-escaped), bearer JWTs (APNs provider
 *   tokens, App Store Server API, Sign in with Apple client secrets, Firebase id tokens, app access
 *   tokens), refresh tokens, session cookies, magic-link tokens, passwords (WS-Security, SFTP, DB URLs —
 *   only the password), Basic auth blobs (the whole base64). OTP codes are NOT planted.
 * - Not leaks (negatives): device push tokens (APNs hex, FCM registration, Expo), IDFA/GAID/IDFV,
 *   installation and Firebase app ids, publishable keys (pk_live_, Branch key_live_, Mapbox pk.),
 *   public keys and JWKS, masked values, placeholders, env var names and secret references, PNR
 *   locators, ticket/EMD numbers (non-Luhn), booking/order/transaction ids, flight numbers, IATA codes,
 *   trace/request ids, UUIDs, hashes, build ids, documentation/sandbox examples, Apple/Google Pay blobs,
 *   company addresses and support numbers, loyalty numbers. Google Maps/Firebase web keys, Sentry DSNs
 *   and sk_test_ keys are ambiguous and appear nowhere.
 * - Personal data is a leak: passport numbers under labels (US, UK, DE, IN, FR, CA, AU shapes), labelled
 *   dates of birth (ISO, DD.MM.YYYY, PNR DDMMMYY), national ids with valid check digits (US SSN, UK
 *   NINO, CA SIN, IN Aadhaar and PAN, BR CPF, ES DNI, PL PESEL, NL BSN, SG NRIC, AU TFN), home addresses,
 *   personal phones (E.164 and national), consumer e-mails, known-traveller and redress numbers,
 *   driver's licence numbers under labels, names only where labelled as the passenger's/user's/
 *   cardholder's (PNR NM element, passengerName, cardholderName, holder=, customer_name column).
 *   Free-text names elsewhere, loyalty numbers and GPS coordinates are not planted.
 * - Financial data is a leak: Luhn-valid card numbers (Visa, Mastercard 5x/2x, Amex, Discover, JCB; with
 *   spaces, dashes or none) and the CVV next to them, valid IBANs (DE GB FR NL ES IT BE IE), bank
 *   accounts with their ABA routing number / sort code / BSB / IFSC (both planted). Last-4 and masked
 *   cards are negatives. Password hashes and company EINs are not planted either way.
 * - Encodings: kind `base~enc` is the value after encoding enc (json, url, b64, xml); the planted value
 *   is the exact substring in the text.
 */
import { hash9, Rng9 } from './blind-set-9-rng';
import { Bag29, type NegTemplate29, type Negative29, type PosTemplate29, type Positive29 } from './blind-set-29-types';
import { MOBILE29 } from './blind-set-29-mobile';
import { MOBILE2_29 } from './blind-set-29-mobile2';
import { TRAVEL29 } from './blind-set-29-travel';
import { TRAVEL2_29 } from './blind-set-29-travel2';
import { PAYMENTS29 } from './blind-set-29-payments';
import { AUTH29 } from './blind-set-29-auth';
import { CONFIG29 } from './blind-set-29-config';
import { FINANCE29 } from './blind-set-29-finance';
import { CONFIG2_29 } from './blind-set-29-config2';
import { NEG_IDS29 } from './blind-set-29-neg-ids';
import { NEG_LOGS29 } from './blind-set-29-neg-logs';

/** All positive templates of set 29. */
export const POSITIVES29: PosTemplate29[] = [...MOBILE29, ...MOBILE2_29, ...TRAVEL29, ...TRAVEL2_29, ...PAYMENTS29, ...AUTH29, ...CONFIG29, ...CONFIG2_29, ...FINANCE29];

/** All negative templates of set 29. */
export const NEGATIVES29: NegTemplate29[] = [...NEG_IDS29, ...NEG_LOGS29];

/** Cases drawn from each positive template. */
export const PER_POSITIVE29 = 5;

/** Cases drawn from each negative template. */
export const PER_NEGATIVE29 = 4;

/** A template's own random stream for a seed. */
const streamFor = (name: string, seed: number): Rng9 => new Rng9((hash9(`blind-29:${name}`) ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0);

/** True when every short value occurs exactly once in the text. */
const shortOnce = (text: string, b: Bag29): boolean => b.values.every((v) => v.value.length > 6 || text.split(v.value).length === 2);

/** Builds set 29 for a seed: a pure function of the seed. */
export function buildBlindSet29(seed: number): { positives: Positive29[]; negatives: Negative29[] } {
  const positives: Positive29[] = [];
  for (const t of POSITIVES29) {
    const r = streamFor(t.name, seed);
    for (let i = 0; i < PER_POSITIVE29; i++) {
      let b = new Bag29();
      let text = t.make(r, b);
      for (let k = 0; k < 20 && !shortOnce(text, b); k++) {
        b = new Bag29();
        text = t.make(r, b);
      }
      positives.push({ id: `${t.source}/${t.name}/${i}`, text, values: b.values });
    }
  }
  const negatives: Negative29[] = [];
  for (const t of NEGATIVES29) {
    const r = streamFor(t.name, seed);
    for (let i = 0; i < PER_NEGATIVE29; i++) negatives.push({ id: `${t.source}/${t.name}/${i}`, text: t.make(r) });
  }
  return { positives, negatives };
}
