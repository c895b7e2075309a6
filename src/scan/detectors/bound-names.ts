import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { luhnValid, ssnValid } from '../validators';
import { NOT_PERSON, PERSON } from './contact-names';

/**
 * Identifier values of a person's record, as SQL binds and payloads write them: a US SSN, an
 * e-mail, a card number (grouped or not), an IBAN, a crypto address. A name is reported only
 * beside one of them: alone it is no personal data here.
 */
const RECORD_VALUE = /(?<![\w-])(?:\d{3}-\d{2}-\d{4}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}|0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{38,58})(?![\w-])/g;

/**
 * Field names of the same identifiers, as a SQL column list or a payload key writes them (`(customer_name, card_number, …)`,
 * `"ssn":`): a statement or record that names one holds it, even when its value is masked or bound elsewhere.
 */
const RECORD_FIELD = /(?<![\w-])["'`]?(?:ssn|social_security(?:_number)?|e_?mail(?:_?address)?|customer_?email|notification_?email|card_?number|cc_?number|pan|iban|dob|date_of_birth|birth_?date|national_id|tax_id|passport(?:_number)?)["'`]?\s{0,2}(?:[,):=]|=>)/i;

/** True when a record value that passes its check, or a record field's name, sits within `reach` characters of `[start, end)`. */
function besideRecordValue(text: string, start: number, end: number, reach: number): boolean {
  if (nearby(RECORD_FIELD, text, start, end, reach)) return true;
  const from = Math.max(0, start - reach);
  const around = text.slice(from, Math.min(text.length, end + reach));
  for (const m of around.matchAll(RECORD_VALUE)) {
    const v = m[0];
    if (from + m.index >= start && from + m.index < end) continue;
    if (/^\d{3}-\d{2}-\d{4}$/.test(v)) {
      if (ssnValid(v.replace(/-/g, ''))) return true;
    } else if (/^\d/.test(v)) {
      const d = v.replace(/\D/g, '');
      if (d.length >= 13 && d.length <= 19 && luhnValid(d)) return true;
    } else return true;
  }
  return false;
}

/** A name that is no company, product or place. */
const personOk = (v: string): boolean => !NOT_PERSON.test(v);

/** Words before a bound list or tuple: SQL `VALUES (`, `bind => [`, `binds:`, `parameters: [`, `params=(`. */
const BIND_LIST = /(?:values\s{0,2}\(|binds?\b|bind\s{0,2}=>|param(?:eter)?s\b|arguments\b|args\b|\[\[)/i;

/** Keys of a person's name in a payment or payout record (`cc_owner`, `card_holder`, BitPay's `label`). */
const HOLDER_KEY = String.raw`cc_?owner|card_?holder(?:_?name)?|cardholder(?:_?name)?|holder_?name|owner_?name|label`;

/** Role words of a person in prose, before the name (`Customer Chloé Novak (+48 …)`). */
const ROLE = String.raw`[Cc]ustomer|[Pp]atient`;

/** Person names bound with an identifier in one SQL statement or record, or named in prose before their phone or e-mail. */
export const BOUND_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-sql-bind',
    name: "Person's name bound in a SQL statement beside an identifier",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['values', 'bind', 'param', '[["', 'args'],
    // Laravel `values ('Leila Kowalski', '3432-…')`, Rails `[["name", "Ava Ortiz"], ["ssn", "…"]]`, Sequel `bind => ['Ava Ortiz', '…']`.
    pattern: new RegExp(String.raw`(?:\[["'][\w.]{1,40}["'],\s{0,2}["'](?<w>${PERSON})["']\]|(?<=[(\[,]\s{0,2})N?'(?<v>${PERSON})'(?=\s{0,2}[,)\]]))`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && BIND_LIST.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 600), ctx.matchStart ?? ctx.start)) && besideRecordValue(ctx.text, ctx.start, ctx.end, 500),
    remediation: 'Log SQL statements without their bound values (filter_parameters, a query logger without bindings), or by record id',
  }),
  defineDetector({
    id: 'person-name-hibernate-bind',
    name: "Person's name in a Hibernate bind-parameter trace beside an identifier",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['binding parameter'],
    span: 600, // Hibernate writes one bind per line: the identifier may be a few lines on, or a few lines before
    spanBack: 6,
    // Hibernate 5 `BasicBinder : binding parameter [1] as [VARCHAR] - [Siobhán Dubois]`, Hibernate 6 `binding parameter (1:VARCHAR) <- [Siobhán Dubois]`.
    pattern: new RegExp(String.raw`binding parameter (?:\[\d{1,3}\] as \[[A-Z]{3,12}\] - |\(\d{1,3}:[A-Z]{3,12}\) <- )\[(?<v>${PERSON})\]`),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && besideRecordValue(ctx.text, ctx.start, ctx.end, 500),
    remediation: 'Turn off TRACE logging of org.hibernate.type (bound values), or log by record id',
  }),
  defineDetector({
    id: 'birth-date-sql-bind',
    name: 'Birth date bound in a SQL statement beside an identifier',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['binding parameter'],
    span: 600,
    spanBack: 6,
    // Hibernate `binding parameter [3] as [DATE] - [1994-09-06]` in the same bind group as an SSN or a card.
    pattern: /binding parameter (?:\[\d{1,3}\] as \[(?:DATE|TIMESTAMP)\] - |\(\d{1,3}:(?:DATE|TIMESTAMP)\) <- )\[(?<v>(?:19\d{2}|200\d|201[0-2])-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:[ T]00:00(?::00(?:\.0{1,9})?)?)?\]/,
    mask: 'full',
    validate: (v, ctx) => besideRecordValue(ctx.text, ctx.start, ctx.end, 500) || nearby(/binding parameter \[\d{1,3}\] as \[N?VARCHAR\] - \[(?:\d{9}|[A-Z]{2}\d{6}[A-D])\]|\b(?:ssn|dob|birth)/i, ctx.text, ctx.start, ctx.end, 400),
    remediation: "Log SQL statements without their bound values (hibernate.type TRACE off), or by record id",
  }),
  defineDetector({
    id: 'person-name-beside-payment',
    name: "Person's name under a holder key beside a card, crypto address or e-mail",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['owner', 'holder', 'label'],
    // Magento `"cc_owner":"Kenji Reyes"` beside `"cc_number"`, BitPay payouts' `"label":"…"` beside the wallet address.
    pattern: new RegExp(String.raw`["']?(?<k>${HOLDER_KEY})["']?\s{0,2}(?::|=>|=)\s{0,2}["'](?<v>${PERSON})["']`, 'i'),
    mask: 'full',
    validate: (v, ctx) => personOk(v) && /^[A-ZÀ-Þ]/.test(v) && besideRecordValue(ctx.text, ctx.start, ctx.end, 400),
    remediation: "Log payment and payout records by id, without the holder's name",
  }),
  defineDetector({
    id: 'person-name-in-prose',
    name: "Person's name in prose before their phone number or e-mail",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['customer ', 'patient '],
    // `Customer Chloé Novak (+48 566 100 323) called about order`, `patient Ana Ruiz <ana.ruiz@…>`.
    pattern: new RegExp(String.raw`(?<![\w-])(?:${ROLE}) (?<v>${PERSON})(?= ?[(<,] ?(?:\+?\d[\d ().-]{7,18}\d|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}))`),
    mask: 'full',
    validate: personOk,
    remediation: "Write customer notes and tickets by customer id, without the person's name and contact details",
  }),
];
