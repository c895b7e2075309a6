import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isFictionalPhone } from '../public-values';
import { isLowEntropy } from '../validators';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): provider secrets under their own
 * documented names and formats — Bird/MessageBird's `Authorization: AccessKey …` scheme, an SFDX
 * auth URL's refresh token (`force://clientId:secret:refreshToken@instance`), M-Pesa Daraja's
 * `Passkey`, Geotab's `credentials.sessionId` (beside `database`) and session env vars — and
 * phone numbers typed by a sibling field (`{"type":"MobilePhone","value":"…"}`).
 */

/** Not a placeholder or one character repeated. */
const tokenOk = (v: string): boolean => !/^(.)\1+$/.test(v) && !/^(?:x+|\*+|redacted|placeholder|your[_-]?\w*)$/i.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

export const PROVIDER_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bird-access-key-header',
    name: 'Bird/MessageBird access key in an `Authorization: AccessKey …` header',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['accesskey '],
    pattern: /(?<![\w-])AccessKey\s(?<v>[A-Za-z0-9]{20,80})(?![A-Za-z0-9])/,
    mask: 'prefix',
    validate: (v) => tokenOk(v),
    remediation: 'Rotate the Bird access key and log request headers without Authorization',
  }),
  defineDetector({
    id: 'sfdx-auth-url-refresh-token',
    name: 'Salesforce refresh token in an SFDX auth URL (`force://clientId:clientSecret:refreshToken@instance`)',
    category: 'credential',
    severity: 'critical',
    priority: 56,
    confidence: 0.9,
    keywords: ['force://'],
    pattern: /(?<![\w])force:\/\/[^:\s@]{0,128}:[^:\s@]{0,128}:(?<v>[A-Za-z0-9._]{20,256})@[\w.-]{3,253}/,
    mask: 'prefix',
    validate: (v) => tokenOk(v),
    remediation: 'Revoke the refresh token (Setup > Connected Apps OAuth Usage) and never print `sf org display --verbose` output',
  }),
  defineDetector({
    id: 'mpesa-passkey',
    name: 'M-Pesa Daraja Lipa na M-Pesa passkey under its name',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['passkey'],
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z0-9_]{0,30}pass_?key)\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?(?<v>[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{24,128}={0,2})(?![A-Za-z0-9+/=_-])/i,
    mask: 'full',
    validate: (v) => tokenOk(v),
    remediation: 'Ask Safaricom for a new passkey (it signs STK push requests) and keep .env files out of the repository',
  }),
  defineDetector({
    id: 'geotab-session-id',
    name: 'Geotab API session id (`credentials.sessionId` beside `database`, or a cached-session env var)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['sessionid', 'session='],
    pattern: /(?:(?<![A-Za-z0-9_])"sessionId"\s{0,3}:\s{0,3}"(?<v>[A-Za-z0-9_-]{16,64})"|(?<![A-Za-z0-9_])(?<k>[A-Z][A-Z0-9]{1,20}(?:_[A-Z0-9]{1,20}){0,3}_SESSION(?:_?ID|_TOKEN)?)=(?<w>[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_-]))/,
    mask: 'full',
    validate: (v, ctx) => {
      // Round r42: a Geotab session id (22 random letters and digits) may hold no digit; mixed case and entropy then.
      if (!tokenOk(v) && (ctx.key || v.length < 20 || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || isLowEntropy(v))) return false;
      if (ctx.key) return true;
      // Geotab's credentials object: database, sessionId, userName.
      const near = ctx.text.slice(Math.max(0, ctx.start - 150), Math.min(ctx.text.length, ctx.end + 150));
      return /"database"\s{0,3}:/.test(near);
    },
    remediation: 'Sign the session out (Geotab sessions act as the user) and log Authenticate results without credentials',
  }),
  defineDetector({
    id: 'phone-typed-value',
    name: 'Phone number typed by a sibling field (`{"type":"MobilePhone","value":"…"}`)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['phone"'],
    pattern: /"type"\s{0,3}:\s{0,3}"(?:Mobile|Home|Work|Cell|Business)?_?Phone(?:Number)?"\s{0,3},\s{0,3}"value"\s{0,3}:\s{0,3}"(?<v>\+?\d[\d ().-]{8,16}\d)"/i,
    mask: 'phone',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      return d.length >= 9 && d.length <= 15 && !/^(\d)\1+$/.test(d) && !isFictionalPhone(d);
    },
    remediation: 'Log customer contacts by id, without their phone numbers',
  }),
];
