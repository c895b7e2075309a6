import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

/** True for a bare token: 32+ hex, or 16+ base64/base64url characters that look generated. */
function bareToken(v: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(v)) return !isLowEntropy(v) && /[a-f]/i.test(v) && /\d/.test(v);
  return v.length >= 16 && generated(v.replace(/=+$/, ''));
}

/** OAuth 1.0a signing material in debug logs, and header values printed on the line after their name. */
export const OAUTH_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'oauth1-signing-key',
    name: 'OAuth 1.0a signing key (consumer secret & token secret)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    keywords: ['signing key', 'signing_key', 'signing-key', 'signingkey'],
    // oauthlib/requests-oauthlib and hand-rolled clients log `Signing key: <consumer secret>&<token secret>`.
    pattern: /signing[ _-]?key["']?\s{0,3}[:=]\s{0,3}["']?(?<v>[A-Za-z0-9%._~-]{8,256}&[A-Za-z0-9%._~-]{0,256})(?![\w%.~&-])/i,
    mask: 'full',
    validate: (v) => {
      // Each secret is a random run; `&` with an empty token secret is a consumer secret alone.
      const part = (p: string): boolean => p.length >= 8 && /\d/.test(p) && /[A-Za-z]/.test(p) && !isLowEntropy(p);
      const [consumer = '', token = ''] = v.split('&');
      return part(consumer) && (token === '' || part(token));
    },
    remediation: 'Regenerate the consumer secret and revoke the access token, and turn off OAuth debug logging',
  }),
  defineDetector({
    id: 'oauth1-base-string-token',
    name: 'OAuth 1.0a access token in a signature base string',
    category: 'credential',
    severity: 'high',
    priority: 50,
    keywords: ['oauth_token%3d', 'oauth_token%253d'],
    // `POST&https%3A%2F%2F…&…%26oauth_token%3D<token>%26oauth_version%3D1.0` (encoded once or twice).
    pattern: /oauth_token%(?:25)?3D(?<v>[A-Za-z0-9._~-]{12,256})(?=%|&|$|[\s"'])/i,
    validate: generated,
    remediation: 'Revoke this OAuth access token and turn off OAuth debug logging',
  }),
  defineDetector({
    id: 'auth-header-next-line',
    name: 'Credential on the line after its Authorization header',
    category: 'credential',
    severity: 'high',
    priority: 48,
    keywords: ['authorization', 'bearer'],
    span: 2400,
    // `Authorization:` / `Authorization: Bearer` / `> Bearer` at the end of a line, the token alone on the next one.
    pattern: /(?:authorization|bearer)["']?[ \t]{0,3}[:=]?[ \t]{0,3}(?:(?:bearer|token|basic|apikey)[ \t]{0,3}|[|>][-+]?[ \t]{0,3})?\r?\n[ \t>*|-]{0,16}(?<v>[A-Za-z0-9+/_.~-]{16,2300}={0,2})[ \t]*(?=\r?\n|$)/i,
    validate: bareToken,
    remediation: 'Revoke this credential at its issuer and stop logging request headers',
  }),
];
