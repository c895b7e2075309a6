import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isHexDumpRow } from '../hex-groups';
import { dateOrVersionLayout, nationalPhoneDigits, phoneDigits, serviceNumberDigits } from '../phone-digits';
import { isFictionalPhone } from '../public-values';

/**
 * National layouts no other number takes: FR pairs (`06 12 34 56 78`, `06.12.34.56.78`), ES
 * 3-2-2-2 (`612 34 56 78`), UK mobiles and landlines (`07700 900123`, `07923 765 525`, AU mobiles `0433 579 682`, `020 7946 0958`), DE
 * mobiles (`0171 2345678`, `0151-23456789`), NL mobiles (`06-12345678`), SE area-code-dash
 * numbers (`070-964 10 04`, `08-123 45 67`), BR mobiles (`(21) 93680-4927`) and `00` international numbers (`0044 20 7946 0958`).
 */
const LAYOUTS = String.raw`00[1-9]\d{0,2}(?:[ .-]\(?\d{1,8}\)?){2,5}|0[1-9]([ .-])\d{2}(?:\1\d{2}){3}|[6-9]\d{2} \d{2} \d{2} \d{2}|07\d{3} \d{6}|07\d{3} \d{3} \d{3}(?! \d)|04\d{2} \d{3} \d{3}(?! \d)|0[1-9]\d{1,3} \d{3,4} \d{4}|01[5-7]\d{1,2}[ -]\d{7,8}|06[ -]\d{8}|0[1-9]\d{0,2}-\d{2,3} \d{2} \d{2}|\([1-9]{2}\) ?9\d{4}-\d{4}`;

/**
 * A person asking to be called or giving their number (en, de, fr, es, it, nl, pl, pt, nordic): `rufen Sie mich an`,
 * `bel mij op`, `ligue para`, `my number is`, `mój numer to`, `mi número es`, `mitt nummer är`. After one of these, a
 * number in a Nordic 8-digit or a 3-3-3 layout, or ten digits run together, is the speaker's phone (see askedPhone).
 */
const ASK = String.raw`ruf(?:en Sie mich| mich) an|bel mij|lig(?:ue|ar|a-me)\b|(?:my|m[oó]j|mein(?:e)?|mi|mon|il mio|meu|mijn|mitt|min)(?: (?:phone|mobile|cell|telefon|handy|whatsapp))? (?:number|numer|nummer|n[uú]mero|num[eé]ro)|ring (?:mig|meg|til mig)|soita`;

/** Cue words after which a person's own number follows (`call me`, `reach me`, `text me`, ASK's phrases; not `callback`, which names a URL or an id). */
const ASKED = /call(?:ing)? (?:me|us|back)|reach|ring|text me|bel|ruf|lig|numer|number|nummer|n[uú]mero|num[eé]ro|whatsapp|soita/i;

/** After an ASKED cue: Nordic 8-digit (`21 34 36 78`, `470 80 115`), 3-3-3 (`561 988 455`), and NANP ten digits run together. */
function askedPhone(v: string, key: string): boolean {
  if (!ASKED.test(key)) return false;
  return /^\d{2}( ?)\d{2}\1\d{2}\1\d{2}$|^\d{3} \d{2} \d{3}$|^[4-9]\d{2}([ -])\d{3}\2\d{3}$|^[2-9]\d{2}[2-9]\d{6}$/.test(v) && !/^(\d)\1+$/.test(v.replace(/\D/g, ''));
}

/**
 * Words that say a phone number follows (en, de, fr, es, it, nl), as the `k` group. `tel` only
 * as a word (`Tel.`, `tél`), not in `hotel`, `otel` or `telemetry`.
 */
const CONTEXT = String.raw`\bt[eé]l\b\.?|\btlf\b|\btfno\b|\bfax\b|telefon\w{0,12}|t[eé]l[eé]phone\w{0,12}|tel[eé]fono|phone|\bmobile?\b|m[oó]vil|mobiel|handy\w{0,12}|cell(?:ular[e]?|phone)?\b|ckruf\w{0,12}|anruf\w{0,12}|erreichbar|appel\w{0,12}|portable|joindre|ll[aá]m\w{0,12}|chiam\w{0,12}|whatsapp|\bsms\w{0,12}|\bcall(?:ing)? (?:me|us|back)|callback|reach (?:me|us)|ring me|text me|bel (?:me|ons)|bellen|\bunter\b|contact(?: me\b|(?=:))|kontakt|${ASK}`;

/** A number as people write it: groups split by space, `.`, `/`, `-` or their URL encodings, an optional `+`/`%2B` and `(0)`. */
const NUMBER = String.raw`(?:\+|%2B)?\(?\d{1,13}\)?(?:(?:[ ./-]|%20|%2F|\+(?=\d))\(?\d{1,8}\)?){0,5}`;

/** German mobile prefixes written before a slash (`0151/`, `0176/`). */
const DE_MOBILE_PREFIXES: string[] = ['50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '62', '63', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79'].map((p) => `01${p}/`);

