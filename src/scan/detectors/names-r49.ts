import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';
import { mailboxOf } from './names-r34';

/**
 * Round r49 (blind set 49: online communities, dating and social apps, trust and safety): people's
 * names under a form or log field that names the holder (`billing_name=Ada+Lovelace`,
 * `external_account[account_holder_name]=Ada Lovelace`, logfmt `first_name=Ada Lovelace`, a
 * URL-encoded JSON `from_name%22%3A%22Ada%20Lovelace`), chat and subscription profiles
 * (`"nickname":"…"`, RevenueCat `"$displayName":{"value":"…"}`) beside a mailbox or phone, and a
 * given name and family name as separate fields (`"name-first":"Ada","name-last":"Lovelace"`,
 * `<firstName>Ada</firstName><lastName>Lovelace</lastName>`), prose that gives someone's real name
 * (`said my real name is Ada Lovelace`), and a delimited row's name cell followed by the person's own
 * mailbox cell (`Ada Lovelace,ada.lovelace@…`, a `jq @csv` export without its header).
 */

// Round r58: Latin Extended-A too (`Wiśniewski`, `Łukasz` in a Stripe form's `account_holder_name`).
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** A name word in title case (`O'Connell`, `McAllister`, `Dubois-Mercier`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Particles of family names. */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|dos|di|du|ter|ten)`;
/** A space as forms and URLs encode it, or a plain one. */
const SP = String.raw`(?:\+|%20| )`;
/** Two to four name words, particles between them, spaces possibly encoded. */
const ENCODED_PERSON = String.raw`${WORD}(?:${SP}${PARTICLE}){0,2}${SP}${WORD}(?:(?:${SP}${PARTICLE}){0,2}${SP}${WORD}){0,2}`;

/** Decoded spaces. */
const decode = (v: string): string => v.replace(/\+|%20/g, ' ');

/** Words that are not given or family names (roles, teams, placeholders). */
const NOT_NAME_WORD = /^(?:Trust|Safety|Team|Support|Admin|Administrator|Test|Tester|User|Unknown|Anonymous|None|Null|Undefined|First|Last|Name|Customer|Client|Guest|Demo|Sample|Example|Staff|System|Service|Bot|Moderator|Moderation|Abuse|Security|Billing|Sales|Info|Team)$/;

/** A mailbox or phone near the name: a contact record, not a label. */
const CONTACT = /[\w.+-]+(?:@|%40)[\w-]+\.[a-z]{2,}|phone|e-?mail/i;

const FIRST_KEY = String.raw`(?:name[-_]?first|first[-_]?name|firstName|given[-_]?name|givenName)`;
const LAST_KEY = String.raw`(?:name[-_]?last|last[-_]?name|lastName|family[-_]?name|familyName|surname)`;

export const NAMES_R49_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-form-holder-field',
    name: "Person's name under a form, query or log field naming the holder (billing, account or card holder, first/full/display name)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['billing_name', 'holder_name', 'holdername', 'first_name=', 'full_name=', 'display_name=', 'customer_name=', 'legal_name=', 'from_name%22', 'full_name%22', 'name%22%3a%22'],
    // `billing_name=Ada+Lovelace&…`, `-d "external_account[account_holder_name]=Ada Lovelace"`, `first_name=Ada Lovelace` at a line end.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:billing|account_?holder|card_?holder|holder|first|full|display|customer|legal|from)_?name(?:\]|%5[Dd])?(?:=|%3[Dd]|%22%3[Aa]%22)(?<v>${ENCODED_PERSON})(?=[&"'\r\n]|%22|%26|$)`,
    ),
    mask: 'full',
    validate: (v) => {
      const d = decode(v);
      return ciPersonOk(d) && !d.split(' ').some((w) => NOT_NAME_WORD.test(w));
    },
    remediation: "Log form bodies and payout requests without the holder's name",
  }),
  defineDetector({
    id: 'person-name-chat-profile',
    name: "Person's name as a chat or subscriber profile's nickname / display name, beside a mailbox or phone",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['nickname"', 'displayname"'],
    // Sendbird `"nickname":"Ada Lovelace"`, RevenueCat `"$displayName":{"value":"Ada Lovelace"}`.
    pattern: new RegExp(String.raw`"(?:nickname|\$?displayName)"\s{0,2}:\s{0,2}(?:\{\s{0,2}"value"\s{0,2}:\s{0,2})?"(?<v>${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2})"`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_NAME_WORD.test(w)) && nearby(CONTACT, ctx.text, ctx.start, ctx.end, 500),
    remediation: 'Log chat and subscription events by user id, without profile names',
  }),
  defineDetector({
    id: 'person-given-name-before-family-field',
    name: "Person's given name as its own field, the family-name field right after it",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['first"', 'firstname', 'first_name"', 'givenname', 'given_name"', 'name-first'],
    // `"name-first":"Ada","name-last":"Lovelace"`, `<firstName>Ada</firstName><lastName>Lovelace</lastName>`.
    pattern: new RegExp(
      String.raw`"${FIRST_KEY}"\s{0,2}:\s{0,2}"(?<v>${WORD})"\s{0,2},\s{0,2}"${LAST_KEY}"\s{0,2}:\s{0,2}"${WORD}"|<${FIRST_KEY}>(?<w>${WORD})</${FIRST_KEY}>\s{0,4}<${LAST_KEY}>${WORD}</`,
    ),
    mask: 'full',
    // Round r58: not a documentation sample (`"firstname":"Jane","lastname":"Doe"` beside `user@example.com`).
    validate: (v, ctx) => !NOT_NAME_WORD.test(v) && !sampleName(ctx.text, ctx.matchStart ?? ctx.start, ctx.end),
    remediation: "Log verification and report payloads without the person's name fields",
  }),
  defineDetector({
    id: 'person-family-name-after-given-field',
    name: "Person's family name as its own field, right after the given-name field",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['first"', 'firstname', 'first_name"', 'givenname', 'given_name"', 'name-first'],
    pattern: new RegExp(
      String.raw`"${FIRST_KEY}"\s{0,2}:\s{0,2}"${WORD}"\s{0,2},\s{0,2}"${LAST_KEY}"\s{0,2}:\s{0,2}"(?<v>${WORD}(?: ${PARTICLE}){0,2}(?: ${WORD})?)"|<${FIRST_KEY}>${WORD}</${FIRST_KEY}>\s{0,4}<${LAST_KEY}>(?<w>${WORD}(?: ${PARTICLE}){0,2}(?: ${WORD})?)</`,
    ),
    mask: 'full',
    validate: (v, ctx) => !v.split(' ').some((w) => NOT_NAME_WORD.test(w)) && !NOT_NAME_WORD.test(given(ctx.text, ctx.matchStart ?? ctx.start)) && !sampleName(ctx.text, ctx.matchStart ?? ctx.start, ctx.end),
    remediation: "Log verification and report payloads without the person's name fields",
  }),
  defineDetector({
    id: 'person-name-real-name-is',
    name: "Person's name given in prose as someone's real, full or legal name (`my real name is …`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['real name is', 'full name is', 'legal name is', 'actual name is', 'real name was'],
    // Abuse and doxxing reports, support chats: `they posted that my real name is Ada Lovelace`, `her legal name is …`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:real|full|legal|actual)\s(?:name)\s(?:is|was)\s(?:actually\s)?(?<v>${PERSON_R32})(?![\w'’-])`),
    mask: 'full',
    validate: (v) => ciPersonOk(v) && !v.split(' ').some((w) => NOT_NAME_WORD.test(w)),
    remediation: 'Redact names from abuse reports before they reach logs or tickets',
  }),
  defineDetector({
    id: 'person-name-cell-own-mailbox-cell',
    name: "Person's name as a delimited row's cell followed by their own mailbox cell (`Ada Lovelace,ada.lovelace@…`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['@'],
    // Cheap first: a title-case word and a comma or tab right before a mailbox.
    precheck: { re: /[a-z]["']?[,;\t]["']?[\w.+-]{2,64}@/, reach: 100 },
    pattern: new RegExp(String.raw`(?<=^|[,;\t"])(?<v>${PERSON_R32})["']?[,;\t]["']?(?<m>[A-Za-z0-9._+-]{2,64})@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}(?=["']?(?:[,;\t]|\r?$))`, 'm'),
    mask: 'full',
    validate: (v, ctx) => {
      const m = /[,;\t]["']?([^@,;\t"']+)@/.exec(ctx.text.slice(ctx.end, ctx.end + 120));
      return !!m && ciPersonOk(v) && mailboxOf(v, m[1]!) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end);
    },
    remediation: 'Export user lists by id; keep names and mailboxes out of shell history and logs',
  }),
];

/** The given name of the match that starts at `from` (the first quoted or tagged word). */
function given(text: string, from: number): string {
  const m = /(?::\s{0,2}"|>)([^"<]{1,40})["<]/.exec(text.slice(from, from + 120));
  return m ? m[1]! : '';
}

/**
 * Round r58: a given/family pair of documentation data — a placeholder pair (`Jane`/`John` with `Doe`, `Roe`), or a
 * documentation mailbox (`user@example.com`) on the line.
 */
function sampleName(text: string, from: number, end: number): boolean {
  const pair = text.slice(from, Math.min(text.length, end + 120));
  return /\b(?:Doe|Roe|Bloggs|Mustermann)\b/.test(pair) || exampleMailboxLine(text, from, end);
}
