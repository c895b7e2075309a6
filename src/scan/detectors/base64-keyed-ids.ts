import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { validUnderKey } from '../id-kinds';

/** Words in a key that only say how its value is encoded (`ssn_b64`, `documentBase64`, `pan_base64`). */
const ENCODING_WORDS = /(?:^|[_.-])(?:b64|base64|encoded|enc)(?=$|[_.-])|(?<=[a-z])(?:B64|Base64)$/g;

/** Base64 `v` decoded, when it decodes to printable ASCII (an id's digits, letters and separators), else null. */
function decodedId(v: string): string | null {
  if (v.length % 4 === 1) return null;
  const text = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[A-Za-z0-9 ./-]{6,30}$/.test(text) ? text : null;
}

/**
 * A national id, tax id or card number in base64 under a key that names it: a vault migration's
 * `pan=<base64>`, a KYC vendor's `"document_b64":"<base64>"`, `"ssn_b64":…`. The key (its encoding
 * words dropped) says what the value is; the decoded value must fit that key's layouts and checksums
 * (id-kinds.ts), so base64 that decodes to anything else under the same key stays clean.
 */
export const BASE64_KEYED_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'base64-id-under-key',
    name: 'Personal id or card number in base64 (under a key that names it)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['b64', 'base64', 'pan=', 'pan"', 'pan:'],
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z][\w.-]{1,40})(?:\\{0,3}["'])?\s{0,2}[:=]\s{0,2}(?:\\{0,3}["'])?(?<v>[A-Za-z0-9+/_-]{8,44}={0,2})(?![\w+/=-])/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = (ctx.key ?? '').replace(ENCODING_WORDS, '');
      const text = key.length > 1 && !/^\d+$/.test(v) ? decodedId(v) : null;
      return text !== null && validUnderKey(key, text);
    },
    remediation: 'Base64 hides nothing: remove this id or card number from the logs and purge the affected indexes',
  }),
];
