import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round r37 (blind set 37: retail stores, restaurants and point of sale): secrets of POS, payment
 * gateway and store-IT systems in the shapes their own clients write them — a Revel
 * `API-AUTHENTICATION: key:secret` header, an Elavon Converge `ssl_pin`, Authorize.Net transaction and
 * signature keys, a Deputy permanent token after `OAuth`, a Yotpo loyalty `x-guid`, a Modulr API key, a
 * device token in a kitchen-display or terminal config, a Django `sessionid` in a dumped cookie dict, a
 * base64 cache or encryption key, a base64-encoded connection URL with its password, and remote-access
 * passwords (TeamViewer, AnyDesk, VNC, a local admin `user / password` note).
 */

/** A key name written in any of the styles config dumps use: `TRANSACTION_KEY`, `transaction.key`, `transactionKey`. */
const words = (...ws: string[]): string => ws.map((w) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('[_.-]?');

/** Between a key and its value: `=`, `: `, `" : "`, `=>`, `='`. */
const KSEP = String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|[:=])\s{0,3}(?:\\{0,3}["'])?`;

/** Not one character repeated, and not a counting run. */
const notRun = (v: string): boolean => !/^(.)\1+$/.test(v) && !/(?:0123456789|abcdefgh|ABCDEFGH)/.test(v);
/** Hex with both digits and letters, not one character repeated. */
const hexOk = (v: string): boolean => notRun(v) && /[0-9]/.test(v) && /[A-Fa-f]/.test(v);
/** Letters of both cases and digits (a generated token, not a word). */
const mixedOk = (v: string): boolean => notRun(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v);

/** Schemes of connection URLs as base64 writes them at a value's start (`mysql://` → `bXlzcWw6Ly9`). */
const B64_SCHEMES = ['bXlzcWw6Ly9', 'cG9zdGdyZXM6Ly9', 'cG9zdGdyZXNxbDovL', 'bW9uZ29kYjovL', 'bW9uZ29kYitzcnY6Ly9', 'cmVkaXM6Ly9', 'cmVkaXNzOi8v', 'YW1xcDovL', 'YW1xcHM6Ly9', 'c3Fsc2VydmVyOi8v', 'bWFyaWFkYjovL'];

/** True when base64 `v` decodes to a URL whose user-info holds a password (`mysql://orders:s3cret@db:3306/orders`). */
const b64UrlWithPassword = (v: string): boolean => {
  const s = Buffer.from(v, 'base64').toString('utf8');
  const m = /^[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:@/]{1,64}:([^\s@/]{3,128})@[^\s@]{2,}/.exec(s);
  return m !== null && !/^(?:\$\{?|<|\{\{|\*+$|x+$|password$|changeme$)/i.test(m[1]!);
};

/** A remote-access password that is a generated string, not a word of the note (`pw: see vault`, `password reset`). */
const remotePasswordOk = (v: string): boolean =>
  notRun(v) && !/^(?:is|was|reset|changed|required|see|in|from|set|unknown|none|n\/a|same|blank|empty|vault|provided|attached|below|above|sent)$/i.test(v) && (/\d/.test(v) ? /[A-Za-z]/.test(v) : /[a-z]/.test(v) && /[A-Z]/.test(v));

export const POS_R37_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'revel-api-authentication',
    name: 'Revel Systems API secret (`API-AUTHENTICATION: <api key>:<api secret>` header)',
    category: 'credential',
    severity: 'critical',
    priority: 64,
    confidence: 0.9,
    keywords: ['api-authentication'],
    // Revel's REST API takes `API-AUTHENTICATION: <32-hex key>:<64-hex secret>` on every request.
    pattern: /(?<![A-Za-z0-9-])API-AUTHENTICATION\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?[0-9a-f]{32}:(?<v>[0-9a-f]{64})(?![0-9A-Za-z])/i,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: "Regenerate the API key and secret in Revel's management console and keep the header out of request logs",
  }),
  defineDetector({
    id: 'elavon-converge-ssl-pin',
    name: 'Elavon Converge terminal PIN (`ssl_pin`, 64 characters)',
    category: 'credential',
    severity: 'critical',
    priority: 64,
    confidence: 0.9,
    keywords: ['ssl_pin'],
    // Converge's `process.do` form takes ssl_merchant_id, ssl_user_id and ssl_pin (a 64-character terminal PIN since 2019).
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])ssl_pin${KSEP}(?<v>[A-Z0-9]{64})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v) => notRun(v) && /\d/.test(v) && /[A-Z]/.test(v),
    remediation: 'Regenerate the terminal PIN in Converge (Users → Terminal PIN) and keep process.do bodies out of logs',
  }),
  defineDetector({
    id: 'authorize-net-transaction-key-xml',
    name: 'Authorize.Net API transaction key in an XML request (`<transactionKey>…</transactionKey>`, 16 characters)',
    category: 'credential',
    severity: 'critical',
    priority: 64,
    confidence: 0.85,
    keywords: ['<transactionkey>'],
    // authorize-net-transaction-key (edi-credentials.ts) reads `transactionKey=` and JSON; the XML API writes an element.
    pattern: /<transactionKey>(?<v>[A-Za-z0-9]{16})<\/transactionKey>/i,
    mask: 'full',
    // Letters and digits, or both cases that are not a camelCase word (`transactionKeyName`).
    validate: (v) => notRun(v) && (/\d/.test(v) ? /[A-Za-z]/.test(v) : /[a-z]/.test(v) && /[A-Z]/.test(v) && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+$/.test(v)),
    remediation: 'Create a new transaction key in the Authorize.Net merchant interface (Account → API Credentials & Keys); the old one stops working',
  }),
  defineDetector({
    id: 'authorize-net-signature-key',
    name: 'Authorize.Net signature key (128 hex, `signatureKey`)',
    category: 'credential',
    severity: 'critical',
    priority: 64,
    confidence: 0.85,
    keywords: ['signaturekey', 'signature_key', 'signature-key', 'signature.key'],
    pattern: new RegExp(String.raw`(?:<${words('signature', 'key')}>|(?<![A-Za-z0-9])(?:[A-Za-z]{1,12}[_.-])?${words('signature', 'key')}${KSEP})(?<v>[0-9A-Fa-f]{128})(?![0-9A-Za-z])`),
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Create a new signature key in the Authorize.Net merchant interface and update the webhook and Accept Hosted verifiers',
  }),
  defineDetector({
    id: 'oauth-scheme-hex-token',
    name: 'Permanent API token under the `OAuth` authorization scheme (Deputy: `Authorization: OAuth <32 hex>`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['oauth '],
    // OAuth 1.0 headers go on with `oauth_consumer_key=…`; a bare 32-hex token after the scheme is a permanent token.
    pattern: /(?<![A-Za-z0-9_-])OAuth (?<v>[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z_-])/,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Revoke the permanent token (Deputy: Enterprise → Integrations → OAuth clients) and send it only in headers that are not logged',
  }),
  defineDetector({
    id: 'yotpo-loyalty-guid',
    name: 'Yotpo Loyalty (Swell) GUID header (`x-guid`, 22 characters) beside its API key',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['x-guid'],
    // The loyalty API authenticates with two headers, `x-guid` and `x-api-key`: the pair opens the merchant's account.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])[Xx]-[Gg][Uu][Ii][Dd]${KSEP}(?<v>[A-Za-z0-9]{22})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v, ctx) => mixedOk(v) && /x-api-key|yotpo|swell/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 300)),
    remediation: 'Reset the API key and GUID in the Yotpo Loyalty admin (Settings → API) and keep request headers out of logs',
  }),
  defineDetector({
    id: 'modulr-api-key',
    name: 'Modulr API key (32 hex) under its key name',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.85,
    keywords: ['modulr'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])${words('modulr')}[_.-]?(?:${words('api')}[_.-]?)?(?:${words('key')}|${words('secret')}|${words('token')})${KSEP}(?<v>[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z])`),
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Revoke the key in the Modulr portal (Settings → API keys) and issue a new one; payment APIs must not log their keys',
  }),
  defineDetector({
    id: 'device-token-config',
    name: 'Device registration token in a device config (`device_token=`, `deviceToken:`), a kitchen display, terminal or printer bearer token',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: ['device_token', 'devicetoken', 'device-token', 'device.token'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])${words('device', 'token')}${KSEP}(?<v>[A-Za-z0-9_-]{32,128})(?![A-Za-z0-9_-])`),
    mask: 'tail',
    // APNs and FCM push ids are hex or carry a `:` and `APA91b`: addresses, not secrets. A base64url token of mixed case is one.
    validate: (v) => notRun(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && (/\d/.test(v) || v.length >= 40) && !v.includes('APA91b'),
    remediation: 'Re-register the device (the hub issues a new token and revokes the old) and keep device configs out of logs and tickets',
  }),
  defineDetector({
    id: 'django-sessionid-dict',
    name: 'Django session id (`sessionid`, 32 characters) in a dumped cookie dict or JSON',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['sessionid'],
    // `request.COOKIES = {'csrftoken': '…', 'sessionid': '…'}`: Django's session key is 32 of [a-z0-9].
    pattern: /(?<![A-Za-z0-9_])\\{0,3}["']sessionid\\{0,3}["']\s{0,3}:\s{0,3}\\{0,3}["'](?<v>[a-z0-9]{32})\\{0,3}["']/,
    mask: 'tail',
    validate: (v) => notRun(v) && /\d/.test(v) && /[a-z]/.test(v),
    remediation: 'Flush the session (it logs the user in) and keep request.COOKIES out of error reports',
  }),
  defineDetector({
    id: 'base64-cache-encryption-key',
    name: 'Base64 256-bit key under a cache, storage or encryption key name (`LocalCacheKey=…=`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.8,
    keywords: ['cachekey', 'cache_key', 'cache-key', 'cache.key', 'storagekey', 'storage_key', 'cryptokey', 'crypto_key', 'cipherkey', 'cipher_key', 'datakey', 'data_key'],
    // The value's closing `=` searched first (a `cache_key=orders:v3:…` line has none); its last base64 character stands at
    // most 105 characters into a match (key and separator 63, value 43). Not `[…]{43}=`, which reads 43 characters from
    // every position of a hex id.
    precheck: { re: /[A-Za-z0-9+/]=(?![A-Za-z0-9+/=])/, reach: 110 },
    // 32 random bytes in base64: 43 characters and `=`. The key name says it encrypts (a cache, a store), not that it names.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])[A-Za-z]{0,20}(?:${words('cache', 'key')}|${words('storage', 'key')}|${words('crypto', 'key')}|${words('cipher', 'key')}|${words('data', 'key')})${KSEP}(?<v>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`),
    mask: 'tail',
    validate: (v) => mixedOk(v),
    remediation: 'Generate a new key, re-encrypt what the old one protected, and keep agent configs out of logs',
  }),
  defineDetector({
    id: 'base64-connection-url-password',
    name: 'Base64-encoded connection URL with its password (`bXlzcWw6Ly9…` = `mysql://user:pass@host`, a Kubernetes Secret value)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: B64_SCHEMES.map((s) => s.toLowerCase()),
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9+/])(?<v>(?:${B64_SCHEMES.join('|')})[A-Za-z0-9+/]{12,600}={0,2})(?![A-Za-z0-9+/=])`),
    mask: 'tail',
    validate: (v) => b64UrlWithPassword(v),
    remediation: 'Change the database or broker password in the URL (base64 is an encoding, not encryption) and mount Secrets without printing them',
  }),
  defineDetector({
    id: 'remote-access-note-password',
    name: 'Remote-access password in a ticket or note (`TeamViewer ID 123 456 789 password …`, `AnyDesk … pw …`, `VNC to host:5900 pw: …`)',
    category: 'credential',
    severity: 'high',
    priority: 57,
    confidence: 0.75,
    keywords: ['teamviewer', 'anydesk', 'vnc'],
    pattern: /(?<![A-Za-z])(?:TeamViewer|AnyDesk|VNC|vnc)\b[^\n]{0,80}?(?<![A-Za-z])(?:pw|pwd|pass|passwd|password|PW|PWD|Password|PASSWORD)\b\s{0,3}[:=]?\s{0,3}(?<v>[^\s"'<>,;]{4,64})(?![^\s"'<>,;])/,
    mask: 'full',
    validate: (v) => remotePasswordOk(v),
    remediation: 'Change the remote-access password (and the unattended-access password) and share it through the password manager, not the ticket',
  }),
  defineDetector({
    id: 'local-admin-slash-password',
    name: 'Local administrator `user / password` pair in a note (`Local admin storeadmin / …`, or the account written dot-backslash first)',
    category: 'credential',
    severity: 'high',
    priority: 57,
    confidence: 0.75,
    keywords: ['local admin', '.\\'],
    pattern: /(?:(?<![A-Za-z])[Ll]ocal [Aa]dmin(?:istrator)?(?: account)?:?\s{1,3}|(?<![^\s'"(])\.\\)[A-Za-z][\w.$-]{1,30}\s{1,3}\/\s{1,3}(?<v>[^\s"'<>]{6,64})(?![^\s"'<>])/,
    mask: 'full',
    validate: (v) => notRun(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/[\\/]/.test(v),
    remediation: 'Change the local administrator password (LAPS rotates it per machine) and keep it out of tickets and alerts',
  }),
  defineDetector({
    id: 'door-gate-code',
    name: 'Door, gate or lockbox entry code in delivery instructions or a note (`gate code #28549`)',
    category: 'credential',
    severity: 'medium',
    priority: 55,
    confidence: 0.7,
    keywords: ['gate code', 'door code', 'entry code', 'building code', 'buzzer code', 'lockbox code', 'keypad code', 'lobby code', 'garage code', 'alarm code'],
    pattern: /(?<![A-Za-z])(?:[Gg]ate|[Dd]oor|[Ee]ntry|[Bb]uilding|[Bb]uzzer|[Ll]ockbox|[Kk]eypad|[Ll]obby|[Gg]arage|[Aa]larm) [Cc]ode(?: is)?:?\s{0,2}#?(?<v>\d{3,8})(?![\d])/,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v) && !/^(?:1234|12345|123456|1234567|12345678)$/.test(v),
    remediation: 'Keep entry codes out of order logs and tickets (show them to the courier only) and change the code',
  }),
];
