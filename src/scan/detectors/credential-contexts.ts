import { defineDetector, rei } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords, secretKeyKind } from '../key-names';
import { isVariableReference } from '../references';
import { firstOf, runStarts } from '../match-starts';
import { shopifyProxySignature } from '../signatures';
import { isLowEntropy, shannonEntropy } from '../validators';

/** True when `v` looks generated: letters mixed with digits or in both cases, no long repeats, entropy near that of random base62. */
function randomToken(v: string, minLength: number): boolean {
  return v.length >= minLength && /[A-Za-z]/.test(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v) && shannonEntropy(v) >= Math.min(3.5, Math.log2(v.length) * 0.8);
}

/** Query parameters named as an application's id that providers use as the API key (`appid=` of OpenWeatherMap). */
const APP_ID = /^app(?:lication)?[_-]?id$/i;

/** Last letters of the query parameter names this detector takes (the prefilter keywords are these plus `=`). */
const QUERY_KEY_ENDS = ['key', 'keys', 'token', 'secret', 'auth', 'credential', 'credentials', 'creds', 'login', 'signature', 'sig'];

/** Words of query parameters whose tokens page through results or guard one form, not credentials. */
const PAGING_WORDS: ReadonlySet<string> = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'resumption', 'delta', 'csrf', 'xsrf', 'request', 'idempotency', 'pagination', 'search', 'state']);

/** A quoted or bare value after a sibling `value`/`val` field. */
const SIBLING_VALUE = String.raw`["']?(?:value|val)["']?\s{0,3}[:=]\s{0,3}(?:"(?<v>[^"\r\n]{1,512})"|'(?<w>[^'\r\n]{1,512})'|(?<u>[^\s,;}\]"']{1,512}))`;

/** A secret in a field/value pair: the key name is in a sibling field, the secret in `value`. */
function siblingSecret(v: string, ctx: MatchContext): boolean {
  const kind = secretKeyKind(ctx.key ?? '');
  const s = v.trim();
  if (kind === null || s.length < 6 || isVariableReference(s) || /^[%{<]/.test(s) || isLowEntropy(s)) return false;
  // A password or passphrase may be words with spaces; a token is one random run.
  return kind === 'password' ? !/^\d{1,8}$/.test(s) : randomToken(s, 12);
}

/** Lowercase hex digits. */
function hex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}

/** `\w` (ASCII letters, digits, `_`). */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The first `-` at or after `from` that has another `-` 9 characters on (`<32 hex>-<8 hex>-<8 hex>`), or -1. */
function dashPair(text: string, from: number): number {
  // Never read past the end: charCodeAt's NaN there deoptimised the whole function.
  for (let d = text.indexOf('-', from); d >= 0 && d + 9 < text.length; d = text.indexOf('-', d + 1)) if (text.charCodeAt(d + 9) === 45) return d;
  return -1;
}

/** Credentials recognised by what stands next to them rather than by a prefix of their own. */
export const CREDENTIAL_CONTEXT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'twilio-token-beside-sid',
    name: 'Twilio auth token (beside its account SID)',
    category: 'credential',
    severity: 'critical',
    // Round r73: over twilio-account-sid (public): joined with the SID, the pair stays a leak (`auth=AC…:<token>` with no `twilio` word).
    priority: 91,
    shape: 'hex32',
    // `Client("AC…", "<32 hex>")`, `TwilioRestClient(AC…, <token>)`, `AC…:<token>`: the SID, then the token as the next argument.
    pattern: /(?<![\w])AC[0-9a-f]{32}(?:\\{0,3}["'])?\s{0,3}[,:;|]\s{0,3}(?:[A-Za-z_]{1,24}\s{0,3}=\s{0,3})?(?:\\{0,3}["'])?(?<v>[0-9a-f]{32})(?![\w])/,
    remediation: 'Rotate this Twilio auth token in the Twilio console',
  }),
  defineDetector({
    id: 'mailgun-private-key',
    name: 'Mailgun private API key',
    category: 'credential',
    severity: 'high',
    priority: 75,
    confidence: 0.85,
    // No prefix of its own: runs where a key is named (`key:`, `api_key`, basic-auth user `api:`) or Mailgun is.
    keywords: ['mailgun', 'key', 'api:'],
    // Mailgun's current private key format: 32 hex, dash, 8 hex, dash, 8 hex (the older one is `key-<32 hex>`).
    pattern: /(?<![\w-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![\w-])/,
    // 32 hex before the first of two dashes 9 apart: found with indexOf, not tried at every character.
    starts: runStarts({ find: dashPair, reach: 32, run: hex, blocks: (c) => c === 45 || wordChar(c) }),
    valueLast: true,
    validate: (v, ctx) => /mailgun|key|api:/i.test(ctx.text) && !isLowEntropy(v.slice(0, 32)),
    remediation: 'Rotate this Mailgun API key in the Mailgun control panel (API Security)',
  }),
  defineDetector({
    id: 'url-query-app-key',
    name: 'API key in a URL query parameter',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['appid', 'app_id', 'app-id', 'applicationid', 'application_id', 'application-id', ...QUERY_KEY_ENDS.flatMap((w) => [`${w}=`, `${w}%3d`])],
    // Any parameter the key-name rules call secret (`app_key=`, `x_api_key=`, `license_key=`) or an app id used as a key.
    starts: firstOf('?', '&', ';', '%'), // of `%3F`, `%26`
    valueLast: true,
    pattern: rei`(?:[?&;]|%3F|%26)(?<k>[A-Za-z][\w.-]{0,40})(?:=|%3D)(?<v>[A-Za-z0-9._~+/-]{12,512}(?:%3D|=){0,2})(?=[&#\s"'<>),;]|$)`,
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      // Round r65: a Shopify app proxy's per-request `signature=` HMAC (see generic.ts).
      if (shopifyProxySignature(v, ctx.text, ctx.start)) return false;
      // An app id is a key when it is one: 32+ hex, or 24+ mixed-case letters and digits (not a numeric or `wx…` id).
      if (APP_ID.test(key)) return /^[0-9a-f]{32,64}$/.test(v) ? !isLowEntropy(v) : randomToken(v, 24) && /[A-Z]/.test(v) && /[a-z]/.test(v);
      const ends = QUERY_KEY_ENDS.some((w) => key.toLowerCase().endsWith(w));
      if (keyWords(key).some((w) => PAGING_WORDS.has(w))) return false; // `pageToken=`, `csrf_token=`: no credential
      return ends && secretKeyKind(key) === 'secret' && randomToken(v, 16);
    },
    remediation: 'Rotate this API key and send it in a header instead of the URL',
  }),
  defineDetector({
    id: 'field-value-secret',
    name: 'Secret in a field/value pair',
    category: 'credential',
    severity: 'high',
    priority: 39, // below name-value-secret, which reports the same span of a `name`/`value` pair
    confidence: 0.7,
    keywords: ['value', 'val'],
    // `{"field":"passphrase","value":"…"}`, `{key: "DB_PASSWORD", value: "…"}`, `param=client_secret, val=…`.
    // The name may be a parameter path (`/prod/db/password`, AWS SSM).
    pattern: new RegExp(String.raw`["']?(?:field|key|name|label|param|parameter|setting|property|prop|attribute|attr|variable|var|option)["']?\s{0,3}[:=]\s{0,3}["']?(?<k>[/A-Za-z_][\w./-]{0,63})["']?\s{0,3}[,;]?\s{0,3}` + SIBLING_VALUE, 'i'),
    mask: 'full',
    validate: siblingSecret,
    remediation: 'Change this secret and stop logging the field/value pairs of configuration or validation errors',
  }),
];
