import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

/** True when base64 `v` decodes to an opaque token: no `user:pass` colon, and printable and random or binary. */
function opaqueToken(v: string): boolean {
  const raw = v.replace(/%3D/gi, '=');
  if (raw.length < 16 || raw.length % 4 !== 0 || !generated(raw.replace(/=+$/, ''))) return false;
  const decoded = Buffer.from(raw, 'base64').toString('latin1');
  if (decoded.includes(':')) return false; // `user:pass`: the http-basic-auth detector judges it.
  if (/^[\x21-\x7e]+$/.test(decoded)) return decoded.length >= 12 && /[A-Za-z0-9]/.test(decoded) && !isLowEntropy(decoded);
  return decoded.length >= 12; // Raw key bytes.
}

/**
 * An HTTP Basic authorization value that does not decode to `user:pass` is a bearer-like token in
 * Basic clothing (OneSignal's legacy REST API key is a base64 UUID; some gateways take a base64
 * key): the whole value is the credential. Needs an authorization header or option named just
 * before it, so the word `Basic` in prose does not count.
 */
export const BASIC_TOKEN_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'basic-opaque-token',
    name: 'Opaque token in an HTTP Basic authorization header',
    category: 'credential',
    severity: 'high',
    priority: 61,
    keywords: ['basic'],
    pattern: /(?:\b|(?<=%3D|%3A|%20))Basic(?:\s{1,3}|%20)(?<v>[A-Za-z0-9+/]{16,512}(?:(?:%3D){1,2}|={0,2}))(?![A-Za-z0-9+/=])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 60), ctx.matchStart ?? ctx.start);
      return /auth/i.test(before) && opaqueToken(v);
    },
    remediation: 'Rotate this API key at its issuer and stop logging request headers',
  }),
];
