import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { keyCoreWords } from '../key-names';
import { isLowEntropy, shannonEntropy } from '../validators';

/**
 * Lead round l86 (blind set 79 at a fresh seed): a session id under a key that names a session or its cookie, in any
 * naming convention and with a framework's or a service's word around it (`phpSession`, `laravel-cookie`, `Rails-Sid`,
 * `app-session-value`, `upstreamSessionIdB64`, `"Php Cookie Prod"`, `[phpSession] =>`, `cookie=…` in logfmt), in the
 * formats session stores write: PHP's 26–32 characters of `[0-9a-v]`/`[a-z0-9]`, hex of 32 or more, base64url of 32 or more.
 * A bearer of the id is logged in as its user: the id is a credential.
 */

/** Key words that make the key about a session, not the session's id (`session_timeout`, `cookie_domain`, `ga_session_id`). */
const NOT_THE_ID = new Set(['name', 'names', 'domain', 'path', 'timeout', 'ttl', 'count', 'expires', 'expiry', 'expire', 'expiration', 'max', 'age', 'length', 'len', 'store', 'driver', 'type', 'policy', 'consent', 'analytics', 'ga', 'amplitude', 'segment', 'mixpanel', 'tracking', 'trace', 'duration', 'start', 'started', 'end', 'ended', 'number', 'num', 'index', 'seq', 'replay', 'rum', 'recording', 'samesite', 'secure', 'httponly', 'flags', 'size', 'lifetime', 'prefix', 'hash', 'hashed', 'digest', 'fingerprint', 'rotation', 'rotated', 'at', 'time', 'date', 'status', 'state', 'mode', 'enabled', 'config', 'settings', 'storage', 'table', 'key', 'keys', 'jar', 'banner', 'sync', 'checkout', 'chat', 'call', 'voice', 'video', 'game', 'workout', 'training', 'terminal', 'ssh', 'screen', 'tmux', 'browser', 'playback', 'stream', 'upload', 'transfer', 'kafka', 'zookeeper', 'db', 'database', 'redis', 'sql', 'pool']);
/** Words of web frameworks and session stores: under them a hex id is a session (`laravel_session`, `Rails-Sid`). */
const FRAMEWORK = new Set(['php', 'phpsessid', 'laravel', 'rails', 'django', 'express', 'connect', 'asp', 'aspnet', 'net', 'jsessionid', 'jsession', 'flask', 'symfony', 'cake', 'cakephp', 'ci', 'codeigniter', 'rack', 'sails', 'koa', 'next', 'nuxt', 'play', 'spring', 'tomcat', 'web', 'user', 'auth', 'login', 'admin', 'app', 'partner', 'upstream', 'legacy', 'portal', 'wp', 'wordpress', 'drupal', 'magento', 'shopify', 'ci']);

/** What a key's core words say: `id` for a session id's key, null otherwise. */
function sessionKey(key: string): boolean {
  const words = keyCoreWords(key.replace(/^[[$@:-]+|\]$/g, ''));
  if (words.length === 0 || words.length > 5 || words.some((w) => NOT_THE_ID.has(w))) return false;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2];
  // A vendor's or a tracer's header (`X-Mailgun-Sid`, `x-session-id`) names an id the other side keeps, not a login.
  if (/^x-/i.test(key)) return false;
  // `sid` alone is many things (Twilio and Windows SIDs, Mailgun's sending id): a session's only beside a web framework's word.
  if (last === 'sid') return words.slice(0, -1).some((w) => FRAMEWORK.has(w));
  if (/^(?:sessid|sessionid|jsessionid|phpsessid|session|cookie|sess)$/.test(last)) return true;
  return (last === 'id' || last === 'token' || last === 'cookie') && before !== undefined && /^sess(?:ion)?$/.test(before);
}

/** A session id's shape: PHP's base32-like ids, hex under a framework's key, base64url of 32+ with both cases and digits. */
function sessionValue(key: string, v: string): boolean {
  if (isLowEntropy(v) || /^\d+$/.test(v)) return false;
  const hasDigit = /\d/.test(v);
  if (/^[0-9a-f]{32,128}$/i.test(v)) return hasDigit && /[a-f]/i.test(v) && shannonEntropy(v) >= 3.2 && keyCoreWords(key).some((w) => FRAMEWORK.has(w));
  if (/^[0-9a-v]{26,32}$/.test(v) || /^[a-z0-9]{26,40}$/.test(v)) return hasDigit && /[g-z]/.test(v) && shannonEntropy(v) >= 3.5;
  if (v.length >= 32 && /^[A-Za-z0-9_-]+$/.test(v)) return hasDigit && /[a-z]/.test(v) && /[A-Z]/.test(v) && shannonEntropy(v) >= 4;
  return false;
}

export const SESSION_KEYS_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'session-id-under-any-session-key',
    name: 'Session id under a key naming a session or its cookie, in any convention (`phpSession => fiu9ca7o…`, `laravel-cookie="df01…"`, `Rails-Sid=…`)',
    category: 'credential',
    severity: 'high',
    priority: 38.5, // under the framework-format (39) and session-key (40) readers, which name the format
    confidence: 0.7,
    keywords: ['sess', 'cookie', 'sid"', "sid'", 'sid=', 'sid:', 'sid ', 'sid]', 'sid\\', 'sid_', 'sid-', 'sid.'],
    // The key opens at most 62 characters before its word (the pattern's lookahead reads `[\w.-]{0,60}` to it).
    // With the value's first 24 characters: a stack frame's `SessionInputBufferImpl.java:195` is no assignment.
    precheck: { re: /(?:sess|cookie|sid)[\w.-]{0,24}(?: [A-Z][\w-]{0,20}){0,3}\]?(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|->|:=|[:=])[ \t]{0,3}(?:\\{0,3}["'])?[A-Za-z0-9_-]{24}/i, reach: 64 },
    pattern:
      /(?<![\w.$@-])(?<k>[[$@:-]{0,2}(?=[\w.-]{0,60}?(?:[Ss][Ee][Ss][Ss]|[Cc][Oo][Oo][Kk][Ii][Ee]|[Ss][Ii][Dd]))[A-Za-z_][\w.-]{0,60}(?: [A-Z][\w-]{0,20}){0,3}\]?)(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|->|:=|[:=])[ \t]{0,3}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_-]{24,256})(?![A-Za-z0-9_\-.=+/%])/,
    mask: 'full',
    validate: (v, ctx) => sessionKey(ctx.key ?? '') && sessionValue(ctx.key ?? '', v),
    remediation: 'Expire this session and log a hash of the session id, never the id itself',
  }),
];
