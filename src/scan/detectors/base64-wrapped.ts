import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { matchDetector, type RawMatch } from '../match-detector';
import { isPlaceholder } from '../placeholders';
import { AUTH_DETECTORS } from './auth';
import { CLOUD_DETECTORS } from './cloud';
import { DEV_PROVIDER_DETECTORS } from './providers-dev';
import { DEVTOOLS_DETECTORS } from './devtools';
import { GENERIC_DETECTORS } from './generic';
import { INTEGRATION_DETECTORS } from './integrations';
import { MESSAGING_DETECTORS } from './messaging';
import { PAYMENTS_DETECTORS } from './payments';
import { SAAS_DETECTORS } from './saas';
import { SERVICE_CREDENTIAL_DETECTORS } from './service-credentials';

/** The longest base64 blob decoded (bounded work per blob). */
const MAX_B64 = 8192;

/** The credential detectors a decoded blob is scanned with (keyword-anchored ones only). */
const INNER: readonly Detector[] = [
  ...CLOUD_DETECTORS, ...AUTH_DETECTORS, ...DEVTOOLS_DETECTORS, ...MESSAGING_DETECTORS, ...PAYMENTS_DETECTORS,
  ...SAAS_DETECTORS, ...INTEGRATION_DETECTORS, ...DEV_PROVIDER_DETECTORS, ...GENERIC_DETECTORS, ...SERVICE_CREDENTIAL_DETECTORS,
].filter((d) => d.category === 'credential' && d.keywords.length > 0);

/** The blob's text when it decodes to printable UTF-8, else null. */
function decodedText(v: string): string | null {
  if (v.length > MAX_B64) return null;
  const text = Buffer.from(v, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n\u00a0-\uffef]+$/.test(text) && !text.includes('\ufffd') ? text : null;
}

/** True when a docker config (`{"auths":{…}}`) holds a registry credential: `auth` (base64 user:pass), `password` or `identitytoken`. */
function dockerConfigCredential(text: string): boolean {
  for (const m of text.matchAll(/"(auth|password|identitytoken)"\s*:\s*"([^"\\]{4,2048})"/g)) {
    const val = m[2]!;
    if (m[1] === 'auth') {
      const pair = Buffer.from(val, 'base64').toString('utf8');
      const pass = pair.slice(pair.indexOf(':') + 1);
      if (pair.includes(':') && pass.length >= 4 && !isPlaceholder(pass)) return true;
    } else if (!isPlaceholder(val)) return true;
  }
  return false;
}

/** True when the decoded text holds a credential the built-in credential detectors report as a leak. */
export function holdsCredential(text: string): boolean {
  // A docker config is judged by its own fields (a redacted `auth` of `user:<password>` is no credential).
  if (/^\s*\{\s*"auths"\s*:/.test(text)) return dockerConfigCredential(text);
  const lower = text.toLowerCase();
  const out: RawMatch[] = [];
  for (const d of INNER) {
    if (!d.keywords.some((k) => lower.includes(k))) continue;
    matchDetector(d, text, 0, text.length, out);
    if (out.some((m) => !m.verdict.test && !m.verdict.public)) return true;
  }
  return false;
}

/** Base64 blobs that wrap a credential: JSON bundles, docker configs, SMTP `AUTH PLAIN`. */
export const BASE64_WRAPPED_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'base64-wrapped-credential',
    name: 'Base64-encoded JSON holding a credential',
    category: 'credential',
    severity: 'high',
    priority: 40,
    // `{"` / `{ "` / `{\n` in base64: a JSON document (k8s `.dockerconfigjson`, secret bundles, env dumps).
    keywords: ['eyj', 'eyai', 'ewog', 'ewoi'],
    pattern: /(?<![\w+/.-])(?:eyJ|eyAi|ewog|ewoi)[A-Za-z0-9+/_-]{36,8188}={0,2}(?![\w+/=.-])/,
    mask: 'full',
    validate: (v) => {
      const text = decodedText(v);
      return text !== null && holdsCredential(text);
    },
    remediation: 'Rotate the credential inside this base64 value and stop logging the encoded secret',
  }),
  defineDetector({
    id: 'smtp-auth-plain',
    name: 'SMTP AUTH PLAIN credentials (base64)',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['auth plain'],
    // `AUTH PLAIN <base64 of \0user\0password>` in an SMTP transcript.
    pattern: /\bAUTH PLAIN (?<v>[A-Za-z0-9+/]{8,1024}={0,2})(?![\w+/=])/i,
    mask: 'full',
    validate: (v) => {
      const parts = Buffer.from(v, 'base64').toString('utf8').split('\0');
      return parts.length === 3 && parts[1]!.length > 0 && parts[2]!.length >= 4 && !isPlaceholder(parts[2]!);
    },
    remediation: 'Change this mailbox password and turn off SMTP debug logging',
  }),
  defineDetector({
    id: 'sasl-oauth-bearer',
    name: 'OAuth bearer token in an SMTP/IMAP/POP SASL exchange (XOAUTH2, OAUTHBEARER; base64)',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['xoauth2 ', 'oauthbearer '],
    // `AUTH XOAUTH2 <base64>` (SMTP, POP), `AUTHENTICATE XOAUTH2 <base64>` (IMAP), `AUTH OAUTHBEARER <base64>`:
    // the base64 holds `user=…^Aauth=Bearer <token>^A^A` (RFC 7628: `n,a=…,^A…auth=Bearer <token>^A^A`).
    pattern: /\b(?:AUTH|AUTHENTICATE) (?:XOAUTH2|OAUTHBEARER) (?<v>[A-Za-z0-9+/]{16,4096}={0,2})(?![\w+/=])/i,
    mask: 'full',
    validate: (v) => {
      // The SASL fields are separated by ^A (0x01): split on it rather than match control characters.
      const token = Buffer.from(v, 'base64').toString('latin1').split(String.fromCharCode(1)).find((f) => /^auth=Bearer \S{8,}$/i.test(f))?.slice(12);
      return token !== undefined && !isPlaceholder(token);
    },
    remediation: 'Revoke this OAuth token (it grants the mailbox) and turn off mail-protocol debug logging',
  }),
];
