import { base62, crc32 } from './blind-set-30-checks';
import { B62, B64URL, DIGITS, UPPER, type Rng30 } from './blind-set-30-rng';

/* Token generators of ad platforms, billing providers and infrastructure (set 30). */

/** An AWS secret access key (40 characters). */
export function awsSecret(r: Rng30): string {
  return r.chars(B62 + '+/', 40);
}

/** An AWS access key id (`AKIA…`): paired with the secret, left unmarked. */
export function awsKeyId(r: Rng30): string {
  return 'AKIA' + r.chars(UPPER + '234567', 16);
}

/** A Google OAuth client secret (`GOCSPX-…`). */
export function googleClientSecret(r: Rng30): string {
  return 'GOCSPX-' + r.chars(B64URL, 28);
}

/** A Google OAuth refresh token (`1//0…`). */
export function googleRefresh(r: Rng30): string {
  return `1//0${r.pick(['g', '4', '6', '9', 'e'])}${r.chars(B64URL, r.int(96, 100))}`;
}

/** A Google OAuth access token (`ya29.…`). */
export function googleAccess(r: Rng30): string {
  return `ya29.a0${r.chars(B64URL, r.int(150, 200))}`;
}

/** A Google Ads developer token (22 characters). */
export function googleDevToken(r: Rng30): string {
  return r.chars(B64URL, 22);
}

/** A Meta (Facebook) Graph API access token (`EAA…`). */
export function metaToken(r: Rng30): string {
  return 'EAA' + r.pick(['B', 'G', 'I', 'J', 'R']) + r.b62(r.int(170, 200));
}

/** A LinkedIn OAuth access token (`AQ…`). */
export function linkedinToken(r: Rng30): string {
  return 'AQ' + r.pick(['V', 'U', 'W', 'X']) + r.chars(B64URL, r.int(290, 330));
}

/** A LinkedIn client secret (new `WPL_AP1.` format). */
export function linkedinSecret(r: Rng30): string {
  return `WPL_AP1.${r.b62(16)}.${r.b64(6)}`;
}

/** A GitHub classic personal access token with its CRC32 checksum (`ghp_`). */
export function githubPat(r: Rng30): string {
  const body = r.b62(30);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

/** A Shopify Admin API access token (`shpat_`) or shared secret (`shpss_`). */
export function shopifyToken(r: Rng30, prefix = 'shpat_'): string {
  return prefix + r.hex(32);
}

/** A Chargebee API key (`live_…`). */
export function chargebeeKey(r: Rng30): string {
  return 'live_' + r.b62(r.int(32, 36));
}

/** A Stripe secret or restricted key (`sk_live_51…`, `rk_live_51…`). */
export function stripeKey(r: Rng30, kind: 'sk' | 'rk' = 'sk'): string {
  return `${kind}_live_51${r.b62(14)}${r.b62(r.int(80, 85))}`;
}

/** A Stripe webhook signing secret (`whsec_`). */
export function stripeWhsec(r: Rng30): string {
  return 'whsec_' + r.b62(32);
}

/** A GoCardless live access token. */
export function gocardlessToken(r: Rng30): string {
  return 'live_' + r.chars(B64URL, 40);
}

/** A Twilio auth token (32 hex). */
export function twilioToken(r: Rng30): string {
  return r.hex(32);
}

/** A Zuora OAuth client secret (40 characters, `=` and `/` allowed). */
export function zuoraSecret(r: Rng30): string {
  return r.chars(B62 + '=/', 40);
}

/** A Census workspace API token (`secret-token:…`). */
export function censusToken(r: Rng30): string {
  return 'secret-token:' + r.b62(32);
}

/** A Slack bot token (`xoxb-…`). */
export function slackBotToken(r: Rng30): string {
  return `xoxb-${r.num(12)}-${r.num(13)}-${r.b62(24)}`;
}

/** A Slack incoming-webhook URL (the path is the secret). */
export function slackWebhook(r: Rng30): string {
  return `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
}
