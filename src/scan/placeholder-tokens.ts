import { isPlaceholderBody } from './placeholder-words';

/** Characters documentation fills a key's slot with: `x`, `X`, `0`, `*`, `•`, `#`. */
const SLOT_RUN = /([xX0*•#])\1{5,}/g;

/**
 * True when a credential's body (after its vendor prefix) is a slot, not a key: one character
 * repeated, or runs of six or more `x`/`X`/`0`/`*`/`•`/`#` that make up a third of it or more
 * (`sk_test_xxxxxxxxxxxxxxxxxxxxxxxx`, `ghp_000000000000…`, `AKIA************`). A random body
 * has such a run about never. Applies to test-mode keys too, which skip the shared corpus.
 */
export function isSlotBody(body: string): boolean {
  if (body.length < 4) return false;
  const core = body.replace(/[_.\-:]/g, '');
  if (core.length > 0 && /^(.)\1*$/.test(core)) return true;
  let run = 0;
  for (const m of body.matchAll(SLOT_RUN)) run += m[0].length;
  return run > 0 && run * 3 >= body.length;
}

/**
 * True when a token is written in placeholder words after an optional short prefix:
 * Slack's documentation token `xoxb-not-a-real-token-this-will-not-work`,
 * `sk-your-api-key-here`, `ghp_dummy_token_for_tests`. Digits mean a generated body.
 */
export function isWordyPlaceholder(value: string): boolean {
  if (/\d/.test(value) || !/[_.-]/.test(value)) return false;
  if (isPlaceholderBody(value)) return true;
  const cut = /^[A-Za-z]{1,8}[_.-]+(?:(?:test|live|prod)[_.-]+)?/.exec(value);
  return cut !== null && cut[0].length < value.length && isPlaceholderBody(value.slice(cut[0].length));
}
