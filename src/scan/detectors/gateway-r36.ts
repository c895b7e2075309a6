import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { prefixedToken } from './prefixed-token';

/**
 * Round r36 (blind set 36: API gateways, service mesh, message brokers and the internal platform), gateway side:
 * secrets a gateway's own config and tools print — Kong plugin settings written as one-element flow sequences
 * (`client_secret: [ "…" ]`), Apigee consumer keys in a trace's name/value pairs, `__Host-`/`__Secure-` session
 * cookies in access logs, the values `az … show-secret` / `keys list` print, and ConfigCat's `configcat-sdk-1/` keys.
 */

/** A secret-looking value: letters with digits, or 16+ characters of mixed case; not a reference or a placeholder. */
const secretOk = (v: string): boolean => {
  if (isPlaceholder(v) || isVariableReference(v) || /^[{$<%[]|:\/\//.test(v)) return false;
  const lower = /[a-z]/.test(v), upper = /[A-Z]/.test(v), digit = /\d/.test(v);
  return v.length >= 16 ? (lower || upper) && (digit || (lower && upper)) : (lower || upper) && digit;
};

/** Key words whose one-element flow sequence holds a secret, and how configs write the key before `[`. */
const ARRAY_KEYS = ['secret', 'secrets', 'password', 'passwords'];
const ARRAY_KEYWORDS = ARRAY_KEYS.flatMap((k) => [`${k}: [`, `${k}:[`, `${k}": [`, `${k}":[`, `${k}' : [`, `${k}" : [`, `${k}': [`]);

/** Cookie names (after `__Host-`/`__Secure-`) that carry a session or an auth token. */
const SESSION_COOKIE = /^(?:[\w.-]{0,24}[_.-])?(?:sid|ssid|sess|session|sessionid|session_?id|auth|auth_?token|token|access_?token|refresh_?token|jwt|login|remember(?:_?me)?|identity|id_?token)$/i;

/** `az` subcommands whose output prints a secret's value (`"value": "…"`). */
const AZ_SECRET_COMMAND = /\baz\s+(?:[a-z][\w-]*\s+){1,5}(?:show-secret|keys (?:list|renew)|list-keys|list-secrets)\b|\baz\s+keyvault secret (?:show|set)\b/;
/** Any `az` command (a later one ends the output of the previous). */
const AZ_COMMAND = /\baz\s+[a-z][\w-]*/g;

export const GATEWAY_R36_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-flow-sequence',
    name: 'Secret or password as the one string of a flow sequence under its key (a Kong plugin\'s `client_secret` list)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ARRAY_KEYWORDS,
    // Kong's openid-connect plugin takes `client_id`/`client_secret` as arrays (one per client), and deck renders them `[ "…" ]`.
    pattern: /(?<![\w-])(?<k>[\w-]{0,40}?(?:[Ss]ecrets?|[Pp]asswords?|SECRETS?|PASSWORDS?))\\{0,3}["']?\s{0,3}:\s{0,3}\[\s{0,3}\\{0,3}["'](?<v>[^"'\\\s]{8,256})\\{0,3}["']\s{0,3}[\],]/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Rotate the client secret at the identity provider and reference it from a Kong vault (`{vault://…}`) instead of the declarative config',
  }),
  defineDetector({
    id: 'apigee-consumer-key-named-value',
    name: 'Apigee consumer key (48 or 32 letters and digits) as the value of a `client_id`/`apikey` pair in a debug trace or request capture',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: ['"client_id"', '"apikey"', '"api_key"', '"consumer_key"', '"consumerkey"', '"x-apikey"', '"x-api-key"'],
    // Apigee X issues 48-character consumer keys (Edge: 32); a trace lists query parameters and headers as `{"name":…,"value":…}`.
    pattern: /\\{0,3}"(?:client_id|apikey|api_key|consumer_?key|x-api-?key)\\{0,3}"\s{0,3},\s{0,3}\\{0,3}"value\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>[A-Za-z0-9]{48}|[A-Za-z0-9]{32})\\{0,3}"/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Revoke the developer app\'s key in Apigee (regenerate the credential) and mask query parameters in trace sessions',
  }),
  defineDetector({
    id: 'host-prefixed-session-cookie',
    name: 'Session cookie with a `__Host-` or `__Secure-` name prefix (an access log\'s cookie field, a cookie jar)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['__host-', '__secure-'],
    pattern: /(?<![\w-])__(?:Host|Secure)-(?<k>[\w.-]{2,40})=(?<v>[A-Za-z0-9%._~+/-]{16,512}={0,2})(?![\w%.~+/=-])/,
    mask: 'full',
    validate: (v, ctx) => SESSION_COOKIE.test(ctx.key ?? '') && ((/\d/.test(v) && /[A-Za-z]/.test(v)) || (v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v))) && !isPlaceholder(v),
    remediation: 'Invalidate the session and drop `$http_cookie` from the access log format',
  }),
  defineDetector({
    id: 'azure-cli-secret-value',
    name: 'Secret value in the output of an `az` command that prints one (`apim nv show-secret`, `keyvault secret show`, `storage account keys list`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['show-secret', 'keyvault secret show', 'keyvault secret set', 'keys list', 'keys renew', 'list-keys', 'list-secrets'],
    span: 1500, // the JSON the command prints follows on the next lines
    pattern: /\\{0,3}"value\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>[A-Za-z0-9+/=_~.-]{20,256})\\{0,3}"/,
    mask: 'full',
    validate: (v, ctx) => {
      // The value belongs to the last `az` command in the 1000 characters before it, which must be one that prints a secret
      // (bounded: the same answer in the keyword's window as in the whole text).
      const before = ctx.text.slice(Math.max(0, ctx.start - 1000), ctx.start);
      let last = -1;
      for (const m of before.matchAll(AZ_COMMAND)) last = m.index;
      if (last < 0) return false;
      const line = before.slice(last, before.indexOf('\n', last) < 0 ? before.length : before.indexOf('\n', last));
      return AZ_SECRET_COMMAND.test(line) && secretOk(v);
    },
    remediation: 'Rotate the key or secret (regenerate the storage key, update the named value) and keep `az` output that shows secrets out of logs',
  }),
  prefixedToken({
    id: 'configcat-sdk-key',
    name: 'ConfigCat SDK key (`configcat-sdk-1/` and two 22-character parts)',
    prefix: 'configcat-sdk-1/',
    body: String.raw`[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}`,
    remediation: 'Rotate the SDK key in the ConfigCat dashboard (SDK Keys) and keep it out of client error logs',
  }),
];
