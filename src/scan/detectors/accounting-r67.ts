import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/**
 * Round r67 (blind set 67: accounting, billing and subscription integrations — QuickBooks, Xero, NetSuite, Sage Intacct,
 * Bill.com, Brex, Plaid, Yodlee, Gusto, ADP, Avalara, Paddle), credentials. The classes (people and bank fields are in
 * accounting-r67b.ts):
 * - a JWE compact token (five base64url parts, a header with `enc`: Intuit's OAuth 2 access tokens, Okta/Auth0 encrypted
 *   tokens), which the JWT rule (three parts, `ey…` claims) does not read;
 * - a Brex API token by its prefix (`bxt_…`), under any key or none;
 * - a Plaid secret (30 hex) under a Plaid key with an environment after `SECRET` (`PLAID_SECRET_PRODUCTION=`);
 * - a Bill.com session id (`!<id>!<secret>`) under a session key;
 * - a remember-me token (Bill.com `mfaRememberMeId`, Rails/Laravel `remember_token`, Spring `remember-me`): it skips the
 *   password and the second factor;
 * - a secret named by two words and no separator (`token secret 161a…`, `consumer secret …`: NetSuite TBA in prose);
 * - a token key, then a few words, then its value (`(refresh_token in use: …)`, `access_token sent: …`).
 * Left alone on purpose: a whole database connection string counted as one value (48 per seed of set 67): Herald
 * redacts its password and keeps the user and host for triage.
 */

/** A secret-looking value: letters and digits, not a low-entropy run or a placeholder word. */
const secretish = (v: string): boolean =>
  /[A-Za-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !/^(?:x+|0+|changeme|redacted|placeholder|example|your[\w-]*)$/i.test(v);

/** The JSON header of a base64url part, or null. */
function headerOf(part: string): Record<string, unknown> | null {
  try {
    const h = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof h === 'object' && h !== null && !Array.isArray(h) ? (h as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const ACCOUNTING_R67_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'jwe-compact-token',
    name: 'JWE compact token (five base64url parts, header with `enc`: Intuit OAuth 2 access tokens, encrypted ID/access tokens)',
    category: 'credential',
    severity: 'high',
    priority: 86,
    confidence: 0.85,
    keywords: ['eyj'],
    // header . encrypted key (empty for `dir`) . IV . ciphertext . tag.
    pattern: /(?<![\w-])(?<v>eyJ[\w-]{10,600}\.[\w-]{0,1400}\.[\w-]{12,64}\.[\w-]{16,16384}\.[\w-]{16,64})(?![\w-])/,
    mask: 'full',
    placeholders: false,
    validate: (v) => {
      const h = headerOf(v.slice(0, v.indexOf('.')));
      return h !== null && typeof h.enc === 'string' && typeof h.alg === 'string';
    },
    remediation: 'Revoke the token (the provider revokes the refresh token with it) and stop logging Authorization and token fields',
  }),
  defineDetector({
    id: 'brex-api-token',
    name: 'Brex API token (`bxt_…`)',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    confidence: 0.9,
    keywords: ['bxt_'],
    pattern: /(?<![A-Za-z0-9])(?<v>bxt_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_-])/,
    mask: 'prefix',
    kind: /^bxt_/,
    validate: (v) => secretish(v.slice(4)) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(4)),
    remediation: 'Revoke the token in the Brex dashboard (Developer > Settings) and load it from a secret store',
  }),
  defineDetector({
    id: 'plaid-secret-env-key',
    name: 'Plaid secret (30 hex) under a Plaid key with an environment (`PLAID_SECRET_PRODUCTION=`, `plaid.sandbox.secret:`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['plaid'],
    precheck: { re: /[0-9a-f]{30}(?![0-9A-Za-z])/, reach: 90 },
    pattern: /(?<![A-Za-z])plaid[\w.-]{0,30}secret[\w.-]{0,24}["'\\]{0,3}[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}["'\\]{0,3}(?<v>[0-9a-f]{30})(?![0-9A-Za-z])/i,
    mask: 'full',
    validate: (v) => secretish(v),
    remediation: 'Rotate the secret in the Plaid dashboard (Team Settings > Keys) and load it from a secret store',
  }),
  defineDetector({
    id: 'billcom-session-id',
    name: 'Bill.com session id (`!<id>!<secret>`) under a session key',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['sessionid', 'session_id', 'session id'],
    precheck: { re: /![A-Za-z0-9]{8,16}![A-Za-z0-9]{20,120}/, reach: 40 },
    pattern: /(?<![A-Za-z])session[ _]?id["'\\]{0,3}[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}["'\\]{0,3}(?<v>![A-Za-z0-9]{8,16}![A-Za-z0-9]{20,120})(?![A-Za-z0-9])/i,
    mask: 'full',
    placeholders: false,
    validate: (v) => secretish(v.replace(/!/g, '')),
    remediation: 'Log out the Bill.com session (Logout.json) and stop logging API request bodies',
  }),
  defineDetector({
    id: 'remember-me-token',
    name: 'Remember-me token (`mfaRememberMeId`, `remember_token`, `remember-me` cookie): skips the password or the second factor',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['rememberme', 'remember_me', 'remember-me', 'remember_token', 'remembertoken', 'remember_user_token'],
    pattern: /(?<![A-Za-z])(?:mfa_?)?remember(?:[_-]?me)?(?:[_-]?(?:id|token|cookie|key)|(?<=remember[_-]me)|_user_token)["'\\]{0,3}[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}["'\\]{0,3}(?<v>[A-Za-z0-9%+/=._~-]{20,400})(?![A-Za-z0-9%+/=._~-])/i,
    mask: 'full',
    validate: (v) => secretish(v) && !/^(?:true|false|\d+)$/i.test(v),
    remediation: 'Revoke remembered devices or sessions for the user and stop logging cookies and login configuration',
  }),
  defineDetector({
    id: 'secret-named-by-two-words',
    name: 'Secret named by two words and no separator (`token secret 161a…`, `consumer secret …`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['token secret', 'consumer secret', 'client secret', 'signing secret', 'webhook secret'],
    pattern: /(?<![A-Za-z])(?:token|consumer|client|signing|webhook) secret[ \t]{1,3}(?<v>[A-Za-z0-9_+/=-]{32,128})(?![A-Za-z0-9_+/=-])/i,
    mask: 'full',
    validate: (v) => secretish(v) && /\d.*\d.*\d/.test(v),
    remediation: 'Rotate the secret (for NetSuite TBA, revoke the access token and create another) and stop logging auth settings',
  }),
  defineDetector({
    id: 'token-key-then-words',
    name: 'Token key, then a few words, then its value (`(refresh_token in use: …)`, `access_token sent: …`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['refresh_token', 'access_token', 'refresh token', 'access token', 'refreshtoken', 'accesstoken'],
    pattern: /(?<![A-Za-z])(?:refresh|access)[ _]?token(?: [a-z]{2,10}){1,3}[ \t]{0,2}[:=][ \t]{0,3}["'\\]{0,3}(?<v>[A-Za-z0-9._~+/-]{32,512})(?![A-Za-z0-9._~+/=-])/i,
    mask: 'full',
    validate: (v) => secretish(v) && /\d.*\d.*\d/.test(v),
    remediation: 'Revoke the token (and the refresh token with it) and stop logging OAuth state',
  }),
];
