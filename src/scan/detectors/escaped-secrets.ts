import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/** A base64 character, or one JSON-escaped (`\u002b` +, `\u002f` /, `\u003d` =). */
const B64_OR_ESCAPE = String.raw`(?:[A-Za-z0-9+/=_-]|\\u00(?:2[bBfF]|3[dD]))`;

/** Decodes the JSON escapes of base64 characters. */
const unescape = (v: string): string => v.replace(/\\u00(2[bBfF]|3[dD])/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * Secrets whose base64 characters are JSON-escaped (Go's encoder writes `=` as `\u003d`, `+` as
 * `\u002b`): the value and its operator may be escaped too (`client_secret\u003d<v>\u0026…`).
 * The finding covers the escape sequences, so no `\u003d` is left readable after a redaction.
 */
export const ESCAPED_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'json-escaped-secret',
    name: 'Secret with JSON-escaped base64 characters',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['\\u003d', '\\u002b', '\\u002f'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>client_secret|secret|secret_key|password|passwd|api_?key|access_?token|refresh_?token|token)` +
        String.raw`(?:\\u003d|=|\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}")(?<v>${B64_OR_ESCAPE}{8,1024})`,
      'i',
    ),
    mask: 'full',
    validate: (v) => {
      if (!/\\u00/i.test(v)) return false; // unescaped values are the assignment detectors' to find
      const raw = unescape(v);
      return raw.length >= 16 && !isLowEntropy(raw) && /\d/.test(raw) && /[A-Za-z]/.test(raw);
    },
    remediation: 'Rotate this secret and stop logging request bodies',
  }),
];
