import type { SecretKeyKind } from './key-names';
import { isPlaceholder } from './placeholders';
import { isVariableReference } from './references';
import { plausibleSecretValue } from './validators';

/**
 * True when `value`, found under a key of `kind`, can be the secret itself rather than a slot,
 * a reference or a word: the shared placeholder list, `$VAR`/`${X}`/`%(x)s`, then the shared
 * plausibility rules (length, entropy, letters-only words).
 */
export function secretValueOk(kind: Exclude<SecretKeyKind, null>, value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isPlaceholder(v) || isVariableReference(v)) return false;
  // Words with spaces (`put your unique phrase here`) are a template's prompt, not a generated secret.
  if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(v)) return false;
  return plausibleSecretValue(kind, v);
}
