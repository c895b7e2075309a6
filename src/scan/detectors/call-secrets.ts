import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isPublicSdkKey } from '../public-sdk-keys-r77';
import { isLowEntropy } from '../validators';

/** A camelCase or snake_case identifier (`myPasswordValue`, `api_secret_key`), not a secret. */
const IDENTIFIER = /^(?:[a-z]+(?:[A-Z][a-z]+)+|[A-Z]?[a-z]+(?:[_-][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$/;

/**
 * A string literal that reads as a generated secret: letters with digits, or both cases with at
 * least three capitals (a 16-letter random secret has no digit one time in twenty), not an
 * identifier, a run, a placeholder or a `${VAR}` reference.
 */
export function literalSecret(v: string): boolean {
  if (v.length < 8 || isPlaceholder(v) || isLowEntropy(v) || IDENTIFIER.test(v) || /^\$\{|^%\w+%$|^\{\{/.test(v)) return false;
  const letters = /[A-Za-z]/.test(v);
  if (letters && /\d/.test(v)) return true;
  return (v.match(/[A-Z]/g)?.length ?? 0) >= 3 && (v.match(/[a-z]/g)?.length ?? 0) >= 3;
}

/** Argument names that hold a secret (`secret:`, `apiKey =`, `client_secret=`, `password:`). */
const SECRET_ARGS = String.raw`(?:(?:api|client|app|consumer|shared|signing|webhook)?[_-]?secret(?:[_-]?key)?|(?:api|access|auth|bearer|refresh|private)?[_-]?token|pass(?:word|wd|phrase)?|pwd|api[_-]?key|access[_-]?key|private[_-]?key|secret[_-]?access[_-]?key)`;

/**
 * Secrets handed to calls: the password (third) argument of Odoo's and XML-RPC's
 * `execute_kw(db, uid, password, …)` and `authenticate(db, login, password, …)`, in source,
 * tracebacks, Java clients and JSON-RPC bodies; setter and builder methods (`.apiSecret("…")`);
 * the secret of a credentials constructor (`new Basic('key', 'secret')`); and named arguments in PHP 8 (`new Basic(key: '…', secret: '…')`),
 * Kotlin/Swift/C# (`secret = "…"`, `secret: "…"`) and Python keyword arguments
 * (`Client(token="…")`), right after `(` or `,`.
 */
export const CALL_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'rpc-password-argument',
    name: 'Password or API key passed to an RPC login call (execute_kw, authenticate)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['execute_kw', 'authenticate'],
    // After the call's `(`, Java's `execute("execute_kw", asList(` or JSON-RPC's `"execute_kw","args":[`:
    // two arguments (names, numbers or quoted strings), then the quoted secret.
    pattern: /\b(?:execute_kw|authenticate)\b(?:\\?["']\s*,\s*(?:\\?["']args\\?["']\s*:\s*\[|(?:[\w.]+\s*\(\s*)?\[?)|\s*\(\s*\[?)\s*(?:[\w.$]+|\\?'[^'\n]{0,80}'|\\?"[^"\n]{0,80}")\s*,\s*(?:[\w.$]+|\\?'[^'\n]{0,120}'|\\?"[^"\n]{0,120}")\s*,\s*(?:\\?["'])(?<v>[^'"\s\\]{6,256})\\?["']/,
    mask: 'full',
    validate: (v) => !isPlaceholder(v) && !isLowEntropy(v) && !/^[a-z_.]+$/.test(v),
    remediation: 'Revoke this API key or change this password (Odoo: Preferences > Account Security) and stop logging call arguments',
  }),
  defineDetector({
    id: 'setter-secret-argument',
    name: 'Secret passed to a setter or builder method',
    category: 'credential',
    severity: 'high',
    // Under secret-call-argument (39), which takes the same calls with digits in the value; this adds letter-only secrets.
    priority: 38,
    keywords: ['secret', 'password', 'passphrase', 'token', 'key('],
    // The call's name ends in one of these words right before `("`: other `token` lines are skipped unread.
    precheck: { re: /(?:secret|password|passphrase|token|key)\(\s*["']/i, reach: 32 },
    needs: ['('], // every match calls a setter (a `key=value` line holds none)
    // `.apiSecret("…")`, `->setApiSecret('…')`, `.clientSecret("…")`, `.setPassword("…")`, `.token("…")`.
    pattern: /(?:\.|->|::)(?:set|with)?_?(?:api|client|app|consumer|shared|signing|access|auth|bearer|private|secret)?_?(?:secret|password|passphrase|token|api_?key|secret_?key)\(\s*(?<q>["'])(?<v>[^"'\s\\]{8,256})\k<q>\s*\)/i,
    mask: 'full',
    validate: literalSecret,
    remediation: 'Rotate this secret at its issuer and load it from a secret store instead of the source or log',
  }),
  defineDetector({
    id: 'credential-constructor-secret',
    name: 'Secret passed to a credentials constructor',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['basic(', 'credentials(', 'credential('],
    // Vonage PHP `new Basic('key', 'secret')`, `Credentials\Basic(…)`, .NET `NetworkCredential("user", "…")`,
    // Java `UsernamePasswordCredentials("user", "…")`: the second string is the secret.
    pattern: /\b(?:Basic|BasicCredentials|Credentials|NetworkCredential|UsernamePasswordCredentials|PasswordCredential|ClientSecretCredential)\(\s*(?<q>["'])[^"'\n]{1,120}\k<q>\s*,\s*(?<r>["'])(?<v>[^"'\s\\]{8,256})\k<r>/,
    mask: 'full',
    validate: literalSecret,
    remediation: 'Rotate this secret at its issuer and load it from a secret store instead of the source or log',
  }),
  defineDetector({
    id: 'named-argument-secret',
    name: 'Secret passed as a named argument',
    category: 'credential',
    severity: 'high',
    priority: 55,
    keywords: ['secret', 'token', 'pass', 'pwd', 'key'],
    // Every name in SECRET_ARGS ends in one of these words, then `:`/`=` and a quote (not JSON's `"token":`).
    precheck: { re: /(?:secret|token|pass|pwd|key)[a-z]{0,6}\s{0,2}[:=]\s{0,2}[@rb]?["']/i, reach: 24 },
    needs: ['"', "'"], // every match quotes its value
    pattern: new RegExp(String.raw`(?<=[(,]\s{0,8})\$?(?<k>${SECRET_ARGS})\s{0,2}(?::|=)\s{0,2}(?:@|[rb])?(?<q>["'])(?<v>[^"'\s\\]{8,256})\k<q>`, 'i'),
    mask: 'full',
    // Round r77: a documented public client key (`token: "live_<27 hex>"`: a Paddle client-side token) is reported as public.
    validate: (v, ctx) => literalSecret(v) && (isPublicSdkKey(ctx.key ?? '', v, ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 400), ctx.matchStart ?? ctx.start)) ? { ok: true, public: true } : true),
    remediation: 'Rotate this secret at its issuer and load it from a secret store instead of the source or log',
  }),
];
