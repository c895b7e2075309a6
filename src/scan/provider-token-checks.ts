/**
 * What a provider's published token format says about a value that starts with its prefix:
 * a documented example (published in the provider's docs, found in countless READMEs) or a token
 * cut short (far shorter than any token the provider issues). Neither authenticates anywhere.
 */

/**
 * Keys and tokens published in providers' documentation: AWS's example key pair, Stripe's docs
 * test keys, the token in GitHub's docs, the TOTP secrets of the key-URI docs and RFC test vectors. Redacted and listed as example data, not counted as leaks.
 */
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  // TOTP secrets of the Google Authenticator key-URI documentation (`otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP`)
  // and of RFC 4226/6238's test vectors (the ASCII `12345678901234567890` in base32).
  'JBSWY3DPEHPK3PXP',
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  // Safaricom's Daraja sandbox Lipa Na M-Pesa passkey (shortcode 174379), printed in the API docs and every tutorial.
  'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
  // Mews Connector API demo ClientToken and AccessToken, printed in every request example of the API docs.
  'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D',
  'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D',
]);

/** True when `value` is a key or token published in a provider's documentation. */
export function isDocumentedExample(value: string): boolean {
  if (value.length < 16) return false;
  if (value.length <= 64 && DOCUMENTED_EXAMPLES.has(value)) return true;
  if (!value.includes('%') && !value.includes('#')) return false;
  // Round l86: percent-encoded in a URL, and read on past it into the URL's fragment (`wJalrXUtnFEMI%2FK7MDENG%2F…EXAMPLEKEY#…`).
  let v = value;
  try {
    v = decodeURIComponent(value);
  } catch {
    v = value.replace(/%2F/gi, '/').replace(/%2B/gi, '+').replace(/%3D/gi, '=');
  }
  const head = /^[^#&\s"']{16,64}/.exec(v)?.[0];
  return head !== undefined && DOCUMENTED_EXAMPLES.has(head);
}

/**
 * The shortest value each prefix's issuer hands out (prefix included), from the published
 * formats: GitHub classic tokens are exactly 40 (`ghp_` + 36), fine-grained PATs 93
 * (`github_pat_` + 82), npm tokens 40, GitLab tokens `glpat-` + 20 or more, Stripe secret and
 * restricted keys `sk_live_` + 24 or more (99 since 2021), Slack tokens are three dash-separated
 * parts of 40 and more, Google API keys exactly 39 (`AIza` + 35), SendGrid keys 69
 * (`SG.` + 22 + `.` + 43), OpenAI project keys well over 40. A value far shorter is cut short
 * (a log line's truncation, a doc's `ghp_abc…`), not a working credential.
 */
const MIN_LENGTH: readonly (readonly [string, number])[] = [
  ['github_pat_', 93],
  ['ghp_', 40],
  ['gho_', 40],
  ['ghu_', 40],
  ['ghs_', 40],
  ['ghr_', 40],
  ['npm_', 40],
  ['glpat-', 26],
  ['sk_live_', 32],
  ['rk_live_', 32],
  ['xoxb-', 40],
  ['xoxp-', 40],
  ['xoxa-', 40],
  ['xoxe-', 40],
  ['AIza', 39],
  ['SG.', 60],
];

/**
 * True when `value` starts with a provider's token prefix but is far shorter than any token of
 * that provider's format. (GitHub and npm tokens also carry a CRC-32 checksum; it is not checked:
 * see docs/scanner.md, round fix21.)
 */
export function isMalformedProviderToken(value: string): boolean {
  const c = value.charCodeAt(0);
  // Every prefix above starts with one of `g n s r x A S`: other values cost one comparison.
  if (c !== 103 && c !== 110 && c !== 115 && c !== 114 && c !== 120 && c !== 65 && c !== 83) return false;
  for (const [prefix, min] of MIN_LENGTH) {
    if (!value.startsWith(prefix)) continue;
    if (value.length <= prefix.length) return false; // the prefix alone is a word (`AIza`), not a token
    return value.length < min;
  }
  return false;
}