/** Phone numbers in the national layouts of European plans, without a key or a `+`. */
export const NATIONAL_PHONE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-national-layout',
    name: 'Phone number (national layout)',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    shape: 'phone',
    // Not the head of a longer row of numbers (`06 12 34 56 78 90 12`), nor part of a run of four-digit groups
    // (a voucher or card-like code `0773 3800 5050 1234`).
    pattern: new RegExp(String.raw`(?<![\w+/.%-]|\d{4} )(?:${LAYOUTS})(?![\w-]|[.,/]\d| \d{1,2}(?!\d)| \d{4}(?!\d))`),
    mask: 'phone',
    validate: (v, ctx) => {
      // Two-digit groups between hex byte pairs are a hex dump's row (`9a 01 45 99 71 55 c2`), not a phone.
      if (/^\d\d(?: \d\d){3,}$/.test(v) && isHexDumpRow(ctx.text, ctx.start, ctx.end)) return false;
      // Round r73: the groups of an IBAN-shaped run (`DE00 0587 9705 1952 …` with a bad check digit): no phone.
      if (/(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){0,6} $/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
      const d = phoneDigits(v);
      // BR: a two-digit area code in parentheses, then a mobile's 9 and 4-4 digits (no trunk 0 to check).
      const br = /^\(\d{2}\) ?9\d{4}-\d{4}$/.test(v) && !/^(\d)\1+$/.test(d.slice(3));
      if (!br && (!nationalPhoneDigits(d) || dateOrVersionLayout(v))) return false;
      // `002.664.907-10` is a BR CPF's layout (with a bad check digit, br-cpf leaves it), not a `00` international number.
      if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return false;
      // `004-779-673 76` is a RU SNILS's layout (with a bad check digit, ru-snils leaves it), not a `00` number either.
      if (/^\d{3}-\d{3}-\d{3} \d{2}$/.test(v)) return false;
      // A company's freephone or service line (`0800 562 6048`): redacted, not counted as a leak.
      if (serviceNumberDigits(d)) return { ok: true, public: true, severity: 'info', confidence: 0.5 };
      // Drama ranges (`020 7946 0123`): reported as example data, not a leak.
      return isFictionalPhone(d) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Remove this phone number from the log line',
  }),
  defineDetector({
    id: 'phone-in-prose',
    name: 'Phone number (after a phone word)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['tel', 'tlf', 'tfno', 'fax', 'phone', 'mobil', 'vil', 'handy', 'cell', 'ckruf', 'anruf', 'erreichbar', 'appel', 'portable', 'joindre', 'llam', 'chiam', 'whatsapp', 'sms', 'call me', 'call us', 'call back', 'calling me', 'callback', 'reach me', 'reach us', 'ring me', 'text me', 'bel me', 'bel ons', 'bellen', 'unter', 'contact me', 'contact:', 'kontakt',
      // ASK's phrases.
      'mich an', 'bel mij', 'ligue', 'ligar', 'liga-me', 'my number', 'my phone number', 'my mobile number', 'my cell number', 'j numer', 'mein nummer',
      'meine nummer', 'meine handynummer', 'mi numero', 'mero es', 'mon num', 'mio numero', 'meu n', 'mijn nummer', 'mijn telefoonnummer', 'mitt nummer', 'min nummer',
      'ring mig', 'ring meg', 'ring til', 'soita'],
    // `Rückruf unter 0170/94289527`, `Tél. : 06 84 12 95 98`, `"sms_fallback":"633 84 64 34"`, `to reach me: 612 345 678`.
    pattern: new RegExp(String.raw`(?<k>${CONTEXT})[^\d\n+(%]{0,30}?(?<v>${NUMBER})(?![\w]|[./-]\d)`, 'i'),
    mask: 'phone',
    validate: (v, ctx) => {
      const d = phoneDigits(v);
      if (dateOrVersionLayout(v) || isFictionalPhone(d)) return false;
      if (/^(?:\+|%2B)/i.test(v)) return d.length >= 9 && d.length <= 15;
      if (askedPhone(v, ctx.key ?? '')) return true;
      // Ten digits from 1-9 run together are more often an id or a timestamp than a phone.
      if (/^\d+$/.test(v) && !v.startsWith('0')) return false;
      return nationalPhoneDigits(d);
    },
    remediation: 'Remove this phone number from the log line',
  }),
  defineDetector({
    id: 'phone-de-mobile-slash',
    name: 'Phone number (German mobile, prefix/number)',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    // `0151/5358246`: the slash splits digit runs, so the prefixes themselves are the keywords.
    keywords: DE_MOBILE_PREFIXES,
    pattern: /(?<![\w+/.%-])(?<v>01(?:5\d|6[023]|7\d)\/\d{7,8})(?![\w-]|[.,/]\d)/,
    mask: 'phone',
    validate: (v) => !/^(\d)\1+$/.test(v.slice(5)),
    remediation: 'Remove this phone number from the log line',
  }),
];

