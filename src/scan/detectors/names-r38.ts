import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';
import { laravelInsertColumn } from './agency-r38';

/**
 * Round r38 (blind set 38: web hosting, content management and agency operations): people's
 * names as hosting, CMS and shop tools record them — an RFC 822 comment after a mailbox
 * (`ann@x.io (Ann Lee)`), WHOIS and handover labels (`Registrant Name:`, `Client contact:`),
 * PHP array and XML fields (`'customer_name' =>`, `<nameOnAccount>`), a Typeform text answer and
 * a birth-date answer, a `wp_usermeta` name row, a Laravel QueryException's `name` column, a ticket writer's quoted
 * `Ann Lee: I can't …`, a full name whose first and last name the same record gives in split
 * fields, the signature closing a shop order note; and an SMTP `AUTH LOGIN` username in base64.
 */

/** `re` (a regex source of lowercase words) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Labels whose value is a person: WHOIS contacts, a client contact, a customer or contact name field, a bank account's or card's name. */
const LABEL = anyCase(
  String.raw`(?:registrant[ _-]?name|(?:admin|tech) name|client contact|customer_?name|contact[ _]?name|name_?on_?(?:account|card))`,
);

/** A name followed by nothing that continues it (a closing quote may follow; an apostrophe and a letter continue it). */
const NAME_END = String.raw`(?![\w’-]|['.]\w| [A-Z][a-z])`;

/** A person check that also drops names on lines with a documentation mailbox. */
const personAt = (v: string, text: string, start: number, end: number): boolean => ciPersonOk(v) && !exampleMailboxLine(text, start, end);

/** Escaped-JSON-aware `"key":"value"` reader for a split name field near `at`. */
const fieldNear = (text: string, at: number, key: RegExp): string | null => {
  const win = text.slice(Math.max(0, at - 3000), Math.min(text.length, at + 3000));
  const m = new RegExp(String.raw`${key.source}\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']([^"'\\\n]{1,40})`).exec(win);
  return m ? m[1]! : null;
};

/** A birth year of an adult or teenager: 1920–2012. */
const BIRTH_YEAR = String.raw`(?:19[2-9]\d|200\d|201[0-2])`;

