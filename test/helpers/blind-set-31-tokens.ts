import { B32, B62, DIGITS, LOWER, UPPER, type Rng31 } from './blind-set-31-rng';

/** Base64url of a JSON value. */
function b64j(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A signed-looking JWT: base64url header and claims, random signature of the algorithm's size. */
export function jwt(r: Rng31, alg: 'HS256' | 'RS256' | 'ES256', claims: Record<string, unknown>, kid?: string): string {
  const header = kid ? { alg, typ: 'JWT', kid } : { alg, typ: 'JWT' };
  const sig = r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32);
  return `${b64j(header)}.${b64j(claims)}.${sig}`;
}

/** Wraps base64 at 64 columns between PEM armour lines. */
function armour(label: string, der: Buffer): string {
  return `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----`;
}

/** An EC P-256 private key in SEC1 DER (exact structure, random key material) as PEM. */
export function pemEcKey(r: Rng31): string {
  const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'), r.bytes(64)]);
  return armour('EC PRIVATE KEY', der);
}

/** An RSA-2048 private key in PKCS#8 armour (real header bytes, random body of the usual length). */
export function pemRsaKey(r: Rng31, pkcs1 = r.chance(0.3)): string {
  if (pkcs1) return armour('RSA PRIVATE KEY', Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]));
  return armour('PRIVATE KEY', Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 'hex'), r.bytes(1180)]));
}

