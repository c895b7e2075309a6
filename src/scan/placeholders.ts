/**
 * The shared placeholder corpus: values that look like a secret's slot rather than a
 * secret (`xxxx`, `****`, `<token>`, `${VAR}`, `{{ secret }}`, `%s`, `REDACTED`,
 * `changeme`, `…EXAMPLE`, one repeated character). Matched case-insensitively.
 */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = Object.freeze([
  /x{6,}/i, // shorter runs of x: see isShortXRunPlaceholder
  /\*{3,}/,
  /•{2,}/,
  /…|\.\.\./,
  /^<[^>]{0,64}>$/,
  /^\[[^\]]{0,64}\]$/,
  /^\{[A-Za-z][A-Za-z _-]{1,62}\}$/, // documentation slots in single braces: `sig={signature-string}`, `se={expiry}` (letters only: no value)
  /\$\{|\{\{|\}\}|^\$[A-Z_]{2,}$/,
  /^\$\([A-Z_][A-Z0-9_]*\)$/, // Kubernetes env expansion and make: `$(DB_PASSWORD)`
  /^(?:##[A-Za-z_][\w.-]{0,62}##|@@[A-Za-z_][\w.-]{0,62}@@|#\{[A-Za-z_][\w.-]{0,62}\}#)$/, // round r64: deploy-time replacement slots (auth0-deploy-cli `##KEY##`/`@@KEY@@`, Azure DevOps `#{KEY}#`)
  // Round r71: a build's token-replacement slot (`__API_KEY__`), a PowerShell environment reference (`$env:EDI_API_KEY`),
  // ASP.NET's machine-key keywords (`AutoGenerate,IsolateApps`).
  /^__[A-Z][A-Z0-9_]{0,62}__$|^\$env:[A-Za-z_][A-Za-z0-9_]{0,62}$|^AutoGenerate(?:,Isolate(?:Apps|ByAppId))*$/i,
  /^%[sdv]$|^%\(?[a-z_]{0,32}\)?s$/i,
  /#\{[A-Za-z_@$]|^\[?filtered\]?$|^&lt;[^&\s]{1,64}&gt;$/i, // round l85: Ruby interpolation (`SSWS #{ENV.fetch("ZENDESK_TOKEN")}`), `[Filtered` cut at its bracket
  /^(?:env|ENV|Env)[:.][A-Z_][A-Z0-9_]{1,95}$/, // round l85: an environment variable named in place of its value (`env:STRIPE_KEY`)
  /redacted|changeme|change_me|placeholder|masked|example$|examplekey$|^example|^your[_-]/i,
  /^ENC(?:\[|$)|^[\w-]+\.\.$/,
  /^\([a-z][a-z _-]{2,40}\)$/i, // Terraform and Ansible: `(sensitive value)`, `(known after apply)`, `(hidden)` // SOPS `ENC[…]` values (a bare match stops at the bracket); values cut short (`ops_eyJzaWdu..`: token characters, then `..`; a password with other punctuation that ends in `..`, `Ofj2*.XX3Xvdgj..`, is a password)
  /^(?:null|none|nil|undefined|true|false|empty|hidden|secret|password|passwd|pass|pwd|token|string|value|required|invalid|expired|missing|provided|omitted|dummy|sample|test|foo|bar|abc|1234|12345678|123456|qwerty|letmein)$/i,
  // A test fixture's value that names itself: `mock-token-2`, `fake-api-key`, `dummy_secret`, `stub.password.1`.
  /^(?:mock|fake|dummy|stub)(?:[-_.](?:[a-z]+|\d{1,4})){1,4}$/i,
  // The word for password in other languages, as a template or an example file writes it (`postgres://app:passwort@localhost`).
  /^(?:passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|mot de passe|motdepasse|has(?:ł|l)o|salasana|l(?:ö|o)senord|adgangskode|passord|heslo|(?:ş|s)ifre|пароль|密码|密碼|パスワード|비밀번호)$/i,
]);

/**
 * A reference to a secret kept in a secrets manager, which the runtime resolves: 1Password
 * `op://vault/item/field`, `vault:`/`vault://`, AWS `arn:aws:secretsmanager:…`/`arn:aws:ssm:…`,
 * GCP `sm://`/`gcpsm://`/`projects/p/secrets/s/versions/n`, Azure `@Microsoft.KeyVault(…)`/`azkv://`,
 * Doppler, Bitwarden, Infisical, Keeper, `ref+<backend>://` (vals), `secrets.X`. It names a slot.
 * Round r36: Kong's vault reference in braces (`{vault://env/redis-password}`, `{vault://aws/kong/oidc/client_secret}`).
 * Round l87: a mounted secret file's URL (`file:///run/secrets/edi_pgp.asc`).
 */
const SECRET_REFERENCE = /^(?:\{vault:\/\/[^{}\s]{1,200}\}$|file:\/\/\/(?:run|var\/run|etc|mnt|vault|secrets?)\/[\w.\/-]{1,200}$|(?:op|vault|sm|gcpsm|gsm|awssm|awssecrets|ssm|azkv|akv|keyvault|doppler|bws|bitwarden|infisical|keeper|conjur|sops|onepassword|1password):\/\/|(?:vault|ssm|keyvault):(?=[\w\/-])|ref\+\w+:\/\/|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[\w.-]+\/secrets\/[\w.-]+|@Microsoft\.KeyVault\(|secrets\.[A-Za-z_]\w*$)/i;

/** True when `value` refers to a secret in a secrets manager (`op://Production/Postgres/password`) instead of holding it. */
export function isSecretReference(value: string): boolean {
  return SECRET_REFERENCE.test(value);
}

/** True when `value` is a placeholder from the shared list (or one repeated character, separators aside). */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  if (isSecretReference(value)) return true;
  if (isRepeatedChar(value)) return true;
  if (isRepeatedBetweenSeparators(value)) return true; // 0000_0000, 1111=
  if (isShortXRunPlaceholder(value)) return true;
  for (const p of PLACEHOLDER_PATTERNS) if (p.test(value)) return true;
  // A Python/Ruby repr keeps its quotes inside the JSON string (Sentry frame vars: `"password":"'[Filtered]'"`, `b'********'`).
  const q = /^b?(['"])(.*)\1$/s.exec(value);
  return q !== null && q[2]!.length > 0 && isPlaceholder(q[2]!);
}

/** Separators that pad placeholders (`0000_0000`, `xxxx-xxxx`, `1111=`). */
const SEPARATORS = new Set([95, 46, 61, 58, 47, 43, 45]); // _ . = : / + -

/** True when every character but separators is one and the same, and there is a separator. */
function isRepeatedBetweenSeparators(value: string): boolean {
  let c = -1;
  let sep = false;
  for (let i = 0; i < value.length; i++) {
    const x = value.charCodeAt(i);
    if (SEPARATORS.has(x)) sep = true;
    else if (c === -1) c = x;
    else if (x !== c) return false;
  }
  return sep && c !== -1;
}

/** True when the value is a single character repeated (`aaaaaaa`, `00000000`). */
export function isRepeatedChar(value: string): boolean {
  const c = value.charCodeAt(0);
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== c) return false;
  return true;
}

/**
 * A run of four or five `x`/`X` marks a slot (`XXXX-XXXX`, `4111xxxx1111`) only when the runs
 * make up a fair part of the value (a quarter or more): a random key body may contain `XXxx`
 * by chance (`sk_live_7hGMXXxx…` is live), and the whole value decides, not one short run.
 */
export function isShortXRunPlaceholder(value: string): boolean {
  let xs = 0;
  for (const m of value.matchAll(/x{4,}/gi)) xs += m[0].length;
  return xs > 0 && xs * 4 >= value.length;
}

/**
 * The commonest passwords of the public breach lists (SplashData's yearly "worst passwords", NCSC's
 * 100k list: their top entries with a digit tail) and Java's keystore default `changeit`. As a value
 * they mostly fill a template, a tutorial or a fixture, but a person may really use one: found, they
 * are redacted all the same and reported as example data (severity info, not counted as a leak).
 */
const COMMON_PASSWORDS = /^(?:password1|password12|password123|password1234|passw0rd|p@ssw0rd|p@ssword1?|admin123|admin1234|qwerty12|qwerty123|qwertyuiop|1q2w3e4r|letmein1|letmein123|welcome1|welcome123|iloveyou|abc123|abc12345|123qwe|trustno1|secret123|test123|test1234|root123|changeit)$/i;

/** True when `value` is one of the commonest breached passwords (see COMMON_PASSWORDS). */
export function isCommonPassword(value: string): boolean {
  return value.length <= 12 && COMMON_PASSWORDS.test(value);
}
