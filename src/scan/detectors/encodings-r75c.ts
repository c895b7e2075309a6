import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords } from '../key-names';
import { cardBrand, luhnValid, ssnValid } from '../validators';
import { columnValueOk } from './database-r74-people';
import { personNameKey } from './fixes-l56';

/**
 * Round r75 (blind set 75: hostile bodies and every encoding), third part: plain-but-hostile spellings.
 * - A card number whose four groups mix separators (`2247-7546 3166.6477`, as people type them in chats).
 * - A CVC stated in prose (`cvv is 962`, `security code was 4417`).
 * - An SSN under a compound key holding the word `ssn` (`ssn_on_file=550251690`, `spouse_ssn: …`).
 * - A person's name written with underscores for spaces under a name key (Datadog tags `customer_name:zoë_achterberg`,
 *   `customer=Ulrike_Dubois`): lower-case only under a key that says name.
 * - A name compared in a SCIM or OData filter (`name.familyName eq "Moreau"`, `$filter=lastName eq 'Moreau'`).
 * Left alone on purpose: mixed-separator digit groups that fail Luhn or have no card brand (ids, phone-like runs), a number
 * beside a dashed id (`2611 3091-6456-6384`);
 * `cvv` followed by a bare number without a verb (card-cvc's), underscore values under `user`/`service` (handles, ids).
 */

/** A card's four groups with at least two different separators (one separator throughout is credit-card's). */
const MIXED_CARD = /(?<![\d.-])(?<v>\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4})(?![\d-]|\.\d)/;

function mixedCardOk(v: string): boolean {
  const sep = v.replace(/\d/g, '');
  const seps = new Set(sep);
  // A number and then a dashed id (`batch 2611 3091-6456-6384`, `3091-6456-6384 2611`): a space at one end, the other two alike.
  if ((sep[0] === ' ' && sep[1] === sep[2]) || (sep[2] === ' ' && sep[0] === sep[1])) return false;
  const digits = v.replace(/\D/g, '');
  return seps.size > 1 && luhnValid(digits) && cardBrand(digits) !== null && !/^(\d)\1+$/.test(digits);
}

/** Last words that make an `ssn` key about the number, not the number (`ssn_count`, `ssn_hash`). */
const SSN_META: ReadonlySet<string> = new Set(['count', 'hash', 'hashed', 'len', 'length', 'id', 'type', 'status', 'valid', 'verified', 'last4', 'last', 'masked', 'token', 'date', 'at', 'flag', 'required']);

/** Letters of a name (Latin with accents, Cyrillic). */
const L = String.raw`[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff]`;
const UNDERSCORED = new RegExp(String.raw`(?<![\w-])(?<k>[A-Za-z][\w.-]{0,40})[:=](?<v>${L}{2,30}(?:_${L}{2,30}){1,2})(?![\w-])`);

/** Title case of an underscored name (`zoë_achterberg` → `Zoë Achterberg`). */
const titled = (v: string): string => v.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Roles whose bare key holds a person (`customer=Ulrike_Dubois`). */
const PERSON_ROLES: ReadonlySet<string> = new Set(['customer', 'holder', 'cardholder', 'payee', 'beneficiary', 'recipient', 'patient', 'employee', 'applicant', 'guest', 'passenger']);

function underscoredNameOk(v: string, ctx: MatchContext): boolean {
  const key = ctx.key ?? '';
  const words = keyWords(key);
  const saysName = words[words.length - 1] === 'name' && personNameKey(key);
  // A role alone (`customer`, `holder`) takes a name only as the person writes it: capitalised words.
  if (!saysName && !/^\p{Lu}\p{Ll}+(?:_\p{Lu}\p{Ll}+){1,2}$/u.test(v)) return false;
  if (!saysName && !personNameKey(key) && !PERSON_ROLES.has(words[words.length - 1] ?? '')) return false;
  return columnValueOk('full_name', titled(v), 'personal');
}

/** A filter's comparison: SCIM `attr eq "v"` (also co/sw/ew), OData `attr eq 'v'`. */
const FILTER = /(?<![\w-])(?<k>[A-Za-z][\w.]{1,60}) (?:eq|co|sw|ew) (?:"(?<v>[^"\\\r\n]{2,80})"|'(?<w>[^'\\\r\n]{2,80})')/;

const filterOk = (v: string, ctx: MatchContext): boolean => {
  const attr = (ctx.key ?? '').split('.').slice(-2).join('_');
  return columnValueOk(attr, v, 'personal') || columnValueOk((ctx.key ?? '').split('.').pop() ?? '', v, 'personal');
};

export const ENCODINGS_R75C_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'card-mixed-separators',
    name: 'Card number typed with mixed separators (`2247-7546 3166.6477`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: [],
    shape: 'card',
    pattern: MIXED_CARD,
    mask: 'card',
    validate: mixedCardOk,
    remediation: 'Keep card numbers out of chat transcripts and tickets: mask them at the source (PCI DSS 3.4)',
  }),
  defineDetector({
    id: 'cvc-in-prose',
    name: 'Card CVC stated in prose (`cvv is 962`)',
    category: 'financial',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['cvv is', 'cvc is', 'cvv2 is', 'cvv was', 'cvc was', 'security code is', 'security code was', 'cvv number is', 'cvv code is'],
    pattern: /(?<![\w-])(?:cvv2?|cvc2?|security code)(?: (?:number|code))? (?:is|was)(?: (?:the )?(?:number )?)?:? ?(?<v>\d{3,4})(?![\d.,]\d|\d)/i,
    mask: 'full',
    remediation: 'Never ask for or keep a CVC in chats or tickets; it may not be stored at all after authorization (PCI DSS 3.3.2)',
  }),
  defineDetector({
    id: 'ssn-compound-key',
    name: 'US SSN under a compound key naming it (`ssn_on_file=550251690`)',
    category: 'personal',
    severity: 'high',
    priority: 46,
    confidence: 0.8,
    keywords: ['ssn'],
    pattern: /(?<![\w-])(?<k>[A-Za-z][\w.-]{0,40})\s{0,2}[=:]\s{0,2}["']?(?<v>\d{9}|\d{3}-\d{2}-\d{4})(?![\w-])/,
    mask: 'ssn',
    validate: (v, ctx) => {
      const words = keyWords(ctx.key ?? '');
      return words.includes('ssn') && !SSN_META.has(words[words.length - 1] ?? '') && ssnValid(v.replace(/-/g, ''));
    },
    remediation: 'Keep SSNs out of logs (log a customer id); tokenize them where they are stored',
  }),
  defineDetector({
    id: 'underscored-name-under-name-key',
    name: "Person's name with underscores for spaces under a name key (`customer_name:zoë_achterberg`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['_name:', '_name=', 'customer=', 'customer:', 'holder=', 'holder:', 'payee=', 'payee:', 'beneficiary=', 'recipient=', 'patient=', 'employee=', 'applicant=', 'guest=', 'passenger='],
    pattern: UNDERSCORED,
    mask: 'full',
    validate: underscoredNameOk,
    remediation: 'Tag metrics and events with a customer id, not a name (tags are indexed and kept for months)',
  }),
  defineDetector({
    id: 'name-in-scim-filter',
    name: "Person's name compared in a SCIM or OData filter (`name.familyName eq \"Moreau\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: [' eq "', " eq '", ' co "', ' sw "', ' ew "'],
    pattern: FILTER,
    mask: 'full',
    validate: filterOk,
    remediation: 'Keep identity-provider request URLs out of logs, or log the filter attribute without its value',
  }),
];
