import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy, shannonEntropy } from '../validators';

/** Where a match that starts a line can start: the text's start or a line break. */
function lineStart(text: string, from: number): number {
  return from === 0 ? 0 : text.indexOf('\n', from);
}

/** True when `v` looks generated: letters with digits or both cases, no long repeats, high entropy. */
export function randomish(v: string, minLength: number): boolean {
  // Hex (16 symbols) reads as random from 3.2 bits a character (a 32-hex session id, round r48).
  const floor = /^[0-9a-f]{32,}$/i.test(v) ? 3.2 : 3.5;
  return v.length >= minLength && /[A-Za-z]/.test(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v) && shannonEntropy(v) >= Math.min(floor, Math.log2(v.length) * 0.8);
}

/** A value under a key `secretKeyKind` names: a password of 8+ with a non-letter, or a random-looking secret of 16+. */
export function keyedSecretOk(key: string, v: string): boolean {
  const kind = secretKeyKind(key);
  if (kind === null || isPlaceholder(v) || /^[[{<$%]/.test(v)) return false;
  return kind === 'password' ? v.length >= 8 && /[^A-Za-z]/.test(v) && !isLowEntropy(v) : randomish(v, 16);
}

/** Cookie names that carry a session or credential (`_acme_session`, `connect.sid`, `remember_token`, `auth`). */
// Also persistent-login cookies (`remember_me`, `logged_in`) and short access/refresh-token names (`_aat`, `_at`, `_rt`), round r48.
const SESSION_NAME = /session|token|auth|(?:^|[._-])sess(?:$|[._-])|sid$|remember|logged_?in|^_{0,2}a?[ar]t$/i;

/** True when at most `lines` line breaks lie between the match start and the value. */
function withinLines(ctx: MatchContext, lines: number): boolean {
  const between = ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start);
  return (between.match(/\n/g)?.length ?? 0) <= lines;
}

/** Credentials recognised by a neighbour on a nearby line, a CLI table column, or a cookie's name. */
export const NEARBY_CREDENTIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'twilio-token-near-sid',
    name: 'Twilio auth token (near its account SID)',
    category: 'credential',
    severity: 'critical',
    priority: 79,
    keywords: ['sid', 'twilio', 'account'],
    span: 400,
    // `SID AC<32 hex>` then, within a few lines, `token <32 hex>` / `auth: <32 hex>` (chats, logs, notes).
    pattern: /(?<![\w])AC[0-9a-f]{32}(?![\w])[\s\S]{0,300}?\b(?:auth(?:[ _-]?token)?|token)\b[^0-9a-f\n]{0,12}(?<v>[0-9a-f]{32})(?![\w])/,
    validate: (v, ctx) => withinLines(ctx, 4) && !isLowEntropy(v),
    remediation: 'Rotate this Twilio auth token in the Twilio console',
  }),
  defineDetector({
    id: 'cli-table-secret',
    name: 'Secret in CLI table output',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.7,
    // Round r39: `_pass`/`_pwd` keys too (`clickhouse_pass   <value>` in a `vault kv get` table).
    keywords: ['token', 'secret', 'password', 'key', '_pass ', '_pass\t', '_pwd ', '_pwd\t', '_passwd ', '-pass ', '.pass '],
    // `vault token create` / `vault read` tables: `<key name><2+ spaces><value>` alone on a line.
    // Round r32: the key may carry a Pulumi config namespace (`pulumi config --show-secrets`: `myproj:dbPassword  <value>`).
    // Round l88: or dot leaders between them (Laravel's `php artisan about` / `config:show`: `app.key ....... base64:…`).
    pattern: /(?:^|\n)[ \t]{0,8}(?:[A-Za-z][\w.-]{0,40}:)?(?<k>[A-Za-z_][\w.-]{0,40})(?:[ \t]{2,40}|[ \t]\.{3,120}[ \t])(?<v>[^\s]{8,512})[ \t]*(?=\r?\n|$)/,
    starts: lineStart,
    needs: ['  ', '\t', ' ...'], // `[ \t]{2,40}` holds one of the first two, dot leaders the last
    validate: (v, ctx) => keyedSecretOk(ctx.key ?? '', v),
    remediation: 'Revoke this secret and stop logging CLI output that prints it',
  }),
  defineDetector({
    id: 'session-cookie-named',
    name: 'Session cookie (by name)',
    category: 'credential',
    severity: 'high',
    priority: 48, // below http-cookie, which reports the whole Cookie header when it sees one
    keywords: ['cookie'],
    // `Cookie: _acme_session=…`, HAR `{"name":"Set-Cookie","value":"_acme_session=…; path=/"}`.
    pattern: /(?<![\w.-])(?<k>[\w.-]{3,60})=(?<v>[A-Za-z0-9%._~+/:-]{16,512}={0,2})(?![\w%.~+/:=-])/i,
    validate: (v, ctx) => {
      if (!SESSION_NAME.test(ctx.key ?? '') || !/cookie/i.test(ctx.text.slice(0, ctx.matchStart ?? ctx.start))) return false;
      // Round l85: a digest named as one (`auth_content_sha256_=<64 hex>`): a hash of content, no session.
      if (/(?:sha(?:1|256|512)?|md5|hash|digest|checksum)_?$/i.test(ctx.key ?? '') && /^[0-9a-f]{32,128}$/i.test(v)) return false;
      return !isPlaceholder(v) && randomish(v, 16);
    },
    remediation: 'Invalidate this session and stop logging cookies',
  }),
];
