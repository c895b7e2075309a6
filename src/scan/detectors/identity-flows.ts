import { inflateRawSync } from 'node:zlib';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { generated } from './service-credentials';

/**
 * Credentials of federated sign-in flows as IdPs, SPs and their clients log them: SAML responses
 * (bearer assertions, base64 or URL-encoded), OAuth authorization codes in token requests, PKCE
 * verifiers, device codes, Okta/IdP session tokens, Firebase action codes, unarmoured private keys.
 */

/** The longest SAML blob decoded (a response with a signed assertion and certificates is 4–20 KB). */
const MAX_SAML = 262144;

/** The XML a SAML blob carries: base64 (URL-encoded or not) of the XML, or of its raw DEFLATE (HTTP-Redirect binding). */
function samlXml(v: string): string {
  const b64 = v.includes('%') ? v.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=') : v;
  const buf = Buffer.from(b64, 'base64');
  const head = buf.subarray(0, 64).toString('latin1').trimStart();
  if (head.startsWith('<')) return buf.toString('utf8');
  try {
    return inflateRawSync(buf, { maxOutputLength: 1 << 20 }).toString('utf8');
  } catch {
    return '';
  }
}

/**
 * True when the blob is a SAML response or assertion that can be replayed: it holds an assertion
 * (plain or encrypted), or it is a `Response` cut short before one (logs truncate). An AuthnRequest,
 * a LogoutRequest/LogoutResponse or an ArtifactResolve is no credential.
 */
export function isSamlBearer(v: string): boolean {
  if (v.length > MAX_SAML) return false;
  const xml = samlXml(v);
  const root = /<(?:[\w-]{1,16}:)?([A-Za-z]{1,40})[\s>]/.exec(xml.replace(/^\s*<\?xml[^>]*>\s*/, ''))?.[1] ?? '';
  if (root === 'Assertion' || root === 'EncryptedAssertion') return true;
  if (root !== 'Response' && root !== 'RequestSecurityTokenResponse' && root !== 'RequestSecurityTokenResponseCollection') return false;
  return /<(?:[\w-]{1,16}:)?(?:Encrypted)?Assertion[\s>]/.test(xml) || !/<\/(?:[\w-]{1,16}:)?Response>/.test(xml);
}

/** Base64 (also URL-encoded) characters of a SAML blob. */
const B64 = String.raw`(?:[A-Za-z0-9+/]|%2[BbFf])`;

/** A token-like value under a flow's name: generated-looking, not a placeholder. */
const flowToken = (v: string): boolean => !isPlaceholder(v) && generated(v);

