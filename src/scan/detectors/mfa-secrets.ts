import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

/**
 * Second factors and sessions as support tickets and gateways log them: MFA recovery codes, SMS
 * one-time codes, session-store keys (Redis `sess:<id>`, PHP
 * `sess_<id>`), PHP-serialized session secrets, RADIUS PAP passwords, typed credential objects
 * (`{"type":"password","value":…}`), private keys as bare base64 DER.
 */

/** A recovery code: groups with a digit, not a date or a time. */
function recoveryCode(v: string): boolean {
  // Round r64: a code of three or four letter groups (`wodn-jcgb-soef`), its list's other codes having digits or not.
  if (/^[a-z]{4,5}(?:-[a-z]{4,5}){2,3}$/.test(v)) return !isLowEntropy(v.replace(/-/g, '')) && new Set(v.replace(/-/g, '')).size >= 7;
  if (!/\d/.test(v) || /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[-:]\d{2}(?:[-:]\d{2})?$/.test(v)) return false;
  const digits = v.replace(/[^\d]/g, '').length;
  return /[A-Za-z]/.test(v) ? !isLowEntropy(v.replace(/[- ]/g, '')) : digits >= 8;
}

/** A session id: generated, or 26+ lowercase base32/hex (PHP's default `session.sid_bits_per_character`). */
const sessionId = (v: string): boolean => generated(v) || (/^[a-v0-9,-]{26,}$/.test(v) && /\d/.test(v) && /[a-v]/.test(v) && !isLowEntropy(v));

/** The value under a typed or named credential field (`"type":"password"`, `"path":"password"`). */
const typedValue = (v: string, ctx: MatchContext): boolean => {
  const kind = secretKeyKind((ctx.key ?? '').replace(/^.*[:/.]/, ''));
  return kind !== null && secretValueOk(kind, v);
};

/** The DER starts of unencrypted private keys after their outer SEQUENCE header, as base64: PKCS#8 RSA, EC and Ed25519, PKCS#1 RSA. */
const DER_KEY_STARTS = ['IBADANBgkqhkiG9w0BAQEFAAS', 'AgEAMBMGByqGSM49AgEG', 'CAQAwBQYDK2Vw', 'IBAAKCAQEA', 'IBAAKCAgEA', 'IBAAKBgQ'];

