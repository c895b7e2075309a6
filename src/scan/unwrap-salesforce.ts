import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/**
 * A Salesforce API name: an optional managed-package namespace (`npe03__`, `npsp__`), the field's
 * base name, and the custom suffix (`__c` for a custom field, `__pc` for a person-account field).
 */
const API_NAME = /(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]{0,14}__)?([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)__p?c(?![A-Za-z0-9_])/g;

/** True when `text` holds `__c` or `__pc`: one search for `__` (rare in logs, unlike `_`), not one per suffix. */
function hasSuffix(text: string): boolean {
  for (let i = text.indexOf('__'); i >= 0; i = text.indexOf('__', i + 2)) {
    const c = text.charCodeAt(i + 2);
    if (c === 99 || (c === 112 && text.charCodeAt(i + 3) === 99)) return true; // `c`, `pc`
    if (c === 95) i--; // `___c`: the next pair starts one further on
  }
  return false;
}

/**
 * `text` with every Salesforce API name read as its base key (`Bank_Account__c` as `Bank_Account`,
 * `npe03__Amount__c` as `Amount`, `PersonBirthdate__pc` as `PersonBirthdate`), so that every keyed
 * detector reads a custom field as it reads the plain key; null when the text holds none. Round c30.
 */
export function unwrapSalesforceNames(text: string): Unwrapped | null {
  if (!hasSuffix(text)) return null;
  API_NAME.lastIndex = 0;
  let b: UnwrapBuilder | null = null;
  let last = 0;
  for (let m = API_NAME.exec(text); m; m = API_NAME.exec(text)) {
    b ??= new UnwrapBuilder(text.length);
    const baseAt = m.index + m[0].length - m[1]!.length - (m[0].endsWith('__pc') ? 4 : 3);
    b.copy(text, last, m.index);
    // The base name's characters stand for themselves; the namespace and suffix are dropped (the first
    // and last base characters cover them, so a finding's span maps back over the whole API name).
    b.copy(text, baseAt, baseAt + m[1]!.length);
    last = m.index + m[0].length;
  }
  if (!b) return null;
  b.copy(text, last, text.length);
  return b.done();
}
