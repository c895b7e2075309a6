import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { abaChecksumOk } from '../validators';
import { labelledNameOk } from './names-h28';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings): personal and bank data in the records of
 * crash reporters and payout logs — a name under an indented `name:` in a metadata block whose other lines hold
 * the person's identifiers (Bugsnag's and Sentry's metadata tabs, YAML dumps), names written in capitals as bank
 * files hold them (`name="JANE ROE"` beside routing and account numbers), an ABA routing number under its own key
 * in a multi-line payout record, and a home address a customer writes in a support message (`I live at …`).
 */

/** Keys of a person's identifiers in a record's other lines (`  birthDate: …`, `  email: …`, `  SIN: …`). */
const RECORD_SIBLING = /\n[ \t]{1,8}(?:e-?mail|phone|mobile|birth\w{0,6}|dob|date_?of_?birth|ssn|sin|nino|bsn|dni|nie|pan|aadhaar\w{0,8}|passport\w{0,8}|national_?id|tax_?id|iban|address)\s{0,2}:/i;

/** Company words that make a capitalised name a business, not a person (`ACME PAYROLL LLC`). */
const COMPANY_CAPS = /\b(?:LLC|INC|CORP|CO|LTD|LP|LLP|PLC|GMBH|SA|BV|NV|AG|PTY|TRUST|BANK|PAYROLL|SERVICES?|SOLUTIONS|HOLDINGS|GROUP|COMPANY|FUND|ASSOC|ASSOCIATION|UNIVERSITY|HOSPITAL|CLINIC|HOTEL|STORE|SHOP|DEPT|DEPARTMENT|TEST|DEMO|SAMPLE|NAME|UNKNOWN|NONE|NULL|REDACTED|JOHN DOE|JANE DOE)\b/;

/** Bank identifiers on a record's line (`routing=…`, `account=…`, `iban`, `acct`). */
const BANK_ON_LINE = /(?:routing|account|acct|iban|aba|dfi|sort[ _]?code|bsb)\w{0,8}["']?\s{0,2}[:=]/i;

/** A title-case word of a street name or city (Latin-1 letters too), or a lower-case street prefix (`ul.`, `rue`, `calle de`). */
const ST_WORD = String.raw`(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ'.-]{1,30}|[Uu]l\.|rue|via|calle|avenida|rua|de|del|la|le|der|am|an|das|dos|do|da|di|du|van|von)`;

/** After the house number: the street, a unit (`Apt 27`), the city (a state after ` - `: `São Paulo - SP`) and a postcode (PL `00-641`, BR `01310-100`, `75011`, NL `1016 DL`, UK `M1 3HE`, US `TX 78704`). */
const ADDRESS_TAIL = String.raw`(?: ${ST_WORD}){0,5}(?:,? (?:Apt|Apartment|Unit|Suite|Flat|Ste)\.? ?[\w-]{1,6})?,? [A-ZÀ-Þ][A-Za-zÀ-ÿ'-]{1,30}(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'-]{1,30})?(?: - [A-Z]{2})?,? (?:\d{5}-\d{3}|\d{2}-\d{3}|\d{4,5}(?: [A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5})`;

export const RECORD_H29_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-metadata-block',
    name: "Person's name under an indented `name:` in a metadata block that lists the person's identifiers",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.65,
    // An indented `name:` at a line's start (crash reporters' metadata tabs, YAML dumps).
    keywords: ['  name: '],
    span: 300,
    spanBack: 6,
    pattern: /(?<=^|\n)[ \t]{2,8}name:[ \t]{1,3}(?<v>[^\r\n:#]{3,80}?)[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => labelledNameOk(v) && nearby(RECORD_SIBLING, ctx.text, ctx.start, ctx.end, 400),
    remediation: "Keep customers' names out of crash-report metadata: attach a user id instead (Bugsnag setUser/addMetadata)",
  }),
  defineDetector({
    id: 'person-name-caps-bank-record',
    name: "Person's name in capitals (as bank files write it) under a name key beside routing or account numbers",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['name="', 'name=\'', 'name": "', 'name":"'],
    // `entry: routing=… account=… name="JANE ROE"`, `{"account": "…", "name": "JANE ROE"}`.
    pattern: /(?<![\w])(?:individual_?|receiver_?|holder_?|account_?holder_?|beneficiary_?|customer_?|payee_?)?name["']?\s{0,2}[:=]\s{0,2}["'](?<v>[A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{0,30}){1,3})["']/,
    mask: 'full',
    validate: (v, ctx) => !COMPANY_CAPS.test(v) && /[AEIOUY]/.test(v) && nearby(BANK_ON_LINE, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Log payout and NACHA entries without the receiver's name (an entry id or trace number is enough)",
  }),
  defineDetector({
    id: 'aba-routing-number-key',
    name: 'ABA routing number under a `routing_number` key in a payout or bank-account record',
    category: 'financial',
    severity: 'medium',
    priority: 47,
    confidence: 0.75,
    keywords: ['routing_number', 'routingnumber', 'routing number', 'routing_no'],
    span: 200,
    spanBack: 6,
    pattern: /(?<![A-Za-z])routing[ _]?(?:number|no)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>\d{9})(?![\d-]|\.\d)/i,
    mask: 'tail',
    // Any prefix with a valid check digit, when the record holds an account number too (lines around it).
    validate: (v, ctx) => abaChecksumOk(v) && nearby(/account[ _]?(?:number|no)|acct|bank_?account/i, ctx.text, ctx.start, ctx.end, 300),
    remediation: 'Log payout failures by payout id: keep routing and account numbers out of the log',
  }),
  defineDetector({
    id: 'home-address-in-prose',
    name: 'Home address a person writes in a message (`I live at 12 Rue Oberkampf, Paris 75011`)',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['live at', 'living at', 'reside at', 'residing at', 'my address is', 'home address is'],
    // A house number, a street of up to five words, a comma, a city, and a postcode in a common layout.
    pattern: new RegExp(
      String.raw`\b(?:I|we|[Ww]e|[Ii]) (?:live|am living|'m living|reside|am residing)(?: now)? at (?<v>\d{1,5}[A-Za-z]?,? ${ST_WORD}${ADDRESS_TAIL})(?![\w-])|\b(?:[Mm]y|[Oo]ur) (?:home )?address is (?<w>\d{1,5}[A-Za-z]?,? ${ST_WORD}${ADDRESS_TAIL})(?![\w-])`,
    ),
    mask: 'full',
    remediation: "Redact customers' messages before they reach logs and exports (support ticket bodies)",
  }),
];
