import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round r35 (blind set 35: games, media, streaming and creator platforms): secrets of game
 * backends, media and DRM services and build farms in the shapes their own tools write them — a
 * Steam Web API `key=` on a request to api.steampowered.com, a Steam auth session ticket, an Agora
 * app certificate, Widevine/FairPlay/PallyCon DRM keys, a SoundCloud OAuth token, a Backtrace
 * submission token, a Perforce `.p4tickets` line, a base64 Java keystore, a Unity serial and a
 * PayPal `client_id:secret` pair.
 */

/** A key name written in any of the styles config dumps use: `APP_CERTIFICATE`, `app.certificate`, `appCertificate`. */
const words = (...ws: string[]): string => ws.map((w) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('[_.-]?');

/** Between a key and its value: `=`, `: `, `" : "`, `=>`, `='`. */
const KSEP = String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|[:=])\s{0,3}(?:\\{0,3}["'])?`;

/** Not a placeholder, one character repeated or a run of one digit class only. */
const hexOk = (v: string): boolean => !/^(.)\1+$/.test(v) && /[0-9]/.test(v) && /[A-Fa-f]/.test(v) && !/^(?:0123456789abcdef)+$/i.test(v);
/** A token with letters and digits, not one character repeated. */
const mixedOk = (v: string): boolean => !/^(.)\1+$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

export const GAMES_R35_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'steam-web-api-key-param',
    name: 'Steam Web API key (`key=` of a request to api.steampowered.com or partner.steam-api.com)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['steampowered', 'steam-api'],
    // The host and the form body are often on different lines of one dumped request.
    span: 1200,
    pattern: /(?<![A-Za-z0-9_])key=(?<v>[0-9A-Fa-f]{32})(?![0-9A-Za-z])/,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Revoke the Web API key at steamcommunity.com/dev (or the partner site) and keep it server-side, out of request logs',
  }),
  defineDetector({
    id: 'steam-auth-session-ticket',
    name: 'Steam auth session ticket (hex of GetAuthSessionTicket, `14000000…`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['14000000'],
    // A ticket starts with its length (0x14 little-endian), a GC token, then the player's SteamID64
    // whose upper half is `01001001` (public universe, individual account), and runs on for hundreds of digits.
    pattern: /(?<![0-9A-Fa-f])(?<v>14000000[0-9A-Fa-f]{8,24}01001001[0-9A-Fa-f]{100,4000})(?![0-9A-Za-z])/,
    mask: 'full',
    remediation: 'Drop the ticket (it lets anyone authenticate as the player until it is cancelled) and log its hash, not its hex',
  }),
  defineDetector({
    id: 'agora-app-certificate',
    name: 'Agora app certificate (32 hex) under its key name',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['app_cert', 'appcert', 'app-cert'],
    pattern: new RegExp(String.raw`${words('app')}[_.-]?${words('cert')}(?:[Ii][Ff][Ii][Cc][Aa][Tt][Ee])?${KSEP}(?<v>[0-9A-Fa-f]{32})(?![0-9A-Za-z])`),
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Reset the app certificate in the Agora console and build tokens only on the server',
  }),
  defineDetector({
    id: 'drm-signing-iv',
    name: 'Widevine provider signing IV (32 hex) under its key name',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['signing_iv', 'signingiv', 'signing-iv'],
    pattern: new RegExp(String.raw`${words('signing')}[_.-]?[Ii][Vv]${KSEP}(?<v>[0-9A-Fa-f]{32})(?![0-9A-Za-z])`),
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Ask the DRM provider for a new signing key and IV, and keep both in a secret store',
  }),
  defineDetector({
    id: 'fairplay-ask',
    name: 'FairPlay Streaming application secret key (ASK, 32 hex)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.8,
    keywords: ['fairplay', 'fps_ask'],
    // `fairplay: ask=<hex>`, `FAIRPLAY_ASK=`, `fps.ask:`, `FairPlay … application_secret_key:`.
    pattern: new RegExp(
      String.raw`(?:[Ff]air[Pp]lay|FAIRPLAY|fps|FPS)(?:[^\n]{0,60}?(?<![A-Za-z])|[_.-]?)(?:ask|ASK|Ask|${words('application', 'secret', 'key')})${KSEP}(?<v>[0-9A-Fa-f]{32})(?![0-9A-Za-z])`,
    ),
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Request a new ASK from Apple (FPS deployment package) and keep it in the key server only',
  }),
  defineDetector({
    id: 'pallycon-site-key',
    name: 'PallyCon (DoveRunner) site key',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['pallycon'],
    pattern: new RegExp(String.raw`(?:[Pp]ally[Cc]on|PALLYCON)(?:[^\n]{0,80}?(?<![A-Za-z])|[_.-]?)${words('site', 'key')}${KSEP}(?<v>[A-Za-z0-9]{32})(?![A-Za-z0-9])`),
    mask: 'full',
    validate: (v) => mixedOk(v),
    remediation: 'Regenerate the site key in the PallyCon console and keep it in the license token server',
  }),
  defineDetector({
    id: 'soundcloud-oauth-token',
    name: 'SoundCloud OAuth token (`OAuth 2-<id>-<user>-<secret>`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['oauth 2-'],
    pattern: /(?<![A-Za-z])OAuth (?<v>2-\d{5,7}-\d{3,12}-[A-Za-z0-9]{12,40})(?![A-Za-z0-9])/,
    mask: 'full',
    remediation: 'Revoke the SoundCloud token (disconnect the app) and log requests without their Authorization header',
  }),
  defineDetector({
    id: 'backtrace-submission-token',
    name: 'Backtrace submission token (in a submit.backtrace.io URL or a `token=` parameter)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['backtrace.io'],
    pattern: /backtrace\.io(?::\d{1,5})?\/(?:[\w.-]{1,64}\/(?<v>[0-9a-f]{64})(?![0-9A-Za-z])|[^\s"'<>]{0,120}?[?&]token=(?<w>[0-9a-f]{64})(?![0-9A-Za-z]))/,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Rotate the submission token in the Backtrace project settings; crash uploaders should read it from build secrets',
  }),
  defineDetector({
    id: 'perforce-ticket-line',
    name: 'Perforce ticket (`host:port=user:<ticket>` line of a .p4tickets file)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['p4ticket'],
    span: 1500,
    pattern: /(?<![^\s"'])(?:(?:ssl|tcp)[46]?:)?[\w.-]{1,253}:\d{1,5}=[\w.@+-]{1,64}:(?<v>[0-9A-F]{32})(?![0-9A-Za-z])/,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Log the user out on the server (`p4 logout -a`) to invalidate the ticket, and never print .p4tickets',
  }),
  defineDetector({
    id: 'java-keystore-base64',
    name: 'Java keystore (JKS) in base64 (starting with the FEEDFEED magic)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['/u3+7q'],
    pattern: /(?<![A-Za-z0-9+/])(?<v>\/u3\+7QAAAA[A-Za-z0-9+/]{40,40000}={0,2})/,
    mask: 'prefix',
    remediation: 'Treat the signing key as exposed: rotate the upload key (Play App Signing) and keep the keystore in a CI secret file',
  }),
  defineDetector({
    id: 'unity-serial-number',
    name: 'Unity license serial (`-serial XX-XXXX-XXXX-XXXX-XXXX-XXXX`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['serial'],
    pattern: new RegExp(String.raw`${words('serial')}(?:\s{1,3}|${KSEP})(?:\\{0,3}["'])?(?<v>[A-Z0-9]{2}(?:-[A-Z0-9]{4}){5})(?![A-Za-z0-9-])`),
    mask: 'full',
    validate: (v) => /\d/.test(v.slice(3)) && /[A-Z]/.test(v.slice(3)),
    remediation: 'Return the seat in the Unity ID portal and pass the serial to CI as a masked secret',
  }),
  defineDetector({
    id: 'paypal-client-id-secret-pair',
    name: 'PayPal REST client secret in a `client_id:secret` pair',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.85,
    keywords: ['paypal'],
    span: 800,
    // PayPal REST client ids start with `A`, secrets with `E`; both are 80 characters of base64url.
    pattern: /(?<![A-Za-z0-9_-])A[A-Za-z0-9_-]{79}:(?<v>E[A-Za-z0-9_-]{79})(?![A-Za-z0-9_-])/,
    mask: 'full',
    validate: (v) => mixedOk(v),
    remediation: 'Rotate the secret of the REST app in the PayPal developer dashboard and keep it in a secret store',
  }),
  defineDetector({
    id: 'schemeless-db-address-password',
    name: 'Database password in a scheme-less `user:password@host:port` address (Nakama/CockroachDB `database.address`, Redis and MySQL DSNs)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['address', 'addr', 'dsn'],
    needs: ['@'],
    // `address: ["root:<pw>@db-0:26257"]`, `DB_ADDR=app:<pw>@10.0.0.5:3306`, `dsn = "svc:<pw>@tcp(db:3306)/app"`.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:${words('address')}(?:es)?|${words('addr')}|${words('dsn')})${KSEP}(?:\\{0,3}\[\s{0,2}\\{0,3}["']?)?[A-Za-z_][\w.-]{0,63}:(?<v>[^\s@"':/\\]{4,128})@(?:tcp\()?[A-Za-z0-9][\w.-]{0,253}:\d{2,5}(?!\d)`,
    ),
    mask: 'full',
    validate: (v) => !/^(?:\*+|x+|password|secret|changeme|\$\{?\w+\}?|%\w+%|<[^>]*>)$/i.test(v),
    remediation: 'Change the database password and give the server its address without credentials (a secret file or env var)',
  }),
];