export const NAMES_R38_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-mailbox-comment',
    name: "Person's name as the comment after their mailbox (`ann@x.io (Ann Lee)`, `user \"ann@x.io\" (Ann Lee)`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['@'],
    needs: ['('], // every match holds the comment's parenthesis: an image reference (`checkout@sha256:…`) line has none
    pattern: new RegExp(String.raw`@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}["'>]?\s{1,2}\((?<v>${PERSON_R32})\)`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: "Log the account's id instead of its mailbox and display name",
  }),
  defineDetector({
    id: 'person-name-registrant-contact',
    name: "Person's name under a WHOIS, handover or record label (`Registrant Name:`, `Client contact:`, `'customer_name' =>`, `<nameOnAccount>`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['registrant', 'admin name', 'tech name', 'client contact', 'customer_name', 'customername', 'contact_name', 'contactname', 'contact name', 'nameonaccount', 'name_on_account', 'nameoncard', 'name_on_card'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])${LABEL}(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|>)(?<v>${PERSON_R32})${NAME_END}`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Turn on WHOIS privacy and log records by id, not by the person\'s name',
  }),
  defineDetector({
    id: 'person-name-meta-row',
    name: "Person's name as the value of a name meta key in a key-value row (WordPress `wp_usermeta` `(7,'nickname','Ann van der Berg')`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['nickname', 'display_name'],
    pattern: new RegExp(String.raw`["'](?:nickname|display_name)["']\s{0,2},\s{0,2}["'](?<v>${PERSON_R32})["']`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Export user tables without their profile meta, and keep SQL dumps out of the web root',
  }),
  defineDetector({
    id: 'person-name-form-text-answer',
    name: "Person's name as a form response's first text answer beside an e-mail answer (Typeform `answers`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['"type":"text"', '"type": "text"'],
    // The first answer of the list (forms ask the name first), in a response that also answers with an e-mail address.
    pattern: new RegExp(String.raw`answers\\{0,3}"?\s{0,2}:\s{0,2}\[\s{0,2}\{\s{0,2}"type"\s{0,2}:\s{0,2}"(?:text|short_text)"\s{0,2},\s{0,2}"text"\s{0,2}:\s{0,2}"(?<v>${PERSON_R32})"`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end) && /"type"\s{0,2}:\s{0,2}"email"/.test(ctx.text.slice(ctx.end, ctx.end + 600)),
    remediation: 'Log form webhooks without their answers (the response id is enough)',
  }),
  defineDetector({
    id: 'form-date-answer-birth-date',
    name: 'Birth date as a form response\'s date answer (a year 1920–2012 in `{"type":"date","date":…}` beside personal answers)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['"type":"date"', '"type": "date"'],
    pattern: new RegExp(String.raw`"type"\s{0,2}:\s{0,2}"date"\s{0,2},\s{0,2}"date"\s{0,2}:\s{0,2}"(?<v>${BIRTH_YEAR}-[01]\d-[0-3]\d|[0-3]\d\/[0-3]\d\/${BIRTH_YEAR})"`),
    mask: 'full',
    validate: (_v, ctx) => {
      const around = ctx.text.slice(Math.max(0, ctx.start - 600), Math.min(ctx.text.length, ctx.end + 600));
      return /answers|form_response/.test(around) && /"type"\s{0,2}:\s{0,2}"(?:email|phone_number)"/.test(around);
    },
    remediation: 'Log form webhooks without their answers (the response id is enough)',
  }),
  defineDetector({
    id: 'person-name-laravel-sql-column',
    name: "Person's name in a Laravel QueryException's interpolated insert under a `name` column",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['(sql: insert into '],
    pattern: new RegExp(String.raw`(?<=\) values \((?:[^\n(),]{1,200}, ){0,15})(?<v>${PERSON_R32})(?=, |\)\))`),
    mask: 'full',
    validate: (v, ctx) => {
      const col = laravelInsertColumn(ctx.text, ctx.start);
      return col !== null && /^(?:(?:full|display|customer|contact|first|last|user)_?)?name$/i.test(col) && ciPersonOk(v);
    },
    remediation: 'Set Laravel to log queries without bindings (the record id is enough)',
  }),
  defineDetector({
    id: 'person-name-quoted-speaker',
    name: "Person's name opening a quoted ticket message (`\"Ann Lee: I can't log in …`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: [': i ', ": i'", ': my '],
    pattern: new RegExp(String.raw`(?<=(?:^|\n|["“]))(?<v>${PERSON_R32}): (?=I |I'|[Mm]y )`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Forward tickets to chat without the requester\'s name and contact details',
  }),
  defineDetector({
    id: 'person-name-from-split-fields',
    name: "Person's full name where the same record gives its first and last name in split fields (`first_name`, `last_name`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.7,
    keywords: ['last_name', 'lastname', 'last-name'],
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${PERSON_R32})(?![\w'’-])`),
    mask: 'full',
    validate: (v, ctx) => {
      const first = fieldNear(ctx.text, ctx.start, /first[_-]?name/i);
      const last = fieldNear(ctx.text, ctx.start, /last[_-]?name/i);
      return first !== null && last !== null && v === `${first} ${last}` && ciPersonOk(v);
    },
    remediation: "Log orders by id, without the customer's name in notes and payloads",
  }),
  defineDetector({
    id: 'person-name-order-note-signature',
    name: "Person's name signing a customer's order note (`customer note: \"… Please call me. Ann Lee\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['note:'],
    span: 800,
    pattern: new RegExp(String.raw`(?<=note:[ \t]{0,3}\r?\n?[ \t]{0,3}["“][^"\n]{10,600}[.!?] )(?<v>${PERSON_R32})(?=["”])`),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: "Forward order notes without the customer's name and card details",
  }),
  defineDetector({
    id: 'smtp-auth-login-username-b64',
    name: 'Mailbox (base64) sent as the username of SMTP `AUTH LOGIN` (after `334 VXNlcm5hbWU6`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['vxnlcm5hbwu6'],
    span: 200,
    pattern: /334 VXNlcm5hbWU6[ \t]*\r?\n[ \t]{0,8}(?:->[ \t]{0,3}|C: ?)?(?<v>[A-Za-z0-9+/]{8,200}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    validate: (v) => {
      try {
        return /^[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+$/.test(Buffer.from(v, 'base64').toString('utf8'));
      } catch {
        return false;
      }
    },
    remediation: 'Keep SMTP transcripts out of shared logs (the base64 username is the mailbox address)',
  }),
];
