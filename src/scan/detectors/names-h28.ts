import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { PERSON_F26 } from './names-f26a';
import { personLike } from './paired-names';

/**
 * Round h28 (blind set 28: AI application and agent logs): people's names under a label that names a
 * person, in prompts, tool arguments, retrieved chunks and trace attributes — written as prose
 * (`Customer name: Zoë O'Brien`), as keys (`"full_name": "…"`, `\"customer_name\": \"…\"`), with JSON
 * escapes inside the name (`Am\u00e9lie`) or percent-encoded in a form or query (`Priya%20Rossi`).
 */

/** A name word as written in a log: letters (Latin-1 and Extended-A), apostrophes, hyphens, JSON `\uXXXX` escapes, percent-encoded UTF-8 pairs. */
const UNIT = String.raw`(?:[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\\u[0-9a-fA-F]{4}|%[CcDd][0-9A-Fa-f]%[89AaBb][0-9A-Fa-f])`;
/** A raw name word: letters, joined by an apostrophe or hyphen (`O'Brien`, `Jean-Luc`), never ending in one. */
const RAW_WORD = String.raw`${UNIT}{1,30}(?:(?:['’-]|%27)${UNIT}{1,30}){0,2}`;
/** A space between name words: plain, percent-encoded or a form's `+`. */
const SEP = String.raw`(?: |%20|\+)`;
/** Two to five raw words (the decoded value is checked against a person's name shape). */
const RAW_NAME = String.raw`${RAW_WORD}(?:${SEP}${RAW_WORD}){1,4}`;

/** Labels that name a person outright (`Customer name`, `full_name`, `cardholder`, `patient`, `employee`). */
const PERSON_LABEL = String.raw`(?:(?:full|customer|client|patient|employee|card[ _-]?holder|account[ _-]?holder|policy[ _-]?holder|legal|member|guest|passenger|applicant|student|caller|beneficiary|insured|recipient|contact|candidate)(?:[ _-]|%20|\+)?name|card[ _-]?holder|patient|employee|spouse|travell?er|passenger|applicant|guardian)`;
/** Nouns of a person's role in a transaction or record, before a quoted name in a message (`payee "Emeka Kaur"`). */
const ROLE_NOUN = String.raw`(?:payee|payer|customer|beneficiary|card[ _-]?holder|account[ _-]?holder|passenger|travell?er|patient|applicant|employee|donor|borrower)`;

/** `Name` alone: a label of anything (a tool, a model), so it needs a personal identifier nearby. */
const BARE_LABEL = String.raw`(?:Name|name|NAME)`;
/** What ends a labelled name: a quote, an escaped newline, punctuation, a line end, a form's `&`, the next label (` email: `). */
const END = String.raw`(?=\\[nrt"]|["'.,;|/&)}\]\r\n<]|%2C|%0A|\s{1,3}[-–(/|]|\s{2}|\s(?:[A-Za-z][a-z]{0,15}[ _-]?){1,3}(?:#\s?)?:\s|$)`;
/** Between a label and its value: `: `, `=`, `": "`, `\": \"`, percent-encoded `%3A%20`. */
const BETWEEN = String.raw`(?:\\{0,3}["']?\s{0,2}(?:[:=]|%3[Aa]|%3[Dd])(?:\s{0,2}|%20|\+)\\{0,3}["']?)`;

