import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPublicClientKey } from '../public-values';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { vendorKeyValue } from '../vendor-keys';
import type { MatchContext } from '../detector';

/**
 * Round r81 (blind set 81: mobile apps and web front ends, as their crash, network and session reports reach an alert),
 * the credential classes:
 * - a secret in an Android string element (`<string name="aws_secret_access_key" translatable="false">…</string>`): an
 *   apktool-decoded `res/values/*.xml` and a SharedPreferences file (`shared_prefs/*.xml`) write it alike;
 * - the data of a password item in an iOS keychain dump (keychain_dumper's `Generic Password` block, `Keychain Data: …`);
 * - a secret in a Swift `print()`/`debugPrint()` of a struct whose field is optional (`refreshToken: Optional("…")`);
 * - a secret assigned to a browser global (`window.__NATIVE_TOKEN__ = '…'`, a WebView bridge injecting it);
 * - a web session's token under a bare `session` key of a JS object or JSON body (`{…, session: 'at_…'}`).
 * Left alone on purpose: public client values under secret-sounding names (Firebase `AIza…`, `pk_live_…`, Mapbox `pk.…`,
 * Facebook client tokens, Algolia search-only keys), UUIDs and install ids kept in the keychain, hex and numeric session ids.
 */

/** Values of client keys that ship in every app or page by design (Firebase/Google `AIza…`, Stripe `pk_…`, Mapbox `pk.…`, Datadog `pub…`). */
const PUBLIC_SHAPE = /^(?:AIza|pk_(?:live|test)_|pk\.eyJ|pub[0-9a-f]{32}$|ca-app-pub-)/;
/** A UUID: an install's, a device's or a record's id, stored beside secrets but no secret itself. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A secret under `key` as an app's config or store holds it, public client keys refused. */
function appSecret(key: string, v: string, ctx: MatchContext): boolean {
  if (PUBLIC_SHAPE.test(v) || isPublicClientKey(key, v)) return false;
  // Facebook's client token (`facebook_client_token`) is embedded in every app by Facebook's design: an identifier.
  if (/client[_.-]?token$/i.test(key)) return false;
  return keyedSecretValue(key, v) || vendorKeyValue(key, v, ctx);
}

/** The item a keychain dump's `Keychain Data:` line belongs to: the block's `Service:`/`Account:`/`Label:` lines before it. */
function keychainItem(text: string, start: number): string | null {
  const from = Math.max(0, start - 900);
  const before = text.slice(from, start);
  const head = Math.max(before.lastIndexOf('Generic Password'), before.lastIndexOf('Internet Password'));
  if (head < 0) return null;
  return before.slice(head);
}
/** Service, account or label words of a keychain item that stores an identifier, not a secret. */
const ID_ITEM = /(?<![^\n])(?:Service|Account|Label):[ \t]{0,8}[^\r\n]{0,120}?(?:\b|_)(?:device|install(?:ation)?|vendor|uuid|udid|idfv|idfa|anon(?:ymous)?|analytics|tracking|first[_-]?launch|onboarding)(?:[_-]?id)?\b/i;

export const MOBILE_R81_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'android-string-resource-secret',
    name: 'Secret in an Android string element (`<string name="aws_secret_access_key">…</string>` in res/values or shared_prefs XML)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['<string name='],
    pattern: /<string\s{1,3}name="(?<k>[A-Za-z_][\w.-]{0,99})"(?:\s{1,3}[\w:-]{1,40}="[^"\r\n<>]{0,80}"){0,4}\s{0,3}>(?<v>[^<\s]{1,4096})<\/string>/,
    mask: 'full',
    validate: (v, ctx) => appSecret(ctx.key ?? '', v, ctx),
    remediation: 'Rotate this secret: resources and SharedPreferences ship or sit on every device; keep server secrets on the server',
  }),
  defineDetector({
    id: 'keychain-dump-item-data',
    name: 'Password or token of an iOS keychain item in a keychain dump (`Generic Password` … `Keychain Data: …`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['keychain data:'],
    span: 20,
    spanBack: 14,
    pattern: /(?<![^\n])[ \t]{0,8}Keychain Data:[ \t]{1,4}(?<v>[^\s<>]{6,4096})(?=[ \t]{0,8}(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const item = keychainItem(ctx.text, ctx.matchStart ?? ctx.start);
      if (item === null || ID_ITEM.test(item) || UUID.test(v) || /^\(null\)$/i.test(v)) return false;
      return secretValueOk('password', v) || secretValueOk('secret', v);
    },
    remediation: "Rotate this credential, and keep keychain dumps (jailbreak tools, objection) out of tickets and logs",
  }),
  defineDetector({
    id: 'swift-optional-secret',
    name: 'Secret in a Swift print of a struct with optional fields (`refreshToken: Optional("…")`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['optional("'],
    pattern: /(?<![\w])(?<k>[A-Za-z_]\w{0,60})\s{0,2}[:=]\s{0,2}Optional\("(?<v>[^"\\\s]{6,4096})"\)/,
    mask: 'full',
    validate: (v, ctx) => appSecret(ctx.key ?? '', v, ctx),
    remediation: 'Rotate this token, and give credential types a redacting `CustomStringConvertible` description',
  }),
  defineDetector({
    id: 'browser-global-secret',
    name: 'Secret assigned to a browser global (`window.__NATIVE_TOKEN__ = \'…\'`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['window.', 'globalthis.', 'self.__'],
    pattern: /(?<![\w.$])(?:window|globalThis|self)\.(?<k>\$?_{0,3}[A-Za-z][\w$]{0,79})\s{0,2}=\s{0,2}(?:'(?<v>[^'\s\\]{8,4096})'|"(?<w>[^"\s\\]{8,4096})"|`(?<u>[^`\s\\$]{8,4096})`)/,
    mask: 'full',
    validate: (v, ctx) => appSecret((ctx.key ?? '').replace(/^\$?_+|_+$/g, ''), v, ctx),
    remediation: 'Rotate this token, and hand it to the WebView through a message channel, not a page global any script can read',
  }),
  defineDetector({
    id: 'session-key-token',
    name: 'Web session token under a bare `session` key (`{…, session: \'…\'}`, `"session":"…"`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.65,
    keywords: ['session:', 'session":', "session':", 'session =', 'session='],
    pattern: /(?<![\w.$-])(?<k>session)["']?[ \t]{0,2}[:=][ \t]{0,2}(?:'(?<v>[A-Za-z0-9_.~+\/-]{24,512}={0,2})'|"(?<w>[A-Za-z0-9_.~+\/-]{24,512}={0,2})")/i,
    mask: 'full',
    // A generated token: both cases and a digit, not a UUID, hex or a number (analytics session ids are those).
    validate: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !UUID.test(v) && !/^[0-9a-f-]+$/i.test(v) && secretValueOk('secret', v),
    remediation: 'Revoke this session, and log the session by a hash or an id the server keeps, not the token itself',
  }),
];
