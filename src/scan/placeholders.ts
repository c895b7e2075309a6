/**
 * The shared placeholder corpus: values that look like a secret's slot rather than a
 * secret (`xxxx`, `****`, `<token>`, `${VAR}`, `{{ secret }}`, `%s`, `REDACTED`,
 * `changeme`, `…EXAMPLE`, one repeated character). Matched case-insensitively.
 */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = Object.freeze([
  /x{4,}/i,
  /\*{3,}/,
  /•{2,}/,
  /…|\.\.\./,
  /^<[^>]{0,64}>$/,
  /^\[[^\]]{0,64}\]$/,
  /\$\{|\{\{|\}\}|^\$[A-Z_]{2,}$/,
  /^%[sdv]$|^%\(?[a-z_]{0,32}\)?s$/i,
  /redacted|changeme|change_me|placeholder|masked|example$|examplekey$|^example|^your[_-]/i,
  /^ENC(?:\[|$)|\.\.$/, // SOPS `ENC[…]` values (a bare match stops at the bracket); values cut short (`ops_eyJzaWdu..`)
  /^(?:null|none|nil|undefined|true|false|empty|hidden|secret|password|passwd|pass|pwd|token|string|value|required|invalid|expired|missing|provided|omitted|dummy|sample|test|foo|bar|abc|1234|12345678|123456|qwerty|letmein)$/i,
]);

/** True when `value` is a placeholder from the shared list (or one repeated character, separators aside). */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  if (isRepeatedChar(value)) return true;
  const bare = value.replace(/[_.=:\/+-]+/g, '');
  if (bare.length > 0 && bare.length < value.length && isRepeatedChar(bare)) return true; // sgp_0000_0000, glc_1111=
  for (const p of PLACEHOLDER_PATTERNS) if (p.test(value)) return true;
  return false;
}

/** True when the value is a single character repeated (`aaaaaaa`, `00000000`). */
export function isRepeatedChar(value: string): boolean {
  const c = value.charCodeAt(0);
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== c) return false;
  return true;
}