/** Labelled identifiers of a person's record near a bare `Name:` (a card, an account, a national id, a contact). */
const PERSONAL_SIBLING =
  /(?:passport|iban|card|\bcc\b|cvv|cvc|dob|birth|ssn|\bsin\b|nino|national|insurance|phone|\btel\b|\bni\b|mobile|address|lives at|account|acct|routing|sort[ _]?code|ifsc|bsb|\bpan\b|pan_number|nric|aadhaar|cpf|bsn|burgerservice|steuer|tax|licen[cs]e|\bdl#|e-?mail|s[ée]cu|nir\b)\s{0,2}[\w#. -]{0,16}?\s{0,2}(?:[:#=]|\\?["'])/i;

/** The value as the person wrote it: JSON `\uXXXX` escapes and percent-encoding undone (null when broken). */
export function decodeLabelledName(raw: string): string | null {
  const unescaped = raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (!/%|\+/.test(unescaped)) return unescaped;
  try {
    return decodeURIComponent(unescaped.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A title-case name word (`O'Brien`, `Jean-Luc`, `Müller`, `Łukasz`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]?[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** Family-name particles, lower or title case (`van der`, `Van der`, `de la`, `dos`). */
const PARTICLE = String.raw`(?:[Vv]an|[Vv]on|der|den|[Dd]e|del|della|la|le|da|das|dos|di|du|ter|ten|bin|al|el)`;
/** A person's full name: a given name, then up to four words or particles, ending in a name word. */
const PERSON_WHOLE = new RegExp(String.raw`^(?:${PERSON_F26}|${WORD}(?: ${PARTICLE}){0,1}(?: ${WORD}| ${PARTICLE}){0,3} ${WORD})$`);
/** Words that make a labelled value a thing, not a person (a model, a tool, a status). */
const NOT_NAME = /\b(?:GPT|Claude|Llama|Gemini|Mistral|Model|Agent|Assistant|Tool|Search|Lookup|Retrieval|Vector|Index|Prompt|Chain|Graph|Runner|Worker|Unknown|Redacted|Anonymous|Placeholder|Example|Sample|Jane|John)\b/;

/** True when a raw labelled value decodes to a person's full name. */
export function labelledNameOk(raw: string): boolean {
  const v = decodeLabelledName(raw);
  return v !== null && PERSON_WHOLE.test(v) && personLike(v) && !NOT_NAME.test(v);
}

/** Detectors of people's names under labels that name a person. */
export const NAME_H28_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-person-label',
    name: "Person's full name under a label naming a person (`Customer name:`, `full_name`, `cardholder`, `patient`), also JSON- or percent-escaped",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['name', 'holder', 'patient', 'employee', 'spouse', 'travel', 'passenger', 'applicant', 'guardian'],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z1-9]|(?<!%2)0)|(?<=\\[nrt]))(?<k>${PERSON_LABEL})${BETWEEN}(?<v>${RAW_NAME})${END}`, 'i'),
    mask: 'full',
    validate: (v) => labelledNameOk(v),
    remediation: "Keep customers' names out of prompts, tool arguments and traces: pass a record id and redact before logging",
  }),
  defineDetector({
    id: 'person-name-quoted-after-role',
    name: "Person's full name quoted after the noun of their role in a message (`for payee \"Emeka Kaur\"`, `to beneficiary 'Ana Ruiz'`)",
    category: 'personal',
    severity: 'medium',
    priority: 38,
    confidence: 0.6,
    // The noun with the space and quote after it: `customer` alone wakes on every `customer_id` of an SQL log.
    keywords: ['payee', 'payer', 'customer', 'beneficiary', 'holder', 'passenger', 'traveler', 'traveller', 'patient', 'applicant', 'employee', 'donor', 'borrower'].flatMap((n) => [`${n} "`, `${n} '`]),
    // The noun as a word, one space, the name in quotes that close right after it. Nouns of people only: a tenant, client,
    // user or driver is as often a company or a product (`driver "Oracle Thin"`), which a name's shape does not tell apart.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_.-])${ROLE_NOUN} (?<q>["'])(?<v>${RAW_NAME})\k<q>`, 'i'),
    mask: 'full',
    validate: (v) => labelledNameOk(v),
    remediation: "Log the record's id, not the person's name, in error messages",
  }),
  defineDetector({
    id: 'person-name-under-name-label',
    name: "Person's full name under a bare `Name:` label beside another labelled identifier of the person (card, account, national id, phone)",
    category: 'personal',
    severity: 'medium',
    priority: 39,
    confidence: 0.6,
    keywords: ['name'],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z0-9_.-])|(?<=\\[nrt]))${BARE_LABEL}${BETWEEN}(?<v>${RAW_NAME})${END}`),
    mask: 'full',
    // Round r73: a company's name cut at its legal form's dot (`"Name":"Stark Trading Pte. Ltd."`) is no person's.
    validate: (v, ctx) => labelledNameOk(v) && !/^\.?\s?(?:Ltd|Limited|Inc|LLC|GmbH|Bhd|Co|Corp|S\.?A|B\.?V|N\.?V)\b/.test(ctx.text.slice(ctx.end, ctx.end + 12)) && nearby(PERSONAL_SIBLING, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Keep customers' names out of prompts, tool arguments and traces: pass a record id and redact before logging",
  }),
];
