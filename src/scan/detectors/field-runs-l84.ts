import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isLowEntropy } from '../validators';
import { foreignPasswordKey } from './foreign-key-names';

/**
 * Lead round l84 (blind set 82 at a fresh seed): a password written bare in a record of unquoted fields, where the
 * value holds characters that end a value elsewhere (`{`, `(`, `"`, `]`, `:`, `,`): Go's `%+v` (`&{DbPassword:yRR{(OS_"C1[b
 * Retries:3}`), `key = value | key = value` batch lines, logfmt-like dumps. The other readers stop at the first such
 * character and leave the rest of the password in the text. Here the value is every non-space character up to the space
 * before the next field (`Key:`, `key=`, `key = `, `| `), or to the line's end (a closing `}` of the struct left out).
 * Left alone: quoted values (the quoted readers' own), values opening with a bracket or a quote (a structure, a mask),
 * references and URLs.
 * Also: a session id in a web framework's own format under a session key outside a Cookie header (`PHPSESSID: …` in
 * YAML, `<sessionid>…` in XML, `JSESSIONID -> '…'`, `rails_session=…`).
 */

/** The lowercase literals in password key names (English and the languages foreign-key-names.ts reads). */
const KEYWORDS = ['pass', 'pwd', 'senha', 'kennwort', 'contrase', 'wachtwoord', 'parola', 'salasana', 'heslo', 'haslo', 'clave', 'mot_de_passe', 'motdepasse'];

/** A character another reader ends a bare value at. */
const CUTTING = /[{}()[\]"'<>;,|\\`:]/;

/** True for a password-like run: letters and digits, a cutting character, no structure, reference or URL. */
function runOk(v: string): boolean {
  if (v.length < 8 || !CUTTING.test(v) || !/[A-Za-z]/.test(v) || !/\d/.test(v)) return false;
  if (/^[[{(<"'`$%]/.test(v) || /\$\{|\{\{|:\/\/|^\w+\(\)$/.test(v)) return false;
  return !isLowEntropy(v);
}

/** Session cookie names that are a framework's own (the key is the cookie). */
const FRAMEWORK_SESSION_KEY = /^(?:JSESSIONID|jsessionid|PHPSESSID|phpsessid|phpSession|ASP\.NET_SessionId|sessionid|laravel_session|rails_session|_session_id|_[a-z]+_session|ci_session|connect\.sid)$/;

/**
 * True when `v` has the shape a web framework gives its session ids and `key` names a session: Django's 32 of
 * [a-z0-9], PHP's 26 or 32 of [0-9a-v], ASP.NET's 24 of [a-z0-5] (each with a letter past `f` and a digit: no hex
 * digest), Java's 32 upper-case hex only under `JSESSIONID`, and a signed cookie store's long value (Rails, Laravel)
 * only under the framework's own cookie name. A hex or UUID `session_id` of an analytics event is no cookie.
 */
function sessionFormatOk(key: string, v: string): boolean {
  const bare = key.replace(/^.*[.:]/, '');
  if (!/sess/i.test(bare) || /(?:count|length|ttl|timeout|expir|duration|type|name|cookie_name|store|driver)$/i.test(bare)) return false;
  const letterDigit = /[g-z]/.test(v) && /\d/.test(v);
  if (/^[a-z0-9]{32}$/.test(v) || /^[0-9a-v]{26}$/.test(v) || /^[a-z0-5]{24}$/.test(v)) return letterDigit && !isLowEntropy(v);
  if (/^[0-9A-F]{32}$/.test(v)) return /^jsessionid$/i.test(bare) && /[A-F]/.test(v) && /\d/.test(v) && !isLowEntropy(v);
  if (v.length >= 100) return (FRAMEWORK_SESSION_KEY.test(key) || FRAMEWORK_SESSION_KEY.test(bare)) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v);
  return false;
}

export const FIELD_RUNS_L84_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-run-before-next-field',
    name: 'Password with punctuation written bare in a record of unquoted fields, up to the next field (`&{DbPassword:yRR{(OS_"C1 Retries:3}`, `pwd = a]:(x | …`)',
    category: 'credential',
    severity: 'high',
    priority: 40.5, // over password-assignment (40), which stops at the first cutting character; under the specific readers (41+)
    confidence: 0.75,
    keywords: KEYWORDS,
    pattern:
      /(?<![\w.-])(?<k>[A-Za-z][\w.-]{0,40})(?:[:=]|[ \t]=[ \t])(?<v>[^\s]{8,128}?)(?=[ \t]+(?:\|[ \t]|[A-Za-z_][\w.-]{0,40}(?:[:=]|[ \t]=[ \t]))|\}{1,3}[ \t]*(?:\r?\n|$)|[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      return (secretKeyKind(key) === 'password' || foreignPasswordKey(key)) && runOk(v);
    },
    remediation: 'Rotate this password and print structs with secrets masked (a String() method, a redacting formatter)',
  }),
  defineDetector({
    id: 'session-id-in-framework-format-under-session-key',
    name: "Session id in a web framework's own format under a session key (`PHPSESSID: r4dkl4neg5…`, `<sessionid>9v0jxaa5…`, `JSESSIONID -> '29342FC4…'`)",
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: ['sess'],
    // The session word, its operator and the value's first 24 characters (not a stack frame's `SessionInputBufferImpl.java:195`).
    precheck: { re: /[Ss][Ee][Ss][Ss][\w.:-]{0,20}?(?:\\{0,3}["'])?(?:>|[ \t]{0,3}(?:=>|->|:=|[:=])[ \t]{0,3})(?:\\{0,3}["'])?[A-Za-z0-9_-]{24}/, reach: 25 },
    pattern:
      /(?<![\w.-])(?<k>[A-Za-z_.]{0,24}[Ss][Ee][Ss][Ss][\w.:-]{0,20}?)(?:\\{0,3}["'])?(?:>|[ \t]{0,3}(?:=>|->|:=|[:=])[ \t]{0,3})(?:\\{0,3}["'])?(?<v>[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_\-.])/,
    mask: 'full',
    validate: (v, ctx) => sessionFormatOk(ctx.key ?? '', v),
    remediation: 'Expire this session and log a hash of the session id, never the id itself',
  }),
];