/** A Twilio auth token (32 lowercase hex). */
export const twilioAuthToken = (r: Rng31): string => r.hex(32);
/** A Twilio API key SID (`SK` + 32 hex) — an identifier. */
export const twilioKeySid = (r: Rng31): string => 'SK' + r.hex(32);
/** A Twilio account SID (`AC` + 32 hex) — an identifier. */
export const twilioAccountSid = (r: Rng31): string => 'AC' + r.hex(32);
/** A Twilio API key secret (32 base62). */
export const twilioKeySecret = (r: Rng31): string => r.b62(32);
/** A Vonage API secret (16 base62). */
export const vonageSecret = (r: Rng31): string => r.b62(16);
/** A Vonage signature secret (32+ base62 used to sign webhook JWTs). */
export const vonageSigSecret = (r: Rng31): string => r.b62(48);
/** A Sinch SMS API token (32 hex). */
export const sinchToken = (r: Rng31): string => r.hex(32);
/** A Sinch access key secret (project key: base62 with `~` and `.`). */
export const sinchKeySecret = (r: Rng31): string => r.chars(B62 + '~.', 26) + r.b62(4);
/** A MessageBird access key (25 base62, `live_`-less in production). */
export const messagebirdKey = (r: Rng31): string => r.b62(25);
/** A Bird access key (long base62). */
export const birdKey = (r: Rng31): string => r.b62(48);
/** A Plivo auth token (40 base62). */
export const plivoToken = (r: Rng31): string => r.b62(40);
/** A Plivo auth id (`MA` + 18 upper alnum) — an identifier. */
export const plivoAuthId = (r: Rng31): string => 'MA' + r.chars(UPPER + DIGITS, 18);
/** A Telnyx v2 API key (`KEY` + 32 upper hex + `_` + 22 base62). */
export const telnyxKey = (r: Rng31): string => `KEY${r.HEX(32)}_${r.b62(22)}`;
/** An Infobip API key (32 hex + `-` + UUID). */
export const infobipKey = (r: Rng31): string => `${r.hex(32)}-${r.uuid()}`;
/** A TeleSign API key (base64 of 64 bytes). */
export const telesignKey = (r: Rng31): string => r.b64(64);
/** An AWS secret access key (40 chars). */
export const awsSecret = (r: Rng31): string => r.chars(B62 + '+/', 40);
/** An AWS access key id (`AKIA`/`ASIA` + 16) — an identifier. */
export const awsKeyId = (r: Rng31, temp = false): string => (temp ? 'ASIA' : 'AKIA') + r.chars(B32.replace(/[0189]/g, ''), 16);
/** An AWS STS session token (starts `IQoJb3JpZ2luX2Vj`, base64). */
export const awsSessionToken = (r: Rng31): string => 'IQoJb3JpZ2luX2Vj' + r.b64(420).replace(/=+$/, '');
/** An Azure IoT Hub / DPS shared access key (base64 of 32 bytes). */
export const azureKey = (r: Rng31): string => r.b64(32);
/** An Azure DPS enrollment-group primary key (base64 of 64 bytes). */
export const azureGroupKey = (r: Rng31): string => r.b64(64);
/** The percent-encoded signature of an Azure SAS token (base64 of an HMAC-SHA256). */
export const azureSasSig = (r: Rng31): string => encodeURIComponent(r.b64(32));
/** A Particle access token (40 hex). */
export const particleToken = (r: Rng31): string => r.hex(40);
/** A balena API key (32 base62). */
export const balenaKey = (r: Rng31): string => r.b62(32);
/** A The Things Stack API key (`NNSXS.` + 39 + `.` + 52 base32). */
export const ttnKey = (r: Rng31): string => `NNSXS.${r.chars(B32, 39)}.${r.chars(B32, 52)}`;
/** A 128-bit LoRaWAN key (AppKey, NwkSKey, AppSKey) in upper hex. */
export const loraKey = (r: Rng31): string => r.HEX(32);
/** A Samsara API token (`samsara_api_` + 30 base62). */
export const samsaraToken = (r: Rng31): string => `samsara_api_${r.b62(30)}`;
/** A MyGeotab session id (22 base64url chars = 16 bytes). */
export const geotabSession = (r: Rng31): string => r.b64url(16);
/** A ServiceTitan client secret (`cs1.` + 50 lowercase alnum). */
export const stClientSecret = (r: Rng31): string => `cs${r.int(1, 3)}.${r.chars(LOWER + DIGITS, 50)}`;
/** A ServiceTitan application key (`ak1.` + 25 lowercase alnum). */
export const stAppKey = (r: Rng31): string => `ak1.${r.chars(LOWER + DIGITS, 25)}`;
/** A Salesforce session / OAuth access token (`00D` org id + `!` + 96 chars). */
export const sfAccessToken = (r: Rng31): string => `00D${r.b62(12)}!${r.chars(B62, 2)}${r.chars(B62 + '._', 94)}`;
/** A Salesforce refresh token (`5Aep861` + 80 chars). */
export const sfRefreshToken = (r: Rng31): string => `5Aep861${r.chars(B62 + '._', 80)}`;
/** A Salesforce connected-app consumer secret (64 upper hex). */
export const sfConsumerSecret = (r: Rng31): string => r.HEX(64);
/** A Stripe secret key (`sk_live_51` + 97 base62). */
export const stripeSecret = (r: Rng31, kind: 'sk' | 'rk' = 'sk'): string => `${kind}_live_51${r.b62(14)}${r.b62(83)}`;
/** A Stripe webhook signing secret (`whsec_` + 32 base62). */
export const stripeWhsec = (r: Rng31): string => `whsec_${r.b62(32)}`;
/** A GoCardless live access token (`live_` + 40 base64url chars). */
export const gocardlessToken = (r: Rng31): string => `live_${r.chars(B62 + '-_', 40)}`;
/** An Adyen API key (`AQE` + base64 blocks separated by `-`). */
export const adyenKey = (r: Rng31): string => `AQE${r.b64(45).slice(0, 58)}==-${r.b64(32)}-${r.b62(16)}`;
/** A Braintree private key (32 hex). */
export const braintreeKey = (r: Rng31): string => r.hex(32);
/** A Chargebee site API key (`live_` + 34 base62). */
export const chargebeeKey = (r: Rng31): string => `live_${r.b62(34)}`;
/** A UtilityAPI token (32 hex). */
export const utilityApiToken = (r: Rng31): string => r.hex(32);
/** An OAuth2 opaque access token as many carrier and utility APIs issue. */
export const opaqueToken = (r: Rng31): string => r.b64url(30);
/** An SMPP password (at most 8 characters by the spec). */
export const smppPassword = (r: Rng31): string => r.chars(B62, 8);
/** An eSIM matching id (`XXXXX-XXXXX-XXXXX-XXXXX`). */
export const esimMatchingId = (r: Rng31): string => [0, 1, 2, 3].map(() => r.chars(UPPER + DIGITS, 5)).join('-');
/** A Wi-Fi passphrase as people type them. */
export const wifiPsk = (r: Rng31): string =>
  r.pick([`${r.pick(['Blue', 'Quiet', 'Rusty', 'Sunny'])} ${r.pick(['Ferry', 'Tractor', 'Harbour', 'Pylon'])} ${r.int(10, 99)} ${r.pick(['Lakes', 'Ridge', 'Yard'])}`, r.password(20)]);
