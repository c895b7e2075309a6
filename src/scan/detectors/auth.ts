import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { runStarts } from '../match-starts';
import { isLowEntropy, shannonEntropy } from '../validators';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { isNonCredentialCookie, isPublicJwtClaims, isDocumentationJwtClaims, isUnsignedJwt, isMaskMark } from '../public-values';

const USER = String.raw`[^\s:/@"'<>\\]{0,64}`;
const PASS = String.raw`[^\s@/"'<>\\]{1,128}`;

/** Fixed names of framework session and authentication cookies (regex source; `.` escaped). */
const FRAMEWORK_COOKIES = String.raw`\.AspNetCore\.(?:Cookies|Session|Identity\.Application|Identity\.External|Identity\.TwoFactorUserId)|\.ASPXAUTH|\.ASPXFORMSAUTH|(?:__Secure-|__Host-)?(?:next-auth|authjs)\.session-token|KEYCLOAK_(?:IDENTITY|SESSION)(?:_LEGACY)?|AUTH_SESSION_ID(?:_LEGACY)?|koa[.:]sess|sails\.sid|ci_session|grafana_session|_oauth2_proxy|authelia_session|remember_user_token|CFTOKEN|SimpleSAMLAuthToken|AWSELBAuthSessionCookie-\d|remember-me|remember_web_[0-9a-f]{40}|wordpress_(?:logged_in|sec)_[0-9a-f]{32}|PLAY_SESSION|_forward_auth|_pomerium|VouchCookie|dwsid|dwsecuretoken_[0-9a-f]{32}`;
/** Prefilter keywords of FRAMEWORK_COOKIES (lowercase literals, one in each name). */
const FRAMEWORK_COOKIE_KEYWORDS = ['.aspnetcore.', '.aspxauth', '.aspxformsauth', '.session-token', 'keycloak_', 'auth_session_id', 'koa.sess', 'koa:sess', 'sails.sid', 'ci_session', 'grafana_session', '_oauth2_proxy', 'authelia_session', 'remember_user_token', 'cftoken', 'simplesamlauthtoken', 'awselbauthsessioncookie', 'remember-me', 'remember_web_', 'wordpress_logged_in_', 'wordpress_sec_', 'play_session', '_forward_auth', '_pomerium', 'vouchcookie', 'dwsid', 'dwsecuretoken_'];

