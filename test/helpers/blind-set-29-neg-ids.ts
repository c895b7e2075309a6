import type { Rng9 } from './blind-set-9-rng';
import type { NegTemplate29 } from './blind-set-29-types';
import { luhnOk } from './blind-set-29-checks';
import { prefix, traceId, ts } from './blind-set-29-noise';

const loc = (r: Rng9): string => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
/** A 16-digit number that fails Luhn. */
const nonLuhn = (r: Rng9): string => {
  for (;;) {
    const v = r.digits(16);
    if (!luhnOk(v)) return v;
  }
};

/** Negatives built from identifiers that look like secrets or personal data but are not. */
export const NEG_IDS29: NegTemplate29[] = [
  {
    source: 'neg-push',
    name: 'apns-device-token',
    make: (r) =>
      [
        `${prefix(r, 'push-gateway')} APNs 410 Unregistered`,
        `device_token=${r.hex(64)}`,
        `apns-id: ${r.uuid().toUpperCase()}`,
        `reason=Unregistered timestamp=${1764900000000 + r.int(0, 9999999)}`,
      ].join('\n'),
  },
  {
    source: 'neg-push',
    name: 'fcm-registration-token',
    make: (r) =>
      `${prefix(r, 'notifier')} FCM send failed: ${JSON.stringify({ message: { token: `${r.b64url(16)}:APA91b${r.b64url(105)}`, notification: { title: 'Boarding soon' } }, error: { code: 404, status: 'NOT_FOUND', message: 'Requested entity was not found.' } })}`,
  },
  {
    source: 'neg-push',
    name: 'expo-push-token',
    make: (r) => [`Expo push receipt error for ExponentPushToken[${r.b64url(16).slice(0, 22)}]`, `  details: {"error":"DeviceNotRegistered"}`, `  receiptId: ${r.uuid()}`].join('\n'),
  },
  {
    source: 'neg-push',
    name: 'onesignal-player',
    make: (r) => `${prefix(r, 'onesignal')} subscription_id=${r.uuid()} app_id=${r.uuid()} external_id=${r.uuid()} token=${r.hex(64)} invalid_identifier=true`,
  },
  {
    source: 'neg-device',
    name: 'idfa-gaid',
    make: (r) =>
      [
        `AppsFlyer conversion: af_status=Non-organic media_source=${r.pick(['googleadwords_int', 'Facebook Ads', 'tiktokglobal_int'])}`,
        `idfa=${r.uuid().toUpperCase()} idfv=${r.uuid().toUpperCase()} gaid=${r.uuid()}`,
        `appsflyer_id=${r.digits(13)}-${r.digits(19)} install_time=${ts(r)}`,
      ].join('\n'),
  },
  {
    source: 'neg-device',
    name: 'firebase-app-id',
    make: (r) =>
      `${prefix(r, 'crashlytics-ingest')} mapping upload ok google_app_id=1:${r.digits(12)}:${r.pick(['android', 'ios'])}:${r.hex(16)} build_id=${r.hex(40)} installation_id=${r.b64url(16).slice(0, 22)}`,
  },
  {
    source: 'neg-travel',
    name: 'pnr-locators',
    make: (r) =>
      [
        `${prefix(r, 'booking-sync')} reconciliation mismatch`,
        ...Array.from(
          { length: r.int(3, 6) },
          () =>
            `  pnr=${loc(r)} ticket=${r.pick(['125', '176', '016', '057'])}-${r.digits(10)} flight=${r.pick(['BA', 'LH', 'AF', 'UA', 'QF'])}${r.int(10, 999)} ${r.pick(['LHR', 'FRA', 'CDG', 'SFO'])}-${r.pick(['JFK', 'SIN', 'GRU', 'SYD'])} status=${r.pick(['HK', 'TK', 'UN'])}`,
        ),
      ].join('\n'),
  },
  {
    source: 'neg-travel',
    name: 'booking-refs',
    make: (r) =>
      JSON.stringify(
        {
          bookingReference: `WL-${r.digits(8)}`,
          hotelConfirmation: r.digits(10),
          supplierRef: `${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${r.digits(7)}`,
          orderId: `ord_${r.b62(26)}`,
          duffelOfferId: `off_${r.b62(22)}`,
          status: 'CONFIRMED',
        },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'neg-travel',
    name: 'non-luhn-ticket',
    make: (r) => [`${prefix(r, 'ticketing')} EMD issued`, `emdNumber=${nonLuhn(r)}`, `couponNumber=${r.int(1, 4)} rfic=${r.pick(['A', 'C', 'G'])} rfisc=${r.chars('0123456789ABCDEF', 3)}`].join('\n'),
  },
  {
    source: 'neg-travel',
    name: 'loyalty-numbers',
    make: (r) =>
      `${prefix(r, 'loyalty')} accrual posted member=${r.digits(9)} programme=${r.pick(['BA', 'LH', 'AF', 'UA'])} tier=${r.pick(['SILVER', 'GOLD'])} miles=${r.int(100, 9000)} txn=${r.uuid()}`,
  },
  {
    source: 'neg-travel',
    name: 'iata-schedule',
    make: (r) =>
      Array.from(
        { length: r.int(3, 6) },
        () =>
          `${r.pick(['BA', 'LH', 'AF', 'UA', 'QF'])}${r.int(10, 9999)} ${r.pick(['LHR', 'FRA', 'CDG', 'SFO'])} ${String(r.int(0, 23)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['JFK', 'SIN', 'GRU', 'SYD'])} ${String(r.int(0, 23)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['320', '77W', '388', '789'])} ${r.pick(['D', 'E'])}${r.digits(4)}`,
      ).join('\n'),
  },
  {
    source: 'neg-ids',
    name: 'request-trace-ids',
    make: (r) =>
      `${prefix(r, 'api-gateway')} 504 upstream timeout x-request-id=${r.uuid()} x-amzn-trace-id=Root=1-${r.hex(8)}-${r.hex(24)} dd.span_id=${traceId(r)} cf-ray=${r.hex(16)}-${r.pick(['LHR', 'FRA', 'IAD'])}`,
  },
  {
    source: 'neg-ids',
    name: 'hashes-and-etags',
    make: (r) => [`GET /static/app-bundle.${r.hex(8)}.js 304`, `etag: "${r.hex(32)}"`, `x-content-sha256: ${r.hex(64)}`, `commit=${r.hex(40)} build=${r.int(1000, 99999)}`].join('\n'),
  },
  {
    source: 'neg-ids',
    name: 'receipt-transaction-ids',
    make: (r) =>
      `${prefix(r, 'iap-verifier')} verified transactionId=${r.digits(16)} originalTransactionId=${r.digits(16)} webOrderLineItemId=${r.digits(16)} productId=premium_yearly environment=Production`,
  },
  {
    source: 'neg-ids',
    name: 'stripe-object-ids',
    make: (r) =>
      `${prefix(r, 'payments')} payment_intent=pi_${r.b62(24)} customer=cus_${r.b62(14)} charge=ch_${r.b62(24)} payment_method=pm_${r.b62(24)} last4=${r.digits(4)} brand=${r.pick(['visa', 'mastercard', 'amex'])} exp=${r.int(1, 12)}/${r.int(27, 31)}`,
  },
  {
    source: 'neg-ids',
    name: 'masked-card',
    make: (r) =>
      [
        `${prefix(r, 'checkout')} 3DS challenge failed`,
        `card: ${r.pick(['4', '5', '3'])}${r.digits(3)} ${r.pick(['**** ****', 'XXXX XXXX', '•••• ••••'])} ${r.digits(4)}`,
        `bin=${r.digits(6)} issuer_country=${r.pick(['GB', 'US', 'DE'])} eci=0${r.int(1, 7)}`,
      ].join('\n'),
  },
  {
    source: 'neg-ids',
    name: 'doc-example-values',
    make: (r) =>
      [
        `# Example request (from the integration guide)`,
        r.pick([`card_number=4242 4242 4242 4242 cvc=123`, `card_number=4111111111111111 exp=12/34`]),
        r.pick([`iban=DE89370400440532013000`, `iban=GB82WEST12345698765432`]),
        r.pick([`aws_access_key_id=AKIAIOSFODNN7EXAMPLE`, `ssn=123-45-6789`]),
      ].join('\n'),
  },
  {
    source: 'neg-ids',
    name: 'wallet-token-blob',
    make: (r) =>
      `${prefix(r, 'applepay')} decrypt failed paymentData=${JSON.stringify({ version: 'EC_v1', data: r.b64(180), signature: r.b64(120).slice(0, 40) + '...', header: { ephemeralPublicKey: r.b64(91), publicKeyHash: r.b64(32), transactionId: r.hex(64) } })}`,
  },
  {
    source: 'neg-ids',
    name: 'gps-and-geohash',
    make: (r) =>
      `${prefix(r, 'rides')} dispatch ride=${r.uuid()} pickup_geohash=${r.chars('0123456789bcdefghjkmnpqrstuvwxyz', 9)} eta_s=${r.int(60, 900)} driver_id=drv_${r.b62(12)} vehicle=${r.pick(['Toyota Prius', 'Kia Niro'])}`,
  },
  {
    source: 'neg-ids',
    name: 'company-contact',
    make: (r) =>
      [
        `Wanderly Travel Ltd, ${r.int(1, 99)} Canal Street, Manchester M1 3HE, United Kingdom`,
        `Support: +44 161 ${r.pick(['496', '555'])} 0${r.digits(3)} (24/7) · help desk ticket #${r.digits(7)}`,
        `VAT reg. GB${r.digits(9)}`,
      ].join('\n'),
  },
];
