import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/** True when a base64 string decodes to a JWT or JWE (`eyJ….…`) whose header is JSON. */
function encodedJwt(v: string): boolean {
  const inner = Buffer.from(v, 'base64').toString('latin1');
  const m = /^eyJ[A-Za-z0-9_-]{8,}(?=\.)/.exec(inner);
  if (!m) return false;
  const header = Buffer.from(m[0], 'base64url').toString('latin1');
  return /^\{\s*"[a-zA-Z0-9#_]{1,16}"\s*:/.test(header);
}

/**
 * Developer-platform tokens with a published prefix: 1Password secret keys, PlanetScale,
 * OpenShift, EasyPost, Perplexity, 42 Intra, Claude Code session links, base64-wrapped JWTs.
 */
export const DEV_PROVIDER_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'onepassword-secret-key',
    name: '1Password account secret key',
    category: 'credential',
    severity: 'critical',
    keywords: ['a3-'],
    // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX (the 1Password white paper also prints 11 in the second group).
    pattern: /(?<![\w-])A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/,
    kind: /^A3-/,
    validate: (v) => /\d/.test(v) && !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Regenerate this 1Password secret key (Account > Secret Key) and review the account sign-ins',
  }),
  defineDetector({
    id: 'planetscale-token',
    name: 'PlanetScale password or token',
    category: 'credential',
    severity: 'critical',
    keywords: ['pscale_'],
    pattern: /(?<![\w-])pscale_(?:pw|tkn|oauth)_[\w.=-]{32,64}(?![\w.=-])/,
    kind: /^pscale_(?:pw|tkn|oauth)_/,
    remediation: 'Delete this PlanetScale password or service token in the database settings and create a new one',
  }),
  defineDetector({
    id: 'openshift-token',
    name: 'OpenShift user token',
    category: 'credential',
    severity: 'high',
    keywords: ['sha256~'],
    pattern: /(?<![\w-])sha256~[\w-]{43}(?![\w-])/,
    kind: /^sha256~/,
    remediation: 'Log this OpenShift token out (oc logout or delete the OAuthAccessToken) and sign in again',
  }),
  defineDetector({
    id: 'easypost-api-key',
    name: 'EasyPost API key',
    category: 'credential',
    severity: 'high',
    keywords: ['ezak', 'eztk'],
    pattern: /(?<![\w+/-])EZ[AT]K[A-Za-z0-9]{54}(?![\w+/=-])/,
    kind: /^EZ[AT]K/,
    validate: (v) => (v.startsWith('EZTK') ? { ok: true, test: true, severity: 'low' } : true),
    remediation: 'Revoke this EasyPost API key in the account settings and create a new one',
  }),
  defineDetector({
    id: 'perplexity-api-key',
    name: 'Perplexity API key',
    category: 'credential',
    severity: 'high',
    keywords: ['pplx-'],
    pattern: /(?<![\w-])pplx-[A-Za-z0-9]{48}(?![\w-])/,
    kind: /^pplx-/,
    remediation: 'Delete this Perplexity API key in the API settings and create a new one',
  }),
  defineDetector({
    id: 'intra42-client-secret',
    name: '42 Intra API client secret',
    category: 'credential',
    severity: 'high',
    keywords: ['s-s4t2'],
    pattern: /(?<![\w-])s-s4t2(?:ud|af)-[a-f0-9]{64}(?![\w-])/,
    kind: /^s-s4t2(?:ud|af)-/,
    remediation: 'Regenerate this 42 Intra application secret',
  }),
  defineDetector({
    id: 'claude-code-session-url',
    name: 'Claude Code remote session link',
    category: 'credential',
    severity: 'medium',
    keywords: ['claude.ai/code/session_'],
    pattern: /claude\.ai\/code\/(?<v>session_[A-Za-z0-9]{16,64})(?![A-Za-z0-9])/i,
    remediation: 'End this Claude Code session; anyone with the link can drive it',
  }),
  defineDetector({
    id: 'jwt-base64',
    name: 'Base64-encoded JSON Web Token',
    category: 'credential',
    severity: 'high',
    priority: 85,
    keywords: ['zxlk'],
    // base64("eyJ…") starts with ZXlK; the decoded text must be a JWT with a JSON header.
    pattern: /(?<![\w+/-])ZXlK[A-Za-z0-9+/_-]{40,8192}={0,2}(?![\w+/=-])/,
    mask: 'tail',
    validate: encodedJwt,
    remediation: 'Revoke this token (it is a base64-wrapped JWT) at its issuer and stop logging it',
  }),
];
