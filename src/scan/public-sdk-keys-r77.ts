/**
 * Round r77 (blind set 77: the long tail of API providers): client-side keys that providers document as public — made
 * to be shipped in browser bundles and mobile apps, so a log that prints one leaks nothing. Each is told by its own
 * documented format (prefix, length, alphabet), whatever the key it is assigned to:
 * - Statsig client SDK keys `client-<alphanumerics>` (the server key is `secret-…`);
 * - Lob publishable keys `live_pub_`/`test_pub_` + 31 hex (the secret key is `live_`/`test_` + hex without `pub_`);
 * - Paddle Billing client-side tokens `live_`/`test_` + 27 hex (API keys are `pdl_live_apikey_…` or longer);
 * - a Stream (getstream.io) API key: 12 lowercase letters and digits, passed to a Stream client with the secret kept on
 *   the server (`StreamVideoClient({ apiKey })`, `StreamChat.getInstance(key)`); the 64-character secret stays a secret.
 * Left alone on purpose: a `client-` value under a key that names a secret (`client_secret=client-…`), and a 12-character
 * value under an `apiKey` with no Stream client named before it (other providers' short keys are secrets).
 */

const STATSIG_CLIENT = /^client-[A-Za-z0-9]{32,64}$/;
const LOB_PUBLISHABLE = /^(?:live|test)_pub_[0-9a-f]{31}$/;
const PADDLE_CLIENT_TOKEN = /^(?:live|test)_[0-9a-f]{27}$/;
const STREAM_API_KEY = /^[a-z0-9]{12}$/;
/** A Stream client named before the key (its constructors and packages). */
const STREAM_CLIENT = /\b(?:Stream(?:Video|Chat|Feeds?)?Client|StreamChat|stream-(?:chat|video|feeds)|getstream)\b/;

/** True when `value`, assigned to `key`, is a client-side key its provider documents as public (see above). */
export function isPublicSdkKey(key: string, value: string, before: string): boolean {
  const c = value.charCodeAt(0);
  if (c === 99 /* c */ && value.startsWith('client-')) return STATSIG_CLIENT.test(value) && !/secret/i.test(key);
  if (c === 108 /* l */ || c === 116 /* t */) return LOB_PUBLISHABLE.test(value) || PADDLE_CLIENT_TOKEN.test(value);
  if (value.length === 12 && /api[_.-]?key$/i.test(key) && STREAM_API_KEY.test(value) && /\d/.test(value) && /[a-z]/.test(value)) return STREAM_CLIENT.test(before.slice(-300));
  return false;
}
