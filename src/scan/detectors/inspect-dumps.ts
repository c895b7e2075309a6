import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isAnalyticsCookie } from '../public-values';
import { secretValueOk } from '../secret-value';
import { shannonEntropy } from '../validators';

/**
 * Secrets in debugging and inspection artifacts that end up in alerts: error-tracker and HAR
 * cookie lists, redis-cli sessions and MONITOR output, psql's expanded records, process
 * environments with their NUL separators printed.
 */

/**
 * A cookie name that names a session or a login: framework session cookies (`sessionid`,
 * `JSESSIONID`, `connect.sid`, `_gh_sess`, `laravel_session`), auth and remember-me cookies
 * (`next-auth.session-token`, `.ASPXAUTH`, `remember_user_token`, `sb-access-token`). CSRF tokens,
 * analytics and consent cookies, preferences are not.
 */
function isSessionCookieName(name: string): boolean {
  if (name.length > 80 || /csrf|xsrf|consent|optanon|pref|locale|lang|theme|timezone|^tz$/i.test(name) || isAnalyticsCookie(name)) return false;
  return /sess|(?:^|[._-])sid$|^sid|auth|token|jwt|remember|logged[_-]?in|identity|^sso|saml|oidc|oauth/i.test(name);
}

/** A cookie value that can be a session's: 16+ characters, not a word, random enough, not a slot. */
function sessionValueOk(v: string): boolean {
  return v.length >= 16 && !/^[A-Za-z_-]+$/.test(v) && shannonEntropy(v) >= 3 && secretValueOk('secret', v);
}

/** The cookie name written right before the value at `ctx` (`"name":"sid","value":"…"`, `"sid":"…"`, `["sid","…"]`). */
function cookieNameBefore(ctx: MatchContext): string {
  const head = ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start);
  const m = /["']([^"']{1,80})["']\s{0,3}[:,]\s{0,40}(?:["']value["']\s{0,3}:\s{0,3})?["']$/.exec(head);
  return m?.[1] ?? '';
}

/** True when the match at `ctx` lies inside a `"cookies"` list or object that opens at most 3000 characters before it. */
function inCookieList(ctx: MatchContext): boolean {
  const ms = ctx.matchStart ?? ctx.start;
  const before = ctx.text.slice(Math.max(0, ms - 3000), ms);
  const at = before.lastIndexOf('ookies');
  if (at < 1 || !/c/i.test(before[at - 1]!)) return false;
  // Up to the match: the list's own items only (`],[` between pairs), not the list's end.
  return /^ookies["']\s{0,3}:\s{0,3}(?:\[(?:[^\]]|\](?=\s{0,3},\s{0,3}(?:\[|$)))*|\{[^}]*)$/.test(before.slice(at));
}

/** The field or key name before a value (`requirepass`, `masterauth` are Redis's password settings). */
function passwordKind(key: string): 'password' | 'secret' | null {
  return secretKeyKind(key) ?? (/^(?:requirepass|masterauth|masterpass)$/i.test(key) ? 'password' : null);
}

export const INSPECT_DUMP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'structured-session-cookie',
    name: 'Session cookie in a captured request (HAR, Sentry, Bugsnag)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['cookies"', "cookies'"],
    span: 3000,
    // HAR `"cookies":[{"name":"session","value":"…"}]`, Sentry `"cookies":{"sessionid":"…"}` or `[["sessionid","…"]]`,
    // Python reprs of the same (`'cookies': {'sessionid': '…'}`): the cookie's name says whether it is a session's.
    pattern: /(?:\{\s{0,40}["']name["']\s{0,3}:\s{0,3}["'][^"'\r\n]{1,80}["']\s{0,3},\s{0,40}["']value["']\s{0,3}:\s{0,3}|\[\s{0,40}["'][^"'\r\n]{1,80}["']\s{0,3},\s{0,40}|["'][^"'\r\n]{1,80}["']\s{0,3}:\s{0,3})["'](?<v>[^"'\\\s]{16,4096})["']/,
    mask: 'full',
    validate: (v, ctx) => isSessionCookieName(cookieNameBefore(ctx)) && sessionValueOk(v) && inCookieList(ctx),
    remediation: 'Invalidate this session and scrub cookies from captured requests and error events',
  }),
  defineDetector({
    id: 'redis-auth-command',
    name: 'Redis AUTH password (redis-cli session, MONITOR output)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['> auth ', '"auth" "', '"auth '],
    // `127.0.0.1:6379> AUTH <pw>` / `AUTH default <pw>` at the redis-cli prompt, MONITOR's `"AUTH" "<pw>"` / `"AUTH" "user" "<pw>"`.
    // A Redis span's `db.statement` (`"stringValue":"AUTH <pw>"`) too.
    pattern: /(?:(?:(?<=[\w\]]> ?)|(?<="))AUTH[ \t]+(?:[\w.@-]{1,64}[ \t]+)?(?<v>[^\s"']{4,256})(?=[ \t]*(?:\r?\n|$|"))|"AUTH"[ \t]+(?:"[^"\r\n]{1,64}"[ \t]+)?"(?<w>[^"\r\n]{4,256})")/i,
    mask: 'full',
    validate: (v) => !/^(?:login|plain|cram-md5|xoauth2|oauthbearer)$/i.test(v) && secretValueOk('password', v),
    remediation: 'Rotate this Redis password (requirepass or the ACL user) and keep AUTH out of captured sessions',
  }),
  defineDetector({
    id: 'psql-expanded-secret',
    name: "Secret in psql's expanded output (RECORD lines)",
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: ['-[ record '],
    span: 4000,
    // `-[ RECORD 1 ]---` then `password | S3cr3t!x`: one `column | value` line per field.
    pattern: /(?<=(?:^|\n)[ \t]{0,3})(?<k>[A-Za-z_][\w.-]{0,63})[ \t]{0,64}\|[ \t](?<v>[^\s|][^\r\n|]{0,511}?)[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = passwordKind(ctx.key ?? '');
      return kind !== null && ctx.text.lastIndexOf('-[ RECORD ', ctx.start) >= 0 && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and keep secret columns out of query output that is pasted or logged',
  }),
  defineDetector({
    id: 'environ-nul-secret',
    name: 'Secret in a process environment with its NUL separators printed (/proc/<pid>/environ)',
    category: 'credential',
    severity: 'high',
    priority: 43,
    confidence: 0.8,
    keywords: ['\\0', '^@', '\\x00', '\\u0000'],
    // `cat /proc/1/environ` as logs print it: `HOME=/root\0DB_PASSWORD=…\0PATH=…`, `^@` (less, cat -v), `\x00`, `\u0000` (a raw NUL has no keyword of its own).
    // eslint-disable-next-line no-control-regex -- a raw NUL is one of the separators
    pattern: /(?:\\0|\^@|\\x00|\\u0000|\x00)(?<k>[A-Za-z_][\w.-]{0,95})=(?<v>(?:[^\\^\x00\s]|\\(?!0|x00|u0000)|\^(?!@)){1,1024})/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = passwordKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and keep process environments out of logs and crash reports',
  }),
  defineDetector({
    id: 'har-name-value-secret',
    name: 'Secret header, cookie or parameter in a pretty-printed HAR capture',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    keywords: ['"name": "'],
    span: 300,
    // Browser HAR exports put name and value on their own lines: `"name": "x-api-key",` then `"value": "…"`.
    pattern: /"name": "(?<k>[A-Za-z_][\w.-]{0,79})",\s{1,40}"value": "(?<v>[^"\r\n]{1,4096})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = passwordKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this credential and sanitize HAR captures (headers, cookies, postData) before sharing them',
  }),
];