/** Key/value separator of forms, JSON and query strings (`=`, `:`, `%3D`, quoted or not). */
const SEP = String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=|:|%3D)\s{0,3}(?:\\{0,3}["'])?`;

/** SAML responses, OAuth codes, verifiers and device codes, session tokens and bare private keys. */
export const IDENTITY_FLOW_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'saml-response',
    name: 'SAML response or assertion (a bearer credential)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.9,
    // The base64 of `<samlp:Respons`, `<saml2p:Respons`, `<Respons`, `<saml:Assertion`, `<saml2:Assertio`,
    // `<Assertio`, `<?xml ` (each begins at a 3-byte boundary), or a blob after `SAMLResponse` / `wresult`.
    keywords: ['phnhbwxwoljlc3bvbnnl', 'phnhbwwycdpszxnwb25zz', 'pfjlc3bvbnnl', 'phnhbww6qxnzzxj0aw9u', 'phnhbwwyokfzc2vydglvb', 'pefzc2vydglvb', 'pd94bwwg', 'samlresponse'],
    pattern: new RegExp(String.raw`(?:SAMLResponse(?:\\{0,3}["'],?\s{0,3}(?::\s{0,3})?\\{0,3}["']|\s{0,3}(?:=|:|%3D)\s{0,3}["']?)|(?<![A-Za-z0-9+/%]))(?<v>${B64}{120,262144}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9+/=%])`),
    mask: 'full',
    validate: isSamlBearer,
    remediation: 'A SAML response logs in whoever replays it until it expires: stop logging ACS request bodies and SAML-tracer exports',
  }),
  defineDetector({
    id: 'oauth-pkce-verifier',
    name: 'OAuth PKCE code verifier',
    category: 'credential',
    severity: 'medium',
    priority: 50,
    keywords: ['code_verifier', 'codeverifier', 'code-verifier'],
    // RFC 7636: 43–128 characters of `[A-Za-z0-9-._~]` (the `code_challenge` is its public hash: not read).
    pattern: new RegExp(String.raw`code[_-]?verifier${SEP}(?<v>[A-Za-z0-9._~-]{43,128})(?![A-Za-z0-9._~-])`, 'i'),
    mask: 'full',
    validate: flowToken,
    remediation: 'A verifier with its authorization code redeems tokens: stop logging token request bodies',
  }),
  defineDetector({
    id: 'oauth-device-code',
    name: 'OAuth device code (device authorization grant)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    keywords: ['device_code', 'devicecode', 'device-code'],
    // RFC 8628 responses and polls: `"device_code":"…"`, `device_code=…` (the grant type's `…:device_code&` has no value;
    // the `user_code` shown to the person is not read).
    pattern: new RegExp(String.raw`device[_-]?code${SEP}(?<v>[A-Za-z0-9._~+/-]{20,2048}={0,2})(?![A-Za-z0-9._~+/=-])`, 'i'),
    mask: 'full',
    validate: flowToken,
    remediation: 'A device code redeems tokens once the person approves: stop logging device authorization responses and polls',
  }),
  defineDetector({
    id: 'oauth-token-request-code',
    name: 'OAuth authorization code in a token request',
    category: 'credential',
    severity: 'high',
    priority: 50,
    keywords: ['authorization_code'],
    // A token request's body (`grant_type=authorization_code&code=…`, curl `-d code=…`, JSON) with the code before or after the grant type.
    pattern: new RegExp(
      String.raw`grant_type${SEP}authorization_code[^\r\n]{0,2000}?(?<![\w-])code${SEP}(?<v>[\w.~+/%-]{10,2048})|(?<![\w-])code${SEP}(?<w>[\w.~+/%-]{10,2048})(?=[^\r\n]{0,2000}?grant_type${SEP}authorization_code)`,
      'i',
    ),
    mask: 'full',
    validate: flowToken,
    remediation: 'Authorization codes are single-use but short-lived: stop logging token request bodies',
  }),
  defineDetector({
    id: 'oauth-client-pair',
    name: 'OAuth client id and secret as a client-authentication pair',
    category: 'credential',
    severity: 'high',
    priority: 48,
    keywords: ['introspect', '/revoke', 'client_secret_basic'],
    // Resource servers and gateways authenticate to the introspection and revocation endpoints (RFC 7662, RFC 7009)
    // and log the pair: `(client rs-orders:<secret>)`, `client=rs-orders:<secret>`.
    pattern: /(?<![\w-])client[ \t]{0,3}[ =:][ \t]{0,3}(?<k>[A-Za-z0-9][\w.@-]{1,63}):(?<v>[A-Za-z0-9_~.+/-]{16,256}={0,2})(?![\w~.+/=-])/i,
    mask: 'full',
    validate: flowToken,
    remediation: 'Rotate this client secret and log the client id alone',
  }),
  defineDetector({
    id: 'idp-session-token',
    name: 'IdP session, activation or recovery token in a log message',
    category: 'credential',
    severity: 'high',
    priority: 46,
    keywords: ['sessiontoken', 'session_token', 'activationtoken', 'activation_token', 'recoverytoken', 'recovery_token'],
    // Okta's authn `sessionToken` (exchanged for a session), activation and recovery tokens, written as prose:
    // `sessionToken 20111… could not be exchanged`, `sessionToken: …`, `session_token=…`.
    pattern: /(?<![\w-])(?:session|activation|recovery)_?token(?:["']?\s{0,3}[:=]\s{0,3}["']?|\s{1,3}(?:is\s{1,3}|was\s{1,3})?)(?<v>[A-Za-z0-9_-]{20,256})(?![\w-])/i,
    mask: 'full',
    validate: flowToken,
    remediation: 'Revoke this session at the IdP (clear user sessions) and stop logging authentication responses',
  }),
  defineDetector({
    id: 'firebase-oob-code',
    name: 'Firebase Auth action code (oobCode)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    keywords: ['oobcode'],
    // Password-reset, e-mail-verification and sign-in links: `…/__/auth/action?mode=resetPassword&oobCode=…`.
    pattern: /oobCode(?:=|%3D|["']\s{0,3}:\s{0,3}["'])(?<v>[A-Za-z0-9_-]{20,512})(?![\w-])/i,
    mask: 'full',
    validate: flowToken,
    remediation: 'An oobCode resets the password or signs in whoever opens the link: revoke it and keep action links out of logs',
  }),
];
