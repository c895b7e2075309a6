import * as K from './blind-set-78-creds';
import { aba78, card78, cardSpaced78, iban78, ibanSpaced78 } from './blind-set-78-ids';
import type { Case78, Rng78 } from './blind-set-78-rng';

type Gen = [string, string, (r: Rng78) => string];

/** The provider credentials an integration worker's settings hold: env name, kind, generator. */
export const SETTINGS78: Gen[] = [
  ['STRIPE_SECRET_KEY', 'stripe-secret', (r) => K.stripeKey78(r, 'sk')],
  ['STRIPE_RESTRICTED_KEY', 'stripe-restricted', (r) => K.stripeKey78(r, 'rk')],
  ['STRIPE_WEBHOOK_SECRET', 'stripe-webhook-secret', K.whsec78],
  ['HUBSPOT_ACCESS_TOKEN', 'hubspot-pat', K.hubspotPat78],
  ['ZENDESK_API_TOKEN', 'zendesk-api-token', K.zendeskToken78],
  ['SHOPIFY_ADMIN_API_TOKEN', 'shopify-access-token', (r) => K.shopify78(r, 'shpat')],
  ['SHOPIFY_API_SECRET', 'shopify-shared-secret', (r) => K.shopify78(r, 'shpss')],
  ['TWILIO_AUTH_TOKEN', 'twilio-auth-token', K.twilioAuth78],
  ['SENDGRID_API_KEY', 'sendgrid-api-key', K.sendgrid78],
  ['MAILGUN_API_KEY', 'mailgun-api-key', K.mailgun78],
  ['PLAID_SECRET', 'plaid-secret', K.plaidSecret78],
  ['SQUARE_ACCESS_TOKEN', 'square-access-token', K.squareToken78],
  ['MAILCHIMP_API_KEY', 'mailchimp-api-key', K.mailchimp78],
  ['SEGMENT_WRITE_KEY', 'segment-write-key', K.segmentWriteKey78],
  ['OKTA_API_TOKEN', 'okta-api-token', K.oktaToken78],
  ['AUTH0_CLIENT_SECRET', 'auth0-client-secret', K.auth0Secret78],
  ['BAMBOOHR_API_KEY', 'bamboohr-api-key', K.bamboo78],
  ['INTERCOM_ACCESS_TOKEN', 'intercom-token', K.intercom78],
  ['SF_REFRESH_TOKEN', 'salesforce-refresh-token', K.sfRefresh78],
  ['SF_CONSUMER_SECRET', 'salesforce-consumer-secret', K.sfConsumerSecret78],
  ['PAYPAL_CLIENT_SECRET', 'paypal-client-secret', K.paypalSecret78],
  ['BRAINTREE_PRIVATE_KEY', 'braintree-private-key', K.braintreePrivate78],
  ['ADYEN_API_KEY', 'adyen-api-key', K.adyenKey78],
  ['QBO_REFRESH_TOKEN', 'quickbooks-refresh-token', K.qboRefresh78],
  ['SYNC_DB_PASSWORD', 'password', K.password78],
];

const camel = (s: string): string => s.toLowerCase().replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());

/** A settings dump of `lo`..`hi` provider credentials in one of the shapes crash handlers print, planted. */
export function cfgDump78(r: Rng78, c: Case78, lo = 3, hi = 5): string {
  const n = r.int(lo, hi);
  const picked: Gen[] = [];
  while (picked.length < n) {
    const g = r.pick(SETTINGS78);
    if (!picked.includes(g)) picked.push(g);
  }
  const kv = picked.map(([name, kind, gen]) => [name, c.cred(gen(r), kind)] as const);
  switch (r.int(0, 4)) {
    case 0:
      return `process.env snapshot: ${kv.map(([k, v]) => `${k}=${v}`).join(' ')}`;
    case 1:
      return `settings = {${kv.map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
    case 2:
      return `"config":{${kv.map(([k, v]) => `"${camel(k)}":${JSON.stringify(v)}`).join(',')}}`;
    case 3:
      return `--- worker config (on failure)\n${kv.map(([k, v]) => `  ${k.toLowerCase()}: "${v}"`).join('\n')}`;
    default:
      return `[env] ${kv.map(([k, v]) => `export ${k}='${v}'`).join('; ')}`;
  }
}

/** A payment-data fragment an object carries (card, IBAN, or account and routing), planted. */
export function money78(r: Rng78, c: Case78, json = true): string {
  const q = (k: string, v: string) => (json ? `"${k}":"${v}"` : `${k}=${v}`);
  switch (r.int(0, 4)) {
    case 0:
      return q('card_number', c.fin(r.int(0, 1) ? card78(r) : cardSpaced78(card78(r)), 'card'));
    case 1:
      return q('iban', c.fin(iban78(r), 'iban'));
    case 2:
      return q('payout_iban', c.fin(ibanSpaced78(iban78(r)), 'iban'));
    default:
      return `${q('routing_number', c.fin(aba78(r), 'aba-routing'))}${json ? ',' : ' '}${q('account_number', c.fin(r.digits(r.int(9, 12)), 'bank-account'))}`;
  }
}
