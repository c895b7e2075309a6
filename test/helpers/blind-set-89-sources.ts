import { amadeus, sabre, travelport } from './blind-set-89-src-air';
import { duffel, edifact, kiwi, loyalty } from './blind-set-89-src-air2';
import { doordash, geocoding, onfleet, postmates, uberDirect } from './blind-set-89-src-deliv';
import { concur, navan } from './blind-set-89-src-expense';
import { geotab, rides, samsara } from './blind-set-89-src-fleet';
import { bookingCom, carRental, expedia, mews } from './blind-set-89-src-hotel';
import { dhl, fedex, ups, usps } from './blind-set-89-src-ship';
import { customs, easypost, shippo, shipstation } from './blind-set-89-src-ship2';
import { cdr, sip, smpp } from './blind-set-89-src-sip';
import { bandwidth, messagebird, plivo, twilio, vonage } from './blind-set-89-src-tel';
import { esim, lnp } from './blind-set-89-src-telco';
import { carrierBilling, payments, payouts } from './blind-set-89-src-pay';
import type { Rng89 } from './blind-set-89-rng';
import type { Source89 } from './blind-set-89-types';

/** The 42 sources of set 89. */
export const SOURCES_89: readonly Source89[] = [
  amadeus, sabre, travelport, edifact, duffel, kiwi, loyalty,
  bookingCom, expedia, mews, carRental,
  fedex, ups, dhl, usps, easypost, shippo, shipstation, customs,
  doordash, uberDirect, onfleet, postmates, geocoding,
  twilio, vonage, plivo, bandwidth, messagebird, sip, cdr, smpp, lnp, esim,
  samsara, geotab, rides, concur, navan,
  payments, carrierBilling, payouts,
];

/** Config lines a worker prints that hold nothing: placeholders, public values, flags. */
export function benignConfig(r: Rng89): string {
  return r.pick([
    () => `EASYPOST_API_KEY=\${EASYPOST_API_KEY}`,
    () => `twilio.authToken: <redacted>`,
    () => `"twilioAccountRegion": "${r.pick(['us1', 'ie1', 'au1'])}"`,
    () => `LOG_LEVEL=${r.pick(['info', 'debug', 'warn'])}`,
    () => `mapbox.publicToken: pk.${Buffer.from(JSON.stringify({ u: 'tripcraft', a: r.lower(25) })).toString('base64url')}.${r.b64url(22)}`,
    () => `fedex-base-url: https://apis${r.pick(['', '-sandbox'])}.fedex.com`,
    () => `shippo_api_version=2018-02-08`,
    () => `AMADEUS_HOSTNAME=${r.pick(['production', 'test'])}`,
    () => `smpp.window-size = ${r.int(1, 50)}`,
    () => `--geotab-server=my.geotab.com`,
    () => `SENTRY_RELEASE=${r.hex(40)}`,
    () => `onfleetWebhookSecret: \${ONFLEET_WEBHOOK_SECRET}`,
  ])();
}
