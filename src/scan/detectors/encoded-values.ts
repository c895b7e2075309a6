import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { decodeHtmlEntities } from '../encoded-text';
import { secretKeyKind } from '../key-names';
import { assignedValueVerdict } from './generic';

/** A double quote as an HTML character reference: `&quot;`, `&#34;`, `&#x22;` (zero-padded too). */
const DQ = String.raw`&(?:quot|#0{0,3}34|#x0{0,3}22);`;
/** A single quote as one: `&apos;`, `&#39;`, `&#x27;` (Django's and Jinja's escapes of a Python repr). */
const SQ = String.raw`&(?:apos|#0{0,3}39|#x0{0,3}27);`;

/** The last words of secret keys (key-names.ts judges the whole key). */
const WORDS = 'pass(?:word|wd|phrase|code)?|pwd|pw|secret|token|keys?|auth|creds?|credentials?|login|sig|signature|private';
/** A key's secret word, its closing quote entity, the operator and the opening quote entity: what every match holds. */
const WORD_AT = new RegExp(String.raw`(?:${WORDS})(?:[_.-]?(?:value|string|str))?(?:${DQ}|${SQ})?\s{0,3}(?::|=>?|:=)\s{0,3}(?:${DQ}|${SQ})`, 'i');

/**
 * A value quoted with entities runs to the entity of its closing quote, and only that ends it: an HTML renderer
 * writes the value's own `&` as `&amp;`, a log that escapes quotes only leaves it bare (`S3c&r3t`); either way
 * it belongs to the value, so neither is a place to cut. The closing entity is not part of the value.
 */
const valueUpTo = (quote: string): string => String.raw`(?:[^&\r\n]|&(?!${quote.slice(1)})){1,1024}`;

/** Values that arrive in a second layer of encoding and that no other form sees whole. */
export const ENCODED_VALUE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'entity-quoted-secret',
    name: 'Password or secret in an assignment quoted with HTML entities',
    category: 'credential',
    severity: 'high',
    priority: 41,
    confidence: 0.75,
    // A JSON body or a config line rendered into an HTML error page, or a log that entity-escapes quotes:
    // `{&quot;password&quot;:&quot;…&quot;}`, `&#34;api_key&#34;: &#34;…&#34;`, `api_key=&quot;…&quot;`, `{&#x27;password&#x27;: &#x27;…&#x27;}`.
    keywords: ['&quot;', '&#34;', '&#034;', '&#x22;', '&apos;', '&#39;', '&#039;', '&#x27;'],
    // No `starts`: lines with quote entities are few, and the precheck bounds the search on them.
    precheck: { re: WORD_AT, reach: 99 },
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?<k>[A-Za-z_][\w.-]{0,95})(?<=(?:${WORDS})(?:[_.-]?(?:value|string|str))?)(?:${DQ}|${SQ})?\s{0,3}(?::|=>?|:=)\s{0,3}` +
        String.raw`(?:${DQ}(?<v>${valueUpTo(DQ)})${DQ}|${SQ}(?<w>${valueUpTo(SQ)})${SQ})`,
      'i',
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      const kind = secretKeyKind(key);
      if (kind === null) return false;
      const ms = ctx.matchStart ?? ctx.start;
      // Judged as it reads: `&lt;hidden&gt;` is a slot, `&quot;&quot;` nothing, `S3c&amp;r3t` a password with an `&`.
      const verdict = assignedValueVerdict(kind, key, decodeHtmlEntities(v).trim(), true, ctx.text.slice(Math.max(0, ms - 400), ms));
      return verdict === 'letters' ? true : verdict;
    },
    remediation: 'Rotate this credential and stop rendering request bodies into error pages and logs',
  }),
];