/** The values of a cookie header's `name=value` pairs. */
function cookieValues(header: string): string[] {
  return header.split(/;\s*/).map((p) => {
    const m = /^([\w.$%!#&'*+^`|~-]{1,64})=([^\s;]*)/.exec(p);
    return m === null || isNonCredentialCookie(m[1]!) || harmlessCookie(m[1]!, m[2]!) ? '' : m[2]!; // `_ga`, `_gid`: a visitor id; `Max-Age=…`: an attribute
  });
}

/** Last words of cookie names that name an identifier, a setting or a time, not a credential (round r79). */
const ID_COOKIE_WORDS = new Set(['id', 'ids', 'ttl', 'cursor', 'etag', 'commit', 'sha', 'sha256', 'hash', 'digest', 'checksum', 'version', 'region', 'tenant', 'plan', 'image', 'locale', 'lang', 'theme', 'tz', 'at', 'traceparent', 'intent', 'md5', 'amount', 'status', 'env',
  // Round l85: places, paths and times (`company_address=Lumen%20Pay%20Ltd…`, `x-endpoint=/oauth/token`).
  'address', 'endpoint', 'path', 'url', 'uri', 'city', 'country', 'currency', 'timestamp', 'ts', 'time', 'date']);

/**
 * Round r79: a cookie pair that holds no credential by its value alone — a flag, a number, a duration, a version, a
 * date-time, a lowercase word or `tenant:acme:quota`, an address (the e-mail rule judges it) — or by its name, an
 * identifier's or a setting's (`x-request-id`, `correlation_id`, `cursor`, `commit`, `access_token_ttl`, `etag`) when no
 * credential word is in it (`session_id`, `sid`, `auth_id` stay).
 */
function harmlessCookie(name: string, raw: string): boolean {
  let v = raw;
  try {
    v = decodeURIComponent(raw);
  } catch {
    // keep the raw value
  }
  if (/^(?:true|false|yes|no|on|off|null|none|\d{1,12}|\d{1,6}(?:\.\d{1,6})?(?:ms|s|m|h|d|w)|v?\d{1,4}(?:\.\d{1,4}){1,3}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)$/i.test(v) || /^[a-z]{1,24}(?:[-_:./#][a-z0-9]{1,24}){0,6}$/.test(v)) return true;
  // An address (the e-mail rule judges it), a value elided or masked (`sk_live_…edtj`, `sk_live_****`), a URL path (round l85).
  // Round l85: a data URI (`Avatar=data:image/png;base64,…`), a phone (the phone rules judge it).
  if (/^data:[a-z]+\/[\w.+-]+[;,]/.test(v) || /^\+?\(?\d[\d ()./-]{6,20}\d$/.test(v)) return true;
  if (/^\/[\w/.-]{0,200}$/.test(v) || /^[^\s@]{1,64}@[\w.-]{1,253}$/.test(v) || /\u2026|\*{3}/.test(v)) return true;
  if (secretKeyKind(name) !== null) return false;
  // Round l86: a revision or build named as one (`revision=<40 hex>`, `build_sha=…`): a version's id, not a session's.
  if (/(?:revision|rev|commit|build|release|deploy|version)(?:[_-]?(?:sha|id|hash))?_?$/i.test(name) && /^[0-9a-f]{7,64}$/i.test(v)) return true;
  // Round l85: a digest named as one (`auth_content_sha256_=<64 hex>`, `etag=<base64 md5>`), whatever else the name says.
  if (/(?:sha(?:1|256|512)?|md5|hash|digest|checksum|etag)_?$/i.test(name) && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)$/i.test(v)) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => /sess|^sid$|auth|remember|login|^sso$|jwt|cookie/.test(w))) return false;
  const last = words[words.length - 1] ?? '';
  return ID_COOKIE_WORDS.has(last) || last === 'key' || /^(?:trace|span|request|correlation|idempotency|amzn|traceparent|x-request)/.test(name.toLowerCase());
}

/** The claims of a JWT (its decoded payload), or null. */
function claimsOf(jwt: string): unknown {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** A value a logger or proxy put in place of the real one (`[FILTERED]`, `[REDACTED]`, `***`, `<hidden>`). */
function isRedactedMark(v: string): boolean {
  return isPlaceholder(v) || isMaskMark(v); // the mask words are public-values.ts's, which the judge applies to every finding
}

/** The schemes of the detectors that name theirs (database, Redis, AMQP and URL credentials), with a `+driver` suffix. */
const NAMED_SCHEMES =
  /^(?:postgres(?:ql)?|mysql|mariadb|mongodb|mssql|sqlserver|cockroachdb|oracle|clickhouse|redshift|snowflake|neo4j|bolt|memgraph|couchbases?|cassandra|influxdb|arangodb|couchdb|trino|presto|vertica|db2|timescaledb|surrealdb|rediss?|amqps?|https?|ftps?|sftp|ssh|git|smtps?|ldaps?|wss?|nats|kafka|mqtts?|imaps?|stomps?|xmpps?|rtsps?|rtmps?|davs?)(?:\+[a-z][a-z0-9_]{0,20})?$/i;

/** The scheme that ends at `at` (where its `://` starts), or ''. */
function schemeBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 31 && /[A-Za-z0-9+.-]/.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

/** ASCII letters. */
function letter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Credentials in URLs, connection strings, HTTP headers, JWTs and cookies. */
export const AUTH_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'database-uri-password',
    name: 'Database connection string with password',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'mssql', 'sqlserver', 'cockroach', 'oracle', 'clickhouse', 'redshift', 'snowflake', 'neo4j', 'bolt', 'memgraph', 'couchbase', 'cassandra', 'influxdb', 'arangodb', 'couchdb', 'trino', 'presto', 'vertica', 'db2:', 'db2+', 'timescale', 'surrealdb'],
    // Driver and TLS suffixes on any scheme: SQLAlchemy's `postgresql+psycopg2://`, `mongodb+srv://`, Neo4j's `neo4j+s://`, `bolt+ssc://`.
    pattern: rei`(?:postgres(?:ql)?|mysql|mariadb|mongodb|mssql|sqlserver|cockroachdb|oracle|clickhouse|redshift|snowflake|neo4j|bolt|memgraph|couchbases?|cassandra|influxdb|arangodb|couchdb|trino|presto|vertica|db2|timescaledb|surrealdb)(?:\+[a-z][a-z0-9_]{0,20})?://${USER}:(?<v>${PASS})@`,
    mask: 'full',
    // Round r45: the stock local default (`postgres://postgres:postgres@localhost`: the password is the user name, on loopback) is no secret.
    validate: (v, ctx) => !(/^[a-z]{4,12}$/.test(v) && ctx.text.slice(Math.max(0, ctx.start - v.length - 1), ctx.start - 1) === v && /^@(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?![\w.-])/.test(ctx.text.slice(ctx.end, ctx.end + 12))),
    remediation: 'Change this database password and move the connection string to a secret store',
  }),
  defineDetector({
    id: 'redis-uri-password',
    name: 'Redis URI with password',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    keywords: ['redis'],
    pattern: rei`(?:rediss?://${USER}:(?<v>${PASS})@|\.redis\.cache\.windows\.net:\d{2,5},password=(?<w>[^,;\s"'\\]{8,128}))`,
    mask: 'full',
    remediation: 'Change this Redis password (requirepass or ACL user) and move the URI to a secret store',
  }),
  defineDetector({
    id: 'amqp-uri-password',
    name: 'AMQP (RabbitMQ) URI with password',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    keywords: ['amqp'],
    pattern: rei`amqps?://${USER}:(?<v>${PASS})@`,
    mask: 'full',
    remediation: 'Change this RabbitMQ user password and move the URI to a secret store',
  }),
  defineDetector({
    id: 'jdbc-password',
    name: 'JDBC / ADO.NET connection string password',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    keywords: ['jdbc:', 'server=', 'data source='],
    // `password={…}` braces a value holding `;`, `&` or `}` (SQL Server JDBC, ODBC).
    pattern: rei`(?:jdbc:[a-z0-9]{2,20}:[^\s"']{0,200}?[;?&](?:password|pwd)=(?<v>\{[^}\r\n]{1,128}\}|[^;&\s"'\\]{1,128})|(?:server|data source)=[^\r\n"']{0,300}?;\s?(?:password|pwd)\s?=\s?(?<w>\{[^}\r\n]{1,128}\}|[^;\r\n"'\\]{1,128}))`,
    mask: 'full',
    validate: (v) => ({ ok: true, trimEnd: v.trimEnd().length }),
    remediation: 'Change this database password and move the connection string to a secret store',
  }),
  defineDetector({
    id: 'url-credentials',
    name: 'Password in a URL',
    category: 'credential',
    severity: 'high',
    priority: 65,
    keywords: ['@'],
    pattern: rei`(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?|wss?|nats|kafka|mqtts?|imaps?|stomps?|xmpps?|rtsps?|rtmps?|davs?|bolt)://${USER}:(?<v>${PASS})@`,
    // MQTT brokers, IMAP, STOMP, XMPP, RTSP cameras, RTMP ingest, WebDAV and Neo4j Bolt URLs too.
    // The scheme is at most 5 letters before a `://` found with indexOf (and may start inside a word).
    starts: runStarts({ find: (text, from) => text.indexOf('://', from), reach: 5, run: letter, blocks: () => false }),
    mask: 'full',
    validate: (v) => !/^\d{1,5}$/.test(v),
    remediation: 'Change this password and remove credentials from URLs',
  }),
  defineDetector({
    id: 'uri-userinfo-password',
    name: 'Password in a URI of another scheme (scheme://user:password@host)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['://'],
    // Any scheme the detectors above do not name (`ecto://`, `socks5://`, `memcached://`, `sftp+ssh://`): the user-info
    // of a URI holds a password whatever the scheme. Those named are theirs (their own checks apply), so none is found twice.
    pattern: new RegExp(String.raw`(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30})://${USER}:(?<v>${PASS})@(?=[\w[])`),
    starts: (text, from) => text.indexOf('://', from),
    mask: 'full',
    validate: (v, ctx) => !/^\d{1,5}$/.test(v) && !NAMED_SCHEMES.test(schemeBefore(ctx.text, ctx.matchStart ?? 0)) && !isRedactedMark(v),
    remediation: 'Change this password and remove credentials from URIs: pass them through a secret store',
  }),
  defineDetector({
    id: 'http-basic-auth',
    name: 'HTTP Basic authorization header',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['basic'],
    // `Basic%20…` where headers travel URL-encoded (OTEL_EXPORTER_OTLP_HEADERS, query strings).
    // `basic=<base64>`: a client's debug line printing the header's credentials under their scheme's name.
    pattern: /(?:\b|(?<=%3D|%3A|%20))Basic(?:\s{1,3}|%20|(?<=\bbasic)=)(?<v>[A-Za-z0-9+/]{8,512}(?:(?:%3D){1,2}|={0,2}))(?![A-Za-z0-9+/=])/i,
    mask: 'full',
    validate: (v) => {
      const decoded = Buffer.from(v.replace(/%3D/gi, '='), 'base64').toString('latin1');
      // An API key as the user, a dummy or empty password (BambooHR `<40 hex>:x`, Freshdesk and Harvest `<key>:X`): the user is the key.
      const keyUser = /^([0-9a-f]{32,64}|[0-9A-F]{32,64}|[A-Za-z0-9]{32,64}|(?=[A-Za-z0-9]{0,30}\d)(?=[A-Za-z0-9]{0,30}[a-z])(?=[A-Za-z0-9]{0,30}[A-Z])[A-Za-z0-9]{20,31}):[xX]?$/.exec(decoded)?.[1];
      if (keyUser !== undefined) return /\d/.test(keyUser) && /[a-zA-Z]/.test(keyUser) && !isLowEntropy(keyUser);
      // A masked password (`ops:********`, as some clients log the header they sent) is no secret.
      // Documentation's own pair (`username:password`, `user:pass`, `admin:secret`): a placeholder password.
      if (/^[\x20-\x7e]{1,256}:[\x20-\x7e]{1,256}$/.test(decoded)) return !/:(?:\*{3,}|x{3,}|X{3,}|\.{3,}|\[(?:filtered|redacted|masked)\])$/i.test(decoded) && !isPlaceholder(decoded.slice(decoded.indexOf(':') + 1));
      // Round r42: a user name with letters beyond ASCII, sent as UTF-8 (RFC 7617's charset: `LUCÍA:…`).
      const utf8 = Buffer.from(v.replace(/%3D/gi, '='), 'base64').toString('utf8');
      // Round l85: a password with letters beyond ASCII too (`egress:Pässwört688*=`, `proxy-svc:Çağrı1537=~`).
      if (/[\u0080-\uffff]/.test(utf8) && !utf8.includes('\ufffd') && /^[\x20-\x39\x3b-\x7e\u00c0-\u024f]{1,256}:[\x20-\x7e\u00a1-\u024f]{6,256}$/.test(utf8)) return !isPlaceholder(utf8.slice(utf8.indexOf(':') + 1)) && !isLowEntropy(utf8.slice(utf8.indexOf(':') + 1));
      // An empty password after a long random user name (Segment's `writekey:`): the user is the key.
      const user = /^([\x21-\x7e]{20,256}):$/.exec(decoded)?.[1];
      // An empty user before a long random password (Azure DevOps `:<PAT>` in git's http.extraheader): the password is the token.
      const token = user ?? /^:([\x21-\x7e]{20,256})$/.exec(decoded)?.[1];
      // Random: letters and digits, or mixed-case letters only (1 in 70 random base-62 tokens of 24 has no digit).
      const random = token !== undefined && /[A-Za-z]/.test(token) && (/\d/.test(token) || (/[a-z]/.test(token) && /[A-Z]/.test(token)));
      return random && !isLowEntropy(token) && shannonEntropy(token) >= 3.5;
    },
    remediation: 'Change the password of this basic-auth user and stop logging request headers',
  }),
  defineDetector({
    id: 'bearer-token',
    name: 'HTTP Bearer token',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['bearer'],
    // Asana tokens hold one `:` (`2/<user>/<app>:<32 hex>`).
    pattern: /\bBearer\s{1,3}(?<v>[A-Za-z0-9._~+/!-]{8,4096}={0,2}(?::[a-f0-9]{32}(?![\w-]))?)/i,
    // A value cut before `_` or a word character is an identifier (`token_type=Bearer expires_in=3600`), not a token.
    // Letters only is a word or an identifier unless long and mixed-case without `_` (a random base-52 token).
    // Round l85: `POST /oauth2/v1/tokens/bearer HTTP/1.1` names a path, then the protocol.
    validate: (v, ctx) => !/^HTTP\/\d/i.test(v) && !/[\w=]/.test(ctx.text[ctx.end] ?? '') && (!/^[a-z]+(?:_[a-z]+)*=?$/i.test(v) || (/^[A-Za-z]{24,}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v))),
    remediation: 'Revoke this bearer token at its issuer and stop logging request headers',
  }),
  defineDetector({
    id: 'api-key-header',
    name: 'API key header',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['api-key', 'application-key', 'auth-token', 'access-token', 'herald-token', 'private-token', 'gitlab-token', 'subscription-key', 'functions-key', 'server-token', 'x-auth'],
    pattern: rei`(?<![\w-])(?:(?:x-)?(?:api-key|dd-api-key|dd-application-key|goog-api-key|auth-token|access-token|herald-token|private-token|gitlab-token|ocp-apim-subscription-key|functions-key|postmark-server-token)|x-auth)${SEP}(?<v>[A-Za-z0-9._~+/=-]{8,512})`,
    // Round r65: `POSTMARK_API_TEST` is the test token Postmark documents (accepted, sends nothing): no credential.
    // Round r79: a prefix before a mask, also percent-encoded (`api-key=sk_live_%2A%2A%2A…` in a cookie), shows no key.
    validate: (v, ctx) => !/^[A-Za-z-]+$/.test(v) && v !== 'POSTMARK_API_TEST' && !/^(?:\*|%2A|\u2026|%E2%80%A6)/i.test(ctx.text.slice(ctx.end, ctx.end + 9)),
    remediation: 'Revoke this API key at its issuer and stop logging request headers',
  }),
  defineDetector({
    id: 'authorization-header',
    name: 'Authorization header credential',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['authorization'],
    // A Java map prints header values in brackets: `{Authorization=[ApiKey …]}` (Elasticsearch); JSON in arrays: `{"Authorization":["ApiKey …"]}`.
    pattern: rei`authorization${SEP}(?:\[\s{0,3}["']?)?(?!bearer\s|basic\s)(?:[A-Za-z][\w-]{0,24}\s{1,3})?(?<v>[A-Za-z0-9._~+/=:,!-]{12,4096})`,
    validate: (v) => (!/^[A-Za-z-]+$/.test(v) || (v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v) && shannonEntropy(v) >= 3,
    remediation: 'Revoke this credential at its issuer and stop logging request headers',
  }),
  defineDetector({
    id: 'jwt',
    name: 'JSON Web Token',
    category: 'credential',
    severity: 'high',
    priority: 85,
    keywords: ['eyj'],
    pattern: /(?<![\w-])eyJ[\w-]{8,4096}\.ey[\w-]{8,8192}\.[\w-]{0,1024}/,
    kind: /^eyJ/,
    validate: (v) => {
      try {
        const header = JSON.parse(Buffer.from(v.split('.')[0]!, 'base64url').toString('utf8')) as unknown;
        if (typeof header !== 'object' || header === null || !('alg' in header || 'typ' in header)) return false;
        // An unsigned token (`alg: none`, empty signature) proves nothing and no server that checks signatures accepts it: no credential.
        if (isUnsignedJwt(v)) return false;
        // A Supabase anon key (`"role":"anon"`) ships in every browser client: public by design, reported, not a leak.
        const claims = claimsOf(v);
        // jwt.io's example token (sub 1234567890, John Doe, iat 1516239022): documentation data.
        if (isDocumentationJwtClaims(claims)) return { ok: true, test: true, severity: 'info' };
        return isPublicJwtClaims(claims) ? { ok: true, public: true } : true;
      } catch {
        return false;
      }
    },
    remediation: 'Invalidate this token (rotate the signing key or revoke the session) and stop logging it',
  }),
  defineDetector({
    id: 'http-cookie',
    name: 'HTTP Cookie header',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['cookie'],
    pattern: rei`(?<![\w-])(?:set-)?cookie${SEP}(?<v>[^\r\n"'\\]{8,4096})`,
    // Some `name=value` pair with a real value: `_acme_session=[FILTERED]` or `=***` is a redacted slot.
    validate: (v) => /^[\w.$%!#&'*+^`|~-]{1,64}=/.test(v) && cookieValues(v).some((c) => c.length >= 6 && !isRedactedMark(c) && !isVariableReference(c)),
    remediation: 'Invalidate these sessions and stop logging cookie headers',
  }),
  defineDetector({
    id: 'session-cookie',
    name: 'Session cookie',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['jsessionid', 'phpsessid', 'connect.sid', '_gitlab_session', 'laravel_session', 'asp.net_sessionid', '_session_id', 'sessionid=', ...FRAMEWORK_COOKIE_KEYWORDS],
    // Framework session and auth cookies by their fixed names: ASP.NET Core (`.AspNetCore.Cookies=CfDJ8…`, `.AspNetCore.Session`,
    // `.AspNetCore.Identity.Application`), ASP.NET `.ASPXAUTH`, Auth.js, Keycloak, Koa, Sails, CodeIgniter, Grafana, oauth2-proxy, Authelia,
    // Spring `remember-me`, Laravel `remember_web_<hash>`, WordPress `wordpress_logged_in_<hash>`, Play, Traefik forward-auth, Pomerium, Vouch.
    pattern: rei`(?<![\w.-])(?:JSESSIONID|PHPSESSID|connect\.sid|_gitlab_session|laravel_session|ASP\.NET_SessionId|_session_id|sessionid|${FRAMEWORK_COOKIES})=(?<v>[A-Za-z0-9%._~+/:-]{16,4096}={0,2})`,
    minEntropy: 3,
    remediation: 'Invalidate this session and stop logging cookies',
  }),
];
