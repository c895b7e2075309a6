import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng30 } from './blind-set-30-rng';

const SFC = B62 + '._';

/** A Salesforce org id (`00D…`, 15 characters): an identifier, not a value. */
export function sfOrgId(r: Rng30): string {
  return `00D${r.pick(['5e', '8d', '4x', 'Dn', '3t', '7Q', 'Hs'])}0000${r.b62(6)}`;
}

/** A Salesforce access token / session id: `<org id>!<opaque part>`. */
export function sfAccessToken(r: Rng30, org = sfOrgId(r)): string {
  return `${org}!${r.pick(['AQ', 'AR', 'AQc', 'ARs'])}${r.chars(SFC, r.int(90, 104))}`;
}

/** A Salesforce OAuth refresh token (`5Aep861…`). */
export function sfRefreshToken(r: Rng30): string {
  return '5Aep861' + r.chars(SFC, 80);
}

/** A Salesforce connected-app consumer key (`3MVG9…`): a client id, left unmarked. */
export function sfConsumerKey(r: Rng30): string {
  return '3MVG9' + r.chars(SFC, 80);
}

/** A Salesforce connected-app consumer secret (64 uppercase hex). */
export function sfConsumerSecret(r: Rng30): string {
  return r.chars('0123456789ABCDEF', 64);
}

/** A Salesforce user security token (24-25 alphanumerics). */
export function sfSecurityToken(r: Rng30): string {
  return r.b62(r.int(24, 25));
}

/** A compact JWT with the given header and payload and a random HMAC/RSA signature. */
export function jwt30(r: Rng30, header: object, payload: object, sigBytes = 32): string {
  const e = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${e(header)}.${e(payload)}.${r.b64url(sigBytes)}`;
}

/** A HubSpot private-app access token (`pat-na1-<uuid>`). */
export function hubspotPat(r: Rng30): string {
  return `pat-${r.pick(['na1', 'na1', 'eu1', 'na2'])}-${r.uuid()}`;
}

/** A HubSpot OAuth access token (opaque, base64url-like, starting with `C`). */
export function hubspotOauth(r: Rng30): string {
  return 'C' + r.pick(['J', 'K', 'N', 'O', 'P']) + r.chars(B64URL, r.int(140, 160));
}

/** A HubSpot OAuth refresh token (`na1-xxxx-…`). */
export function hubspotRefresh(r: Rng30): string {
  return `${r.pick(['na1', 'eu1'])}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
}

/** A Mailchimp Marketing API key (`<32 hex>-us<dc>`). */
export function mailchimpKey(r: Rng30): string {
  return `${r.hex(32)}-us${r.int(1, 21)}`;
}

/** A Mandrill (Mailchimp Transactional) API key. */
export function mandrillKey(r: Rng30): string {
  return r.chance(0.6) ? 'md-' + r.chars(B64URL, 22) : r.chars(B62 + '_', 22);
}

/** A SendGrid API key (`SG.<22>.<43>`). */
export function sendgridKey(r: Rng30): string {
  return `SG.${r.b64url(16)}.${r.b64url(32)}`;
}

/** A Mailgun private API key (legacy `key-<32 hex>` or the newer three-part form). */
export function mailgunKey(r: Rng30): string {
  return r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;
}

/** An Amazon SES SMTP password (44 base64 characters, version byte 0x04). */
export function sesSmtpPassword(r: Rng30): string {
  return Buffer.concat([Buffer.from([4]), r.bytes(32)]).toString('base64');
}

/** A Klaviyo private API key (`pk_…`). */
export function klaviyoKey(r: Rng30): string {
  return 'pk_' + r.hex(34);
}

/** An Intercom access token: base64 of `tok:<uuid with underscores>:1:0`. */
export function intercomToken(r: Rng30): string {
  return Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64');
}

/** A Segment Public API token (`sgp_…`). */
export function segmentPublicToken(r: Rng30): string {
  return 'sgp_' + r.b62(64);
}

/** A RudderStack source write key (27-character KSUID). */
export function rudderWriteKey(r: Rng30): string {
  return r.pick(['1', '2']) + r.b62(26);
}

/** Basic-auth credentials `user:pass` in base64, as a header carries them. */
export function basic30(user: string, pass: string): string {
  return Buffer.from(`${user}:${pass}`).toString('base64');
}

/** The base64 body (64-column lines) of a PKCS#8 RSA private key. */
export function pkcs8Body(r: Rng30, eol = '\n'): string {
  const der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1150)]);
  return (der.toString('base64').match(/.{1,64}/g) ?? []).join(eol);
}

/** A generic opaque OAuth token of `n` base64url characters (Doorkeeper, Zuora, Calendly…). */
export function opaque30(r: Rng30, n = 43): string {
  return r.chars(B64URL, n);
}

/** An alphanumeric string of mixed case. */
export function alnum30(r: Rng30, n: number): string {
  return r.chars(LOWER + UPPER + DIGITS, n);
}