/** MFA recovery and one-time codes, session ids, RADIUS passwords, typed credentials, bare private keys. */
export const MFA_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'mfa-recovery-code',
    name: 'MFA recovery / backup code',
    category: 'credential',
    severity: 'high',
    priority: 48,
    keywords: ['recovery code', 'recovery_code', 'recoverycode', 'recovery-code', 'backup code', 'backup_code', 'backupcode', 'backup-code', 'scratch code', 'scratch_code', 'scratchcode'],
    span: 900,
    // Codes as lists print them after the keyword: one per line (`  1. 8eicf-5zcmz`, `- 1234 5678`) or as JSON/array
    // strings (`"recovery_codes":["KT2B-E2TE-RD1I",…]`). GitHub `xxxxx-xxxxx`, Google `1234 5678`, Auth0/Okta groups.
    // The keyword is part of the pattern (a lookbehind checked once a code matched, reaching 800 characters: less than
    // the span, so that a stream's pieces find what a whole scan finds), so a window holds no code without it.
    pattern:
      /(?:(?<=(?<![^\n])[ \t]{0,8}(?:\d{1,2}[.)][ \t]{1,3}|[-*•][ \t]{1,3})?)|(?<=["']))(?<v>[A-Za-z0-9]{4,6}(?:[- ][A-Za-z0-9]{2,6}){1,3}|\d{8,10}|[a-z0-9]{10,16})(?=["']|[ \t]*(?:\r?\n|$))(?<=(?:[Rr]ecovery|RECOVERY|[Bb]ackup|BACKUP|[Ss]cratch|SCRATCH)[ _-]?(?:[Cc]odes?|CODES?)\b[^]{1,800})/,
    mask: 'full',
    validate: recoveryCode,
    remediation: 'Regenerate this user\'s recovery codes (the old set stops working) and do not paste them into tickets',
  }),
  defineDetector({
    id: 'sms-otp-code',
    name: 'One-time code in an SMS or e-mail body',
    category: 'credential',
    severity: 'medium',
    priority: 46,
    keywords: ['verification code', 'security code', 'login code', 'sign-in code', 'one-time', 'confirmation code', 'authentication code', 'otp is', 'otp:', 'passcode', 'is your'],
    // SMS gateways log the message body: `Your Acme verification code is 345233`, `OTP: 4821`, `482193 is your login code`.
    pattern:
      /\b(?:verification|security|login|sign-in|signin|one-time|confirmation|authentication|access|2fa|mfa)\s(?:pass)?code(?:\s(?:is|:)|:)\s{0,3}(?<v>\d{4,8})(?![\d-])|\b(?:OTP|passcode)(?:\sis|:)\s{0,3}(?<w>\d{4,8})(?![\d-])|(?<![\w-])(?<u>\d{4,8}) is your (?:[\w-]{1,30} ){0,3}(?:verification |login |security |sign-in |one-time |confirmation )?(?:code|OTP|passcode|PIN)\b/i,
    mask: 'full',
    remediation: 'Stop logging SMS and e-mail bodies that carry one-time codes (log the template id instead)',
  }),
  defineDetector({
    id: 'session-store-id',
    name: 'Session id in a session store key (Redis sess:, PHP sess_)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    keywords: ['sess:', 'phpredis_session:', 'spring:session:sessions:', '/sess_'],
    // connect-redis `sess:<id>`, phpredis `PHPREDIS_SESSION:<id>`, Spring Session `spring:session:sessions:<id>`,
    // PHP's file handler `/var/lib/php/sessions/sess_<id>`: the key holds the session cookie's value.
    pattern: /(?<![\w:-])(?:sess|PHPREDIS_SESSION|spring:session:sessions(?::expires)?):(?<v>[A-Za-z0-9_,-]{20,128})(?![\w,-])|[/\\]sess_(?<w>[A-Za-z0-9,-]{22,128})(?![\w,-])/,
    mask: 'full',
    validate: sessionId,
    remediation: 'Expire this session (delete the key) and keep session-store dumps out of tickets',
  }),
  defineDetector({
    id: 'php-serialized-secret',
    name: 'Secret in PHP-serialized data (sessions, caches)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    keywords: ['";s:'],
    // `s:12:"access_token";s:54:"…";` in a PHP session file, a Laravel cache entry or a WordPress option.
    pattern: /s:\d{1,3}:"(?<k>[A-Za-z_][\w.-]{0,63})";s:\d{1,5}:"(?<v>[^"\r\n]{1,2048})";/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(ctx.key ?? '', v),
    remediation: 'Revoke this token and keep session and cache contents out of logs',
  }),
  defineDetector({
    id: 'radius-logged-password',
    name: 'Password in a FreeRADIUS auth log line (auth_badpass / auth_goodpass)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    keywords: ['login incorrect', 'login ok'],
    // `Login incorrect (pap: Authentication failed): [user/<password>] (from client …)`; FreeRADIUS puts
    // `<no User-Password attribute>` or `<via Auth-Type = …>` there when it logs no password.
    pattern: /Login (?:incorrect|OK)[^\r\n[]{0,160}\[[^/\]\r\n]{1,128}\/(?<v>[^\]\r\n]{1,128})\]/,
    mask: 'full',
    validate: (v) => !v.startsWith('<') && !isPlaceholder(v),
    remediation: 'Change this password and turn off auth_badpass / auth_goodpass in radiusd.conf',
  }),
  defineDetector({
    id: 'typed-credential-value',
    name: 'Credential in a typed credential object (Keycloak, SCIM PatchOp)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    keywords: ['password"', 'secret"', 'password\\"', 'secret\\"'],
    span: 400,
    // Keycloak `{"type":"password","value":"…","temporary":true}` and `kcadm … client-secret` (`"type" : "secret",
    // "value" : "…"` over lines), SCIM `{"op":"replace","path":"password","value":"…"}`.
    pattern: /(?<q>\\?)"(?:type|path)\k<q>"\s{0,3}:\s{0,3}\k<q>"(?<k>[\w:./-]{0,80}(?:password|secret|Password|Secret))\k<q>"\s{0,3},\s{0,12}\k<q>"value\k<q>"\s{0,3}:\s{0,3}\k<q>"(?<v>[^"\\\r\n]{1,1024})\k<q>"/,
    mask: 'full',
    validate: typedValue,
    remediation: 'Change this credential and keep admin events and provisioning payloads with representations out of logs',
  }),
  defineDetector({
    id: 'bare-der-private-key',
    name: 'Private key as bare base64 DER (no PEM armour)',
    category: 'credential',
    severity: 'critical',
    priority: 57,
    keywords: DER_KEY_STARTS.map((s) => s.toLowerCase()),
    // Keycloak realm exports (`"privateKey": ["MIIEvQIBADAN…"]`), SAML SP configs, env variables: PKCS#8 or PKCS#1 DER
    // in one base64 run. Public keys (`MIIBIjANBgkq…AAOCAQ8A`) and certificates begin otherwise.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9+/])(?<v>M[A-Za-z0-9+/]{1,6}(?:${DER_KEY_STARTS.join('|')})[A-Za-z0-9+/]{40,16384}={0,2})(?![A-Za-z0-9+/=])`),
    mask: 'full',
    validate: (v) => Buffer.from(v.slice(0, 8), 'base64')[0] === 0x30,
    remediation: 'Rotate this key pair (regenerate the realm or SP key) and export configuration without private keys',
  }),
];
