import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { addressKey, streetValue } from './personal-records';

/** A form value decoded: `+` is a space, `%XX` its byte (null when the escapes are broken). */
function formDecoded(v: string): string | null {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Street addresses in form-encoded bodies and query strings, where `+` or `%20` stands for each space. */
export const FORM_ADDRESS_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'street-address-form-encoded',
    name: 'Street address (form-encoded, under an address key)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['addr', 'street', 'line1', 'line_1', 'line2', 'line_2'],
    // `address=123+Main+St&city=Boston`, `shipping[address][line1]=742+Evergreen+Terrace&…`, `street=Hauptstra%C3%9Fe+12`.
    pattern: /(?<![^\s?&"'])(?<k>[A-Za-z_][\w.[\]%-]{0,60}?)=(?<v>[^&\s"'<>=]{0,80}?(?:\+|%20)[^&\s"'<>=]{1,120}?)(?=[&\s"'<]|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = (formDecoded(ctx.key ?? '') ?? '').replace(/\]/g, '');
      const kind = addressKey(key, ctx.text);
      const value = formDecoded(v);
      return kind !== null && value !== null && streetValue(value, kind);
    },
    remediation: 'Remove this street address from the logged request body (log a customer id instead)',
  }),
];
