import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round r35 (blind set 35: games, media, streaming and creator platforms): live-streaming stream
 * keys (the last path segment of an RTMP ingest URL, `stream_key`/`streamKey` fields, OBS's
 * service.json), the plaintext values of a Kubernetes Secret's `stringData`, API keys and session
 * tokens in headers written without a colon or under a session name, and console/Steam build
 * passwords in their tools' own argument shapes (`xbconnect … /P:`, `steamcmd +login <user> <pw>`).
 */

/** A key name in any case, `_`, `.` or `-` between its words. */
const words = (...ws: string[]): string => ws.map((w) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('[_.-]?');

/** Between a key and its value: `=`, `: `, `" : "`, `=>`. */
const KSEP = String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|[:=])\s{0,3}(?:\\{0,3}["'])?`;

/** A stream key: letters and digits (a digit among them), not a placeholder word or one character repeated. */
const keyOk = (v: string): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(.)\1+$/.test(v.replace(/-/g, '')) && !/^(?:x{4}-?)+x*$/i.test(v);

/** A secret-looking value: 8+ characters, letters and digits, or 16+ of mixed case. */
const secretOk = (v: string): boolean => {
  if (/^(.)\1+$/.test(v) || /:\/\/|^[\w-]+(?:\.[\w-]+)+$/.test(v) || /^(?:true|false|null|changeme)$/i.test(v)) return false;
  const lower = /[a-z]/.test(v), upper = /[A-Z]/.test(v), digit = /\d/.test(v);
  // Short values need all three classes (`eu-west-1` is a region, not a secret); long ones two.
  return v.length >= 16 ? (lower || upper) && (digit || (lower && upper)) : lower && upper && digit;
};

export const STREAMING_R35_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'rtmp-ingest-stream-key',
    name: 'Stream key as the last path segment of an RTMP(S) ingest URL (YouTube live2, Twitch app, Facebook rtmp, IVS app)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['rtmp://', 'rtmps://'],
    pattern: /rtmps?:\/\/[\w.-]{1,253}(?::\d{1,5})?\/(?:[\w.-]{1,64}\/){1,3}(?<v>[A-Za-z0-9_-]{16,160})(?![\w./-])/,
    mask: 'full',
    validate: (v) => keyOk(v),
    remediation: 'Reset the stream key in the platform\'s creator dashboard and pass it to the encoder from a secret, not on its command line',
  }),
  defineDetector({
    id: 'stream-key-field',
    name: 'Stream key under its field name (`stream_key`, `streamKey`, `streamKey.value`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['streamkey', 'stream_key', 'stream-key'],
    pattern: new RegExp(String.raw`${words('stream', 'key')}(?:\.value)?${KSEP}(?<v>[A-Za-z0-9_-]{16,160})(?![A-Za-z0-9_-])`),
    mask: 'full',
    validate: (v) => keyOk(v),
    remediation: 'Reset the stream key (Mux, IVS, Cloudflare Stream, YouTube) and keep it out of API response logs',
  }),
  defineDetector({
    id: 'obs-service-stream-key',
    name: 'OBS stream key (`"key"` in a profile\'s service.json with an `rtmp_common`/`rtmp_custom` type)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['rtmp_'],
    pattern: /"key"\s{0,2}:\s{0,2}"(?<v>[^"\\\s]{8,160})"(?=[^\n]{0,300}"type"\s{0,2}:\s{0,2}"rtmp_(?:common|custom)")/,
    mask: 'full',
    validate: (v) => keyOk(v),
    remediation: 'Reset the stream key with the streaming service and strip service.json from crash bundles',
  }),
  defineDetector({
    id: 'k8s-secret-stringdata-value',
    name: 'Plaintext value under a Kubernetes Secret\'s `stringData:`',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.75,
    keywords: ['stringdata:'],
    span: 2000,
    // Each indented `key: value` line of the block (the block ends at the first line that is not indented).
    pattern: /(?<=\bstringData:[ \t]*\r?\n(?:[ \t]+[^\n]*\n){0,40})[ \t]+[\w.-]{1,64}:[ \t]{1,4}["']?(?<v>[^\s"'#]{8,512})["']?[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v) => secretOk(v) && !/^\$\{|^\{\{|^<.*>$/.test(v),
    remediation: 'Rotate the values of the Secret and apply manifests from a secret manager (SOPS, External Secrets), not echoed YAML',
  }),
  defineDetector({
    id: 'api-key-header-no-colon',
    name: 'API key after an `X-Api-Key` header name written without a colon (`X-Api-Key <key>`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.75,
    keywords: ['x-api-key '],
    pattern: /(?<![\w-])[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy] {1,3}(?<v>[A-Za-z0-9_-]{32,128})(?![A-Za-z0-9_-])/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Rotate the API key with the provider and log requests without their key headers',
  }),
  defineDetector({
    id: 'session-token-header',
    name: 'Session token in an `X-Client-Session` / `X-Session-Token` style header',
    category: 'credential',
    severity: 'medium',
    priority: 60,
    confidence: 0.7,
    keywords: ['-session'],
    // Not `X-Session-Id`: a correlation id as often as a credential.
    pattern: /(?<![\w-])[Xx]-(?:(?:[Cc]lient|[Pp]layer|[Uu]ser|[Gg]ame)-[Ss]ession(?:-(?:[Tt]oken|[Kk]ey))?|[Ss]ession-(?:[Tt]oken|[Kk]ey))\\{0,3}["']?\s{0,2}:\s{0,2}\\{0,3}["']?(?<v>[A-Za-z0-9_\-+/=.]{24,512})(?![A-Za-z0-9_\-+/=.])/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Invalidate the session server-side and drop session headers from breadcrumbs and request logs',
  }),
  defineDetector({
    id: 'devkit-slash-password',
    name: 'Password in a Windows-style `/U:<user> /P:<password>` argument pair (xbconnect, net use, schtasks)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['/p:'],
    pattern: /(?<![\w])\/[Uu]:[^\s/]{1,64}\s{1,3}\/[Pp]:(?<v>"[^"\n]{4,128}"|[^\s"]{4,128})/,
    mask: 'full',
    validate: (v) => !/^["']?(?:\*+|%\w+%|\$\w+|<[^>]*>|password|\*{3,})["']?$/i.test(v),
    remediation: 'Change the dev kit / account password and pass it from a credential store, not on the command line',
  }),
  defineDetector({
    id: 'steamcmd-login-password',
    name: 'Steam account password in a steamcmd login argument (the user, then the password)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['+login '],
    pattern: /\+login\s{1,3}(?!anonymous\b)[\w.@-]{2,64}\s{1,3}(?<v>[^\s+"'][^\s"']{3,127})(?=\s|$)/,
    mask: 'full',
    validate: (v) => !/^(?:\$\w+|%\w+%|\*+|<[^>]*>|\$\{[^}]*\})$/.test(v) && v !== 'password',
    remediation: 'Change the build account\'s Steam password and log in from a cached config.vdf (Steam Guard) in CI',
  }),
  defineDetector({
    id: 'webhook-secret-labelled',
    name: 'Webhook secret after a `Webhook-Secret` label, a parenthesised note between them (`Webhook-Secret (configured): …`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['webhook-secret', 'webhook_secret', 'webhook secret', 'webhooksecret'],
    pattern: /(?<![A-Za-z])[Ww]ebhook[ _-]?[Ss]ecret(?: \([a-z ]{1,30}\))?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Za-z0-9_\-+/=]{16,128})(?![A-Za-z0-9_\-+/=])/,
    mask: 'full',
    validate: (v) => secretOk(v),
    remediation: 'Regenerate the webhook secret on the provider (Patreon, Stripe, GitHub) and never print it beside a signature mismatch',
  }),
  defineDetector({
    id: 'prose-old-password',
    name: 'Password a player or user writes in prose after `old/new/current password` (`old password Hunter#22 doesnt work`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.7,
    keywords: ['password '],
    pattern: /(?<![A-Za-z])(?:[Oo]ld|[Nn]ew|[Cc]urrent|[Pp]revious|[Tt]emp|[Tt]emporary) password (?:(?:is|was|of) )?(?<v>(?=[^\s"']{0,63}\d)(?=[^\s"']{0,63}[A-Za-z])[^\s"',;]{6,64})(?= (?:doesn|does|did|isn|is|was|won|no longer|stopped|fail)[a-z'’]{0,4}\b|[ \t]*(?:\.|,|$))/,
    mask: 'full',
    validate: (v) => !/^(?:\*+|x+|<[^>]*>|\$\{[^}]*\})$/i.test(v),
    remediation: 'Force a password reset for the account and redact support transcripts before they are logged',
  }),
];
