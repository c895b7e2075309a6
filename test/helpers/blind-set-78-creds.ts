import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng78 } from './blind-set-78-rng';

const UHEX = '0123456789ABCDEF';

/** A Stripe live secret or restricted key (legacy 24-char body or the long 99-char body). */
export function stripeKey78(r: Rng78, prefix: 'sk' | 'rk'): string {
  return r.int(0, 2) === 0 ? `${prefix}_live_${r.b62(24)}` : `${prefix}_live_51${r.b62(12)}${r.b62(85)}`;
}

/** A Stripe webhook endpoint signing secret. */
export function whsec78(r: Rng78): string {
  return `whsec_${r.b62(32)}`;
}

/** A Salesforce org id (15 chars, 00D…). */
export function sfOrgId78(r: Rng78): string {
  return `00D${r.int(1, 9)}${r.chars(LOWER + DIGITS, 1)}${r.digits(3)}00000${r.chars(UPPER + DIGITS, 3)}`.slice(0, 15);
}

/** A Salesforce session id / OAuth access token: org id, `!`, then the session part. */
export function sfSession78(r: Rng78): string {
  return `${sfOrgId78(r)}!AQ${r.pick(['4AQ', '0AQ', 'EAQ', 'cAQ'])}${r.chars(B62 + '._', 93)}`;
}

/** A Salesforce OAuth refresh token. */
export function sfRefresh78(r: Rng78): string {
  return `5Aep861${r.chars(B62 + '._', 80)}`;
}

/** A Salesforce connected-app consumer secret (64 uppercase hex). */
export function sfConsumerSecret78(r: Rng78): string {
  return r.chars(UHEX, 64);
}

/** A HubSpot private app access token. */
export function hubspotPat78(r: Rng78): string {
  return `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`;
}

/** A Zendesk API token (40 base62). */
export function zendeskToken78(r: Rng78): string {
  return r.b62(40);
}

/** A Shopify token with the given prefix (shpat, shpss, shpca, shppa). */
export function shopify78(r: Rng78, prefix: string): string {
  return `${prefix}_${r.hex(32)}`;
}

/** A Twilio auth token (32 hex). */
export function twilioAuth78(r: Rng78): string {
  return r.hex(32);
}

/** A SendGrid API key. */
export function sendgrid78(r: Rng78): string {
  return `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
}

/** A Mailgun private API key (legacy key- form or the newer three-part form). */
export function mailgun78(r: Rng78): string {
  return r.int(0, 1) === 0 ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;
}

/** A Plaid secret (30 hex). */
export function plaidSecret78(r: Rng78): string {
  return r.hex(30);
}

/** A Plaid item access token. */
export function plaidAccess78(r: Rng78): string {
  return `access-production-${r.uuid()}`;
}

/** A Square production access token. */
export function squareToken78(r: Rng78): string {
  return `EAAA${r.chars(UPPER + LOWER, 1)}${r.chars(B64URL, 59)}`;
}

/** A Square application secret. */
export function squareSecret78(r: Rng78): string {
  return `sq0csp-${r.chars(B64URL, 43)}`;
}

/** A Mailchimp API key with its data-center suffix. */
export function mailchimp78(r: Rng78): string {
  return `${r.hex(32)}-us${r.int(2, 21)}`;
}

/** A Segment source write key (server-side source). */
export function segmentWriteKey78(r: Rng78): string {
  return r.b62(32);
}

/** An Okta API token (SSWS). */
export function oktaToken78(r: Rng78): string {
  return `00${r.chars(B62 + '-_', 40)}`;
}

/** An Auth0 application client secret. */
export function auth0Secret78(r: Rng78): string {
  return r.chars(B64URL, 64);
}

/** A BambooHR API key (40 hex). */
export function bamboo78(r: Rng78): string {
  return r.hex(40);
}

/** An Intercom access token (base64 of tok:…). */
export function intercom78(r: Rng78): string {
  return Buffer.from(`tok:${r.uuid()}:1:0`).toString('base64');
}

/** A QuickBooks Online OAuth refresh token. */
export function qboRefresh78(r: Rng78): string {
  return `AB11${r.digits(10)}${r.b62(36)}`;
}

/** A 40-char OAuth client secret (QuickBooks, Gusto, Xero-like). */
export function clientSecret78(r: Rng78, n = 40): string {
  return r.chars(B64URL, n);
}

/** An Adyen API key in its three dash-separated parts. */
export function adyenKey78(r: Rng78): string {
  return `AQE${r.pick(['yhmfx', 'qhmfu', 'rhmfuX', 'nhmfxK'])}${r.b64(57)}-${r.b64(32)}-${r.chars(B62 + '%,^)(}{[]', 16)}`;
}

/** A Braintree private key (32 hex). */
export function braintreePrivate78(r: Rng78): string {
  return r.hex(32);
}

/** A Braintree/PayPal access token of the access_token$production$ form. */
export function braintreeAccess78(r: Rng78): string {
  return `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
}

/** A PayPal REST client secret. */
export function paypalSecret78(r: Rng78): string {
  return `E${r.chars(UPPER, 1)}${r.chars(B64URL, 78)}`;
}

/** A PayPal OAuth access token. */
export function paypalAccess78(r: Rng78): string {
  return `A21AA${r.chars(B64URL, 92)}`;
}

/** A JWT (RS256 or HS256) with the given claims. */
export function jwt78(r: Rng78, claims: Record<string, unknown>, rs = true): string {
  const h = Buffer.from(JSON.stringify(rs ? { alg: 'RS256', typ: 'JWT', kid: r.b64url(24) } : { alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${h}.${p}.${r.b64url(rs ? 256 : 32)}`;
}

/** A Basic authorization payload for user and secret. */
export function basic78(user: string, secret: string): string {
  return Buffer.from(`${user}:${secret}`).toString('base64');
}

/** A database or SFTP password of realistic shape (may hold `;`, `@`, spaces-free). */
export function password78(r: Rng78): string {
  return r.password(r.int(14, 22));
}
